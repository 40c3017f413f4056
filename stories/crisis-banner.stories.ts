import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect } from 'storybook/test';
import type { CareCrisisBanner } from '../src/components/crisis-banner/crisis-banner.js';
import { call911, call988, chat988, crisisServices, textAyuda988 } from '../src/data/crisis-resources.js';
import type { Localized } from '../src/data/locale.js';
import { localeOf, text, isShown, partsAsDocumentation } from './story-helpers.js';

const { args, argTypes, template } = getStorybookHelpers<CareCrisisBanner>('care-crisis-banner');

type BannerArgs = CareCrisisBanner & typeof args;
type Story = StoryObj<BannerArgs>;

async function bannersIn(canvasElement: HTMLElement): Promise<CareCrisisBanner[]> {
  const banners = [...canvasElement.querySelectorAll<CareCrisisBanner>('care-crisis-banner')];
  if (banners.length === 0) throw new Error('no <care-crisis-banner> on the canvas');
  await Promise.all(banners.map((banner) => banner.updateComplete));
  return banners;
}

function links(banner: CareCrisisBanner): HTMLAnchorElement[] {
  return [...banner.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="link"]')];
}

function hrefs(banner: CareCrisisBanner): (string | null)[] {
  return links(banner).map((link) => link.getAttribute('href'));
}

/** Every part of `banner` lies inside `box`, so nothing sticks out of a narrow container or scrolls sideways. */
async function expectInside(banner: CareCrisisBanner, box: DOMRect): Promise<void> {
  await expect(banner.scrollWidth).toBeLessThanOrEqual(banner.clientWidth);
  const outside = [...banner.shadowRoot!.querySelectorAll('*')].filter((node) => {
    const rect = node.getBoundingClientRect();
    return rect.width > 0 && (rect.left < box.left - 0.5 || rect.right > box.right + 0.5);
  });
  await expect(outside.map((node) => `${node.localName}.${node.getAttribute('class') ?? ''}`)).toEqual([]);
}

const meta: Meta<BannerArgs> = {
  title: 'Components/Crisis banner',
  component: 'care-crisis-banner',
  args,
  argTypes: partsAsDocumentation(argTypes),
  render: (storyArgs) => template(storyArgs),
};

export default meta;

/**
 * Every service with a line on when to use it: the 988 Lifeline (call, text, chat, Spanish and Veterans options),
 * 911, and the SAMHSA National Helpline. Every number is a real link.
 */
export const Full: Story = {
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf({ globals });
    const [banner] = await bannersIn(canvasElement);
    const root = banner.shadowRoot!;
    await expect(root.querySelector('h2#heading')).not.toBeNull();
    await expect(root.querySelector('aside')!.getAttribute('aria-labelledby')).toBe('heading');
    const services = [...root.querySelectorAll('[part~="resource"] h3')].map((heading) => text(heading));
    await expect(services).toEqual(crisisServices.map((service) => service.name[locale]));
    await expect(hrefs(banner)[0]).toBe(call988.href);
    await expect(hrefs(banner)).toContain(call911.href);
    await expect(isShown(links(banner)[0])).toBe(true);
  },
};

/** `variant="compact"`: a one-line strip for a page header with 988 (call, text, chat) and 911. */
export const Compact: Story = {
  args: { variant: 'compact' },
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf({ globals });
    const [banner] = await bannersIn(canvasElement);
    const root = banner.shadowRoot!;
    await expect(root.querySelector('h2, h3, [part~="heading"]')).toBeNull();
    await expect(root.querySelector('aside')!.getAttribute('aria-label')).toBeTruthy();
    await expect(hrefs(banner).slice(0, 3)).toEqual([call988.href, expect.stringMatching(/^sms:988/), chat988.href]);
    await expect(hrefs(banner)).toContain(call911.href);
    // In English the strip adds the Spanish text line, marked as Spanish; in Spanish its own text link is that line.
    const spanishLine = root.querySelector('[lang="es"]');
    await expect(spanishLine === null).toBe(locale === 'es');
    await expect(hrefs(banner)).toContain(textAyuda988.href);
  },
};

/** Both variants in a 320 px sidebar: the links wrap onto new lines and nothing scrolls sideways. */
export const NarrowContainer: Story = {
  name: 'Narrow container (320 px)',
  render: (storyArgs) =>
    html`<div class="narrow" style=${styleMap({ width: '320px', maxWidth: '100%', display: 'grid', gap: '1rem' })}>
      ${template({ ...storyArgs, variant: 'compact' })} ${template({ ...storyArgs, variant: 'full' })}
    </div>`,
  play: async ({ canvasElement }) => {
    const banners = await bannersIn(canvasElement);
    await expect(banners.map((banner) => banner.variant)).toEqual(['compact', 'full']);
    const box = canvasElement.querySelector('.narrow')!.getBoundingClientRect();
    await expect(box.width).toBeLessThanOrEqual(320);
    for (const banner of banners) await expectInside(banner, box);
  },
};

const pageHeading: Localized = { en: 'Getting help', es: 'Cómo pedir ayuda' };

/**
 * `heading-level="3"` under a page's own `<h2>`: the banner's heading becomes an `<h3>` and each service an `<h4>`,
 * so the page outline stays in order.
 */
export const HeadingLevel: Story = {
  name: 'Heading level 3',
  args: { 'heading-level': 3 },
  render: (storyArgs, context) =>
    html`<section>
      <h2>${pageHeading[localeOf(context)]}</h2>
      ${template(storyArgs)}
    </section>`,
  play: async ({ canvasElement }) => {
    const [banner] = await bannersIn(canvasElement);
    const root = banner.shadowRoot!;
    const heading = root.querySelector('[part~="heading"]');
    await expect(heading!.localName).toBe('h3');
    await expect(isShown(heading)).toBe(true);
    const serviceHeadings = [...root.querySelectorAll('[part~="resource"] > :first-child')];
    await expect(serviceHeadings.map((element) => element.localName)).toEqual(crisisServices.map(() => 'h4'));
  },
};
