import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect, waitFor } from 'storybook/test';
import type { CareComparison, CareCtaDetail } from '../src/components/comparison/comparison.js';
import { comparisonStrings } from '../src/components/comparison/comparison.strings.js';
import type { LevelId } from '../src/data/level-id.js';
import { levels } from '../src/data/levels.js';
import type { Locale } from '../src/data/locale.js';
import type { CareConfigInput } from '../src/config/types.js';
import { localeOf, text, isShown, partsAsDocumentation } from './story-helpers.js';

const { events, args, argTypes, template } = getStorybookHelpers<CareComparison>('care-comparison');

type Story = StoryObj<CareComparison & typeof args>;

async function comparisonIn(canvasElement: HTMLElement): Promise<CareComparison> {
  const element = canvasElement.querySelector<CareComparison>('care-comparison');
  if (!element) throw new Error('no <care-comparison> on the canvas');
  await element.updateComplete;
  return element;
}

/** The level headings a person sees: the table's column headings, or the cards' headings in the narrow layout. */
function visibleLevelHeadings(element: CareComparison): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('th[scope="col"], .card-heading')].filter(isShown);
}

function levelHeading(element: CareComparison, level: LevelId, locale: Locale): HTMLElement | undefined {
  return visibleLevelHeadings(element).find(
    (heading) => text(heading.querySelector('.level-name')) === levels[level].shortName[locale],
  );
}

function visibleFactLabels(element: CareComparison): string[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('th[scope="row"], .facts dt')]
    .filter(isShown)
    .map((label) => text(label));
}

const center: CareConfigInput = {
  programs: {
    php: {
      phone: '+1-555-0100',
      url: 'https://example.org/programs/day-program',
      label: { en: 'About our day program', es: 'Sobre nuestro programa de día' },
    },
    iop: {
      phone: '+1-555-0100',
      url: 'https://example.org/programs/evening-iop',
      label: { en: 'About our evening IOP', es: 'Sobre nuestro IOP de tarde' },
    },
  },
  contact: { phone: '+1-555-0199' },
};

const languagesRow = {
  inpatient: { en: 'English only.', es: 'Solo inglés.' },
  iop: { en: 'English and Spanish groups every week.', es: 'Grupos en inglés y en español cada semana.' },
  outpatient: {
    en: 'English, Spanish, and other languages through a professional interpreter.',
    es: 'Inglés, español y otros idiomas con un intérprete profesional.',
  },
};

const longCenterText: CareConfigInput = {
  programs: {
    iop: {
      hours: {
        en: 'Our evening IOP meets Monday, Tuesday and Thursday from 6 to 9 pm, with a Saturday morning family group once a month and individual sessions booked around your work schedule.',
        es: 'Nuestro IOP de tarde se reúne lunes, martes y jueves de 6 a 9 de la noche, con un grupo familiar un sábado por la mañana al mes y sesiones individuales según su horario de trabajo.',
      },
      notes: {
        en: 'We offer groups in English and Spanish, childcare during evening groups, and parking vouchers. Medication for addiction (MAT) is available on site, and our counselors are trained in CBT, DBT and EMDR.',
        es: 'Ofrecemos grupos en inglés y en español, cuidado de niños durante los grupos de la tarde y vales de estacionamiento. Hay medicamentos para la adicción (MAT) en el centro, y nuestro personal está capacitado en TCC, TDC y EMDR.',
      },
      phone: '+1-555-0100',
    },
    outpatient: {
      notes: {
        en: 'Telehealth sessions are available for people who live more than an hour away.',
        es: 'Hay sesiones por telesalud para quienes viven a más de una hora.',
      },
    },
  },
  extraRows: [
    {
      id: 'languages',
      label: { en: 'Languages', es: 'Idiomas' },
      cells: languagesRow,
    },
  ],
};

const meta: Meta<CareComparison & typeof args> = {
  title: 'Components/Comparison',
  component: 'care-comparison',
  args,
  argTypes: partsAsDocumentation(argTypes),
  parameters: { actions: { handles: events } },
  render: (storyArgs) => template(storyArgs),
};

export default meta;

