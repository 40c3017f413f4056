import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { themeProperties } from '../../.storybook/theme-reference.js';

/** A value for each shared `--care-*` property (empty: the built-in default) and free `::part` rules. */
type ThemingArgs = Record<string, string>;

const properties = themeProperties();
const partRulesArg = 'partRules';

const tokenArgTypes: ArgTypes<ThemingArgs> = Object.fromEntries(
  properties.map((property) => [
    property.name,
    {
      name: property.name,
      description: property.purpose,
      control: property.name.startsWith('--care-color-') ? { type: 'color' } : { type: 'text' },
      table: { category: 'Custom properties', defaultValue: { summary: property.defaultValue } },
    },
  ]),
);

function declarations(args: ThemingArgs): string[] {
  return properties.filter(({ name }) => args[name]).map(({ name }) => `${name}: ${args[name]};`);
}

/** The CSS a site would paste into its own stylesheet to get what the canvas shows. */
function siteCss(args: ThemingArgs): string {
  const lines = declarations(args);
  const propertiesRule = lines.length > 0 ? `:root {\n${lines.map((line) => `  ${line}`).join('\n')}\n}\n` : '';
  return `${propertiesRule}${args[partRulesArg]?.trim() ?? ''}`.trim();
}

/**
 * The same CSS confined to one example (CSS nesting), so two examples on the Theming page don't restyle each other.
 */
function exampleCss(args: ThemingArgs, exampleSelector: string): string {
  return `${exampleSelector} {\n${declarations(args).join('\n')}\n${args[partRulesArg] ?? ''}\n}`;
}

const meta: Meta<ThemingArgs> = {
  title: 'Theming',
  // The Theming page (Theming.mdx) is this file's documentation.
  tags: ['!autodocs'],
  argTypes: {
    ...tokenArgTypes,
    [partRulesArg]: {
      name: '::part rules',
      description: 'Any CSS, typically `care-…::part(…)` rules. The parts of each element are listed on the Theming page.',
      control: { type: 'text' },
      table: { category: '::part' },
    },
  },
  args: Object.fromEntries([...properties.map(({ name }) => [name, '']), [partRulesArg, '']]),
  render: (args, { id }) => {
    const exampleSelector = `[data-theming-example='${id}']`;
    // A real <style> element, the way a site ships its CSS: no inline style attributes.
    const style = document.createElement('style');
    style.textContent = exampleCss(args, exampleSelector);
    const css = siteCss(args);
    return html`
      ${style}
      <div data-theming-example=${id}>
        <care-crisis-banner></care-crisis-banner>
        <care-comparison></care-comparison>
        <care-questionnaire></care-questionnaire>
      </div>
      <h2 lang="en">CSS for your stylesheet</h2>
      <pre class="care-story-code" lang="en" dir="ltr"><code>${css || '/* Built-in defaults: nothing to add. */'}</code></pre>
    `;
  },
};
export default meta;

type Story = StoryObj<ThemingArgs>;

/** The built-in look: every property at its default. Pick a colour in the Controls panel to start restyling. */
export const Defaults: Story = {
  play: async ({ canvasElement }) => {
    for (const element of canvasElement.querySelectorAll('care-crisis-banner, care-comparison, care-questionnaire')) {
      await expect(customElements.get(element.localName), `<${element.localName}> is registered`).toBeDefined();
      await expect(element.shadowRoot, `<${element.localName}> rendered`).not.toBeNull();
    }
  },
};

/**
 * A full re-brand from the outside: every colour, the brand colours of the dark scheme (its other colours keep their
 * defaults), the radius, the spacing and the font, plus two `::part` rules.
 */
export const Rebranded: Story = {
  args: {
    '--care-color-text': '#1f1a2e',
    '--care-color-text-muted': '#4f4766',
    '--care-color-surface': '#fffdf8',
    '--care-color-surface-alt': '#f4efe6',
    '--care-color-border': '#8f8372',
    '--care-color-accent': '#6a2c91',
    '--care-color-accent-contrast': '#ffffff',
    '--care-color-highlight': '#f1e6f8',
    '--care-color-danger': '#9b1c31',
    '--care-color-danger-surface': '#fff1f2',
    '--care-color-focus': '#6a2c91',
    '--care-color-accent-dark': '#d4b0ec',
    '--care-color-accent-contrast-dark': '#1f1a2e',
    '--care-color-focus-dark': '#d4b0ec',
    '--care-radius': '1rem',
    '--care-space': '1.25rem',
    '--care-font-family': 'Georgia, "Times New Roman", serif',
    [partRulesArg]: [
      'care-crisis-banner::part(heading) {\n  letter-spacing: 0.02em;\n}',
      'care-crisis-banner::part(link) {\n  text-decoration-thickness: 2px;\n}',
    ].join('\n'),
  },
};
