import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { marked } from 'marked';
import { expect } from 'storybook/test';
import accessibilityReport from '../../docs/accessibility.md?raw';
import clinicalRules from '../../docs/clinical-rules.md?raw';
import privacyGuide from '../../docs/privacy.md?raw';

/**
 * The written guides, rendered as stories so every story test checks each of them with axe in both Storybook
 * projects. Readers get the MDX pages "For clinicians", "Privacy guide" and "Accessibility conformance report",
 * which show the same files, so these stories stay out of the sidebar and the docs (`!dev`, `!autodocs`) and only
 * the tests run them. The Markdown is this repository's own, never user input.
 */
const meta: Meta = {
  title: 'Docs/Documents',
  tags: ['!dev', '!autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

function documentStory(markdown: string, heading: string): Story {
  return {
    render: () => html`<article class="care-document">${unsafeHTML(marked.parse(markdown, { async: false }))}</article>`,
    play: async ({ canvasElement }) => {
      await expect(canvasElement.querySelector('h1')?.textContent).toBe(heading);
    },
  };
}

export const ForClinicians = documentStory(clinicalRules, 'How the questionnaire suggests a level: for clinicians');
export const PrivacyGuide = documentStory(privacyGuide, 'Privacy guide for site owners');
export const AccessibilityReport = documentStory(accessibilityReport, 'Accessibility conformance report: care-level-widgets');