/** Every level and every fact, each with its sources. Wide, it is a table; in a narrow space, one card per level. */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf({ globals });
    const element = await comparisonIn(canvasElement);
    await expect(visibleLevelHeadings(element)).toHaveLength(4);
    const title = element.shadowRoot!.querySelector('#title');
    await expect(title?.localName).toBe('h2');
    await expect(text(title)).toBe(comparisonStrings[locale].caption);
    await expect(isShown(element.shadowRoot!.querySelector('[part~="sources"]'))).toBe(true);
  },
};

function highlightStory(level: LevelId): Story {
  return {
    args: { highlight: level },
    play: async ({ canvasElement, globals }) => {
      const locale = localeOf({ globals });
      const element = await comparisonIn(canvasElement);
      const heading = levelHeading(element, level, locale);
      await expect(text(heading)).toContain(comparisonStrings[locale].highlightBadge);
      const badges = visibleLevelHeadings(element).filter((candidate) =>
        text(candidate).includes(comparisonStrings[locale].highlightBadge),
      );
      await expect(badges).toHaveLength(1);
    },
  };
}

/** A center that runs residential care marks its column: a badge screen readers hear with the heading. */
export const HighlightedInpatient: Story = { ...highlightStory('inpatient'), name: 'Highlighted: inpatient' };

/** A center's partial hospitalization program marked as its own. */
export const HighlightedPhp: Story = { ...highlightStory('php'), name: 'Highlighted: PHP' };

/** A center's intensive outpatient program marked as its own. */
export const HighlightedIop: Story = { ...highlightStory('iop'), name: 'Highlighted: IOP' };

/** A center's outpatient program marked as its own. */
export const HighlightedOutpatient: Story = { ...highlightStory('outpatient'), name: 'Highlighted: outpatient' };

/**
 * The level a questionnaire suggested (its `comparison` attribute sets `suggested`) beside the center's own program:
 * each column has its own badge, and both are heard with the heading.
 */
export const SuggestedBesideHighlight: Story = {
  name: 'Suggested level beside the center’s own',
  args: { highlight: 'php', suggested: 'iop' },
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf({ globals });
    const strings = comparisonStrings[locale];
    const element = await comparisonIn(canvasElement);
    await expect(text(levelHeading(element, 'iop', locale))).toContain(strings.suggestedBadge);
    await expect(text(levelHeading(element, 'php', locale))).toContain(strings.highlightBadge);
    const suggested = visibleLevelHeadings(element).filter((heading) => text(heading).includes(strings.suggestedBadge));
    await expect(suggested).toHaveLength(1);
    await expect(text(levelHeading(element, 'iop', locale))).not.toContain(strings.highlightBadge);
  },
};

/** Only the levels a center offers, in the order it chooses. */
export const SubsetOfLevels: Story = {
  name: 'Subset of levels',
  args: { levels: 'iop php' },
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf({ globals });
    const element = await comparisonIn(canvasElement);
    const headings = visibleLevelHeadings(element).map((heading) => text(heading.querySelector('.level-name')));
    await expect(headings).toEqual([levels.iop.shortName[locale], levels.php.shortName[locale]]);
  },
};

/** Only the facts a page needs, in the order it chooses: here the time each level takes, then its cost. */
export const SubsetOfRows: Story = {
  name: 'Subset of rows',
  args: { rows: 'hours schedule length cost' },
  play: async ({ canvasElement }) => {
    const element = await comparisonIn(canvasElement);
    const labels = visibleFactLabels(element);
    await expect(labels.length).toBeGreaterThanOrEqual(4);
    await expect(new Set(labels).size).toBe(4);
  },
};

/** `layout="cards"`: one card per level at any width, each with every fact. */
export const Cards: Story = {
  args: { layout: 'cards', highlight: 'iop' },
  play: async ({ canvasElement }) => {
    const element = await comparisonIn(canvasElement);
    const cards = [...element.shadowRoot!.querySelectorAll('[part~="card"]')];
    await expect(cards.filter(isShown)).toHaveLength(4);
    await expect(isShown(element.shadowRoot!.querySelector('table'))).toBe(false);
  },
};

/** In a 320 px sidebar the comparison turns into cards by itself, and nothing scrolls sideways. */
export const NarrowContainer: Story = {
  name: 'Narrow container (320 px)',
  render: (storyArgs) =>
    html`<div style=${styleMap({ width: '320px', maxWidth: '100%' })}>${template(storyArgs)}</div>`,
  play: async ({ canvasElement }) => {
    const element = await comparisonIn(canvasElement);
    await waitFor(() => expect(isShown(element.shadowRoot!.querySelector('[part~="card"]'))).toBe(true));
    await expect(isShown(element.shadowRoot!.querySelector('table'))).toBe(false);
    await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
  },
};

