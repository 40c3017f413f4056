import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { CareTerm } from '../src/components/term/term.js';
import { glossary, glossaryTermIds } from '../src/data/glossary.js';
import { toLocale, type Locale } from '../src/data/locale.js';
import { localeOf, partsAsDocumentation } from './story-helpers.js';

const { args, argTypes, template } = getStorybookHelpers<CareTerm>('care-term');

type Story = StoryObj<CareTerm & typeof args>;

function termElement(canvasElement: HTMLElement, index = 0): CareTerm {
  const found = canvasElement.querySelectorAll<CareTerm>('care-term')[index];
  if (!found) throw new Error('no <care-term> on the canvas');
  return found;
}

function trigger(element: CareTerm): HTMLElement {
  return element.shadowRoot!.querySelector<HTMLElement>('[part~="trigger"]')!;
}

function tooltip(element: CareTerm): HTMLElement {
  return element.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
}

function isOpen(element: CareTerm): boolean {
  return tooltip(element).matches(':popover-open') && tooltip(element).getBoundingClientRect().height > 0;
}

/** Focuses the term the way a keyboard user would reach it, and waits for its definition to show. */
async function openByFocus(element: CareTerm): Promise<HTMLElement> {
  await element.updateComplete;
  trigger(element).focus();
  await waitFor(() => expect(isOpen(element)).toBe(true), { timeout: 5000 });
  return tooltip(element);
}

const sentenceBefore: Record<Locale, string> = {
  en: 'After a stay in the hospital, many people continue in an',
  es: 'Después de una estancia en el hospital, muchas personas continúan en un',
};

const sentenceAfter: Record<Locale, string> = {
  en: 'that meets three evenings a week.',
  es: 'que se reúne tres tardes a la semana.',
};

const meta: Meta<CareTerm & typeof args> = {
  title: 'Components/Term',
  component: 'care-term',
  args: { ...args, term: 'iop' },
  argTypes: partsAsDocumentation(argTypes),
  render: (storyArgs, context) => {
    const locale = localeOf(context);
    return html`<p>${sentenceBefore[locale]} ${template(storyArgs, html`IOP`)} ${sentenceAfter[locale]}</p>`;
  },
};

export default meta;

/**
 * Jargon in running text: a button that looks like the words around it with a dotted underline, one tab stop, and
 * the definition on hover, focus, click or tap.
 */
export const InASentence: Story = {
  name: 'In a sentence',
  play: async ({ canvasElement }) => {
    const element = termElement(canvasElement);
    await element.updateComplete;
    await expect(trigger(element).localName).toBe('button');
    await expect(trigger(element).getAttribute('type')).toBe('button');
    await expect(trigger(element).tabIndex).toBe(0);
    await expect(trigger(element).getAttribute('aria-describedby')).toBe('definition');
    await expect(isOpen(element)).toBe(false);
  },
};

/** The definition open, as after focusing the term with Tab. */
export const Open: Story = {
  play: async ({ canvasElement, globals }) => {
    const element = termElement(canvasElement);
    const shown = await openByFocus(element);
    const locale = toLocale(globals.locale as string | undefined);
    await expect(shown).toHaveTextContent(glossary.iop.definition[locale]);
    await expect(shown).toHaveTextContent(glossary.iop.expansion![locale]);
  },
};

/** Every entry in the glossary, each showing the glossary's own short form (the element is left empty). */
export const EveryGlossaryTerm: Story = {
  name: 'Every glossary term',
  render: () =>
    html`<ul>
      ${glossaryTermIds.map((id) => html`<li><care-term term=${id}></care-term></li>`)}
    </ul>`,
  play: async ({ canvasElement, globals }) => {
    const locale = toLocale(globals.locale as string | undefined);
    const elements = [...canvasElement.querySelectorAll<CareTerm>('care-term')];
    await expect(elements).toHaveLength(glossaryTermIds.length);
    for (const [index, element] of elements.entries()) {
      await element.updateComplete;
      await expect(trigger(element)).toHaveTextContent(glossary[glossaryTermIds[index]].term[locale]);
    }
  },
};

/**
 * A term at the far end of a narrow box on the far side of the page: the tooltip shifts to stay inside the
 * viewport instead of running off its edge.
 */
export const NearTheEdge: Story = {
  name: 'Near the edge of a narrow container',
  args: { term: 'asam' },
  render: (storyArgs) =>
    html`<style>
        .term-story-narrow {
          width: 12rem;
          margin-inline-start: auto;
          margin-block-start: 14rem;
          text-align: end;
        }
      </style>
      <p class="term-story-narrow">Levels follow the ${template(storyArgs, html`ASAM`)}</p>`,
  play: async ({ canvasElement }) => {
    const element = termElement(canvasElement);
    const shown = await openByFocus(element);
    await waitFor(() => expect(shown.dataset.placement).toBeDefined(), { timeout: 5000 });
    const rect = shown.getBoundingClientRect();
    await expect(rect.left).toBeGreaterThanOrEqual(0);
    await expect(rect.right).toBeLessThanOrEqual(document.documentElement.clientWidth);
  },
};

/** A term in a small box with `overflow: hidden`: the tooltip is in the top layer, so the box cannot clip it. */
export const InsideAnOverflowHiddenBox: Story = {
  name: 'Inside an overflow:hidden box',
  args: { term: 'php' },
  render: (storyArgs) =>
    html`<style>
        .term-story-clipping-box {
          width: 9rem;
          height: 3rem;
          margin-block-start: 12rem;
          padding: 0.5rem;
          overflow: hidden;
          border: 1px dashed currentColor;
        }
      </style>
      <div class="term-story-clipping-box">A ${template(storyArgs, html`PHP`)} day</div>`,
  play: async ({ canvasElement }) => {
    const element = termElement(canvasElement);
    const shown = await openByFocus(element);
    const box = canvasElement.querySelector('.term-story-clipping-box')!.getBoundingClientRect();
    await waitFor(() => expect(shown.getBoundingClientRect().width).toBeGreaterThan(box.width), { timeout: 5000 });
    const rect = shown.getBoundingClientRect();
    const hit = element.shadowRoot!.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    await expect(shown.contains(hit)).toBe(true);
  },
};

/**
 * An id the glossary does not have: the text shows as plain text, with no underline, no tab stop and no tooltip,
 * and the console warns once, listing the valid ids.
 */
export const UnknownTerm: Story = {
  name: 'Unknown term',
  args: { term: 'xyz' },
  render: (storyArgs, context) => {
    const locale = localeOf(context);
    const before: Record<Locale, string> = { en: 'Ask us about', es: 'Pregúntenos por' };
    return html`<p>${before[locale]} ${template(storyArgs, html`XYZ`)}.</p>`;
  },
  play: async ({ canvasElement }) => {
    const element = termElement(canvasElement);
    await element.updateComplete;
    await expect(element).toHaveTextContent('XYZ');
    await expect(element.shadowRoot!.querySelector('button, [part~="trigger"], [part="tooltip"]')).toBeNull();
  },
};