/**
 * `layout="table"` in a 400 px space: the table scrolls sideways inside its own region, which is then a tab stop
 * named after the table, so keyboard users can scroll it. Where the table fits, the region is no tab stop.
 */
export const NarrowTable: Story = {
  name: 'Narrow table (400 px)',
  args: { layout: 'table' },
  render: (storyArgs) =>
    html`<div style=${styleMap({ width: '400px', maxWidth: '100%' })}>${template(storyArgs)}</div>`,
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf({ globals });
    const element = await comparisonIn(canvasElement);
    const region = element.shadowRoot!.querySelector<HTMLElement>('[part~="scroller"]')!;
    await waitFor(() => expect(region.getAttribute('role')).toBe('region'));
    await expect(region.tabIndex).toBe(0);
    await expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
    const name = element.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!);
    await expect(text(name)).toBe(comparisonStrings[locale].caption);
  },
};

/** A center's own words: its hours in the hours row, long notes, and a row of its own, none with a source number. */
export const LongCenterText: Story = {
  name: 'Long center-supplied text',
  args: { config: JSON.stringify(longCenterText), highlight: 'iop' },
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf({ globals });
    const element = await comparisonIn(canvasElement);
    const shown = [...element.shadowRoot!.querySelectorAll('.table-view, .cards-view')].find(isShown);
    await expect(text(shown)).toContain(languagesRow.iop[locale]);
    await expect(visibleFactLabels(element)).toContain(comparisonStrings[locale].notesRow);
  },
};

/** A phone number and a link per level from the configuration; following one fires `care-cta` first. */
export const WithCallsToAction: Story = {
  name: 'With calls to action',
  args: { config: JSON.stringify(center), highlight: 'iop' },
  play: async ({ canvasElement }) => {
    const element = await comparisonIn(canvasElement);
    const links = [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="cta"]')].filter(isShown);
    await expect(links.map((link) => link.getAttribute('href'))).toContain('tel:+15550100');
    const received: CareCtaDetail[] = [];
    const onCta = (event: CustomEvent<CareCtaDetail>) => {
      event.preventDefault();
      received.push(event.detail);
    };
    element.addEventListener('care-cta', onCta);
    try {
      links.find((link) => link.getAttribute('href') === 'https://example.org/programs/evening-iop')!.click();
    } finally {
      element.removeEventListener('care-cta', onCta);
    }
    await expect(received).toEqual([
      { level: 'iop', action: 'link', href: 'https://example.org/programs/evening-iop' },
    ]);
  },
};

/** `edition="3"`: the ASAM row in the 3rd edition's level numbers, for states that still use them. */
export const Asam3rdEdition: Story = {
  name: 'ASAM 3rd edition',
  args: { edition: 3, rows: 'asam sleeps hours' },
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf({ globals });
    const element = await comparisonIn(canvasElement);
    const shown = [...element.shadowRoot!.querySelectorAll('.table-view, .cards-view')].find(isShown);
    await expect(text(shown)).toContain(levels.iop.asamLevels[3].value.summary[locale]);
    await expect(visibleFactLabels(element)[0]).toMatch(/3/);
  },
};

/**
 * A configuration that cannot be read: a short message in place of the table says what to fix, and the console
 * lists the details (captured here, so the story's test does not count it as a failure).
 */
export const BadConfiguration: Story = {
  name: 'Bad configuration',
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf({ globals });
    const element = await comparisonIn(canvasElement);
    const logged: string[] = [];
    const consoleError = console.error;
    console.error = (...messages: unknown[]) => logged.push(messages.map(String).join(' '));
    try {
      element.config = '{ "levels": ["iop", "detox"] }';
      await element.updateComplete;
    } finally {
      console.error = consoleError;
    }
    const message = element.shadowRoot!.querySelector('[part~="error"]');
    await expect(isShown(message)).toBe(true);
    await expect(text(message)).toContain(comparisonStrings[locale].errorHeading);
    await expect(text(message)).toContain('levels[1]');
    await expect(logged).toHaveLength(1);
  },
};
