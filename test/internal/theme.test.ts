/**
 * Colours follow the page's colour scheme, not the visitor's system: a light-only site in a dark OS keeps light
 * widgets, a dark page gets dark ones, and a site's light brand colour never lands on the dark surface.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../src/components/questionnaire/define.js';
import type { CareQuestionnaire } from '../../src/components/questionnaire/questionnaire.js';
import { emulateMediaFeatures } from '../helpers/media.js';

type Rgb = [number, number, number];

function rgb(color: string): Rgb {
  const channels = color.match(/[\d.]+/g)!.slice(0, 3).map(Number);
  return channels as Rgb;
}

function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The colours the intro screen really paints: its surface, the accent (Start's background) and Start's text, and the
 * focus ring's colour as the element resolves it (read from a probe, as no focus ring shows without a keyboard).
 */
async function paintedColours(questionnaire: CareQuestionnaire) {
  await questionnaire.updateComplete;
  const root = questionnaire.shadowRoot!;
  const screen = getComputedStyle(root.querySelector('.screen')!);
  const start = getComputedStyle(root.querySelector('.button.primary')!);
  const focusProbe = document.createElement('span');
  focusProbe.style.color = 'var(--_focus)';
  root.append(focusProbe);
  const focus = getComputedStyle(focusProbe).color;
  focusProbe.remove();
  const muted = getComputedStyle(root.querySelector('.muted')!).color;
  return { surface: screen.backgroundColor, accent: start.backgroundColor, onAccent: start.color, focus, muted };
}

/** WCAG AA: 4.5:1 for text (secondary text, accent-coloured links, text on the accent), 3:1 for the focus ring. */
function expectAaContrast(colours: Awaited<ReturnType<typeof paintedColours>>): void {
  expect(contrast(colours.muted, colours.surface), 'secondary text').to.be.at.least(4.5);
  expect(contrast(colours.accent, colours.surface), 'accent on the surface').to.be.at.least(4.5);
  expect(contrast(colours.onAccent, colours.accent), 'text on the accent').to.be.at.least(4.5);
  expect(contrast(colours.focus, colours.surface), 'focus ring').to.be.at.least(3);
}

const brandAccent = 'rgb(106, 44, 145)';
const builtInDarkSurface = 'rgb(23, 32, 42)';
const builtInDarkAccent = 'rgb(127, 209, 199)';

async function questionnaireOnPage(pageScheme: string | null, theme?: 'light' | 'dark') {
  document.documentElement.style.colorScheme = pageScheme ?? '';
  return fixture<CareQuestionnaire>(html`
    <care-questionnaire lang="en" theme=${theme ?? nothing} style="--care-color-accent: ${brandAccent}"></care-questionnaire>
  `);
}

describe('theme: colours follow the page', () => {
  afterEach(async () => {
    fixtureCleanup();
    document.documentElement.style.colorScheme = '';
    await emulateMediaFeatures([{ name: 'prefers-color-scheme', value: '' }]);
  });

  it('uses the brand accent on a light page, at 4.5:1 or more against the surface and its text', async () => {
    const colours = await paintedColours(await questionnaireOnPage(null));
    expect(colours.surface).to.equal('rgb(255, 255, 255)');
    expect(colours.accent).to.equal(brandAccent);
    expect(colours.muted, 'secondary text in its own colour').to.equal('rgb(74, 88, 104)');
    expectAaContrast(colours);
  });

  it('turns dark on a dark page, leaving the light brand accent out, and keeps 4.5:1', async () => {
    const colours = await paintedColours(await questionnaireOnPage('dark'));
    expect(colours.surface).to.equal(builtInDarkSurface);
    expect(colours.accent).to.equal(builtInDarkAccent);
    expect(colours.muted, 'secondary text in its own colour').to.equal('rgb(179, 192, 204)');
    expectAaContrast(colours);
  });

  it('uses --care-color-accent-dark in the dark scheme', async () => {
    const questionnaire = await questionnaireOnPage('dark');
    questionnaire.style.setProperty('--care-color-accent-dark', '#d4b0ec');
    questionnaire.style.setProperty('--care-color-accent-contrast-dark', '#1f1a2e');
    const colours = await paintedColours(questionnaire);
    expect(colours.accent).to.equal('rgb(212, 176, 236)');
    expect(contrast(colours.accent, colours.surface)).to.be.at.least(4.5);
    expect(contrast(colours.onAccent, colours.accent)).to.be.at.least(4.5);
  });

  it('lets theme override the page both ways', async () => {
    expect((await paintedColours(await questionnaireOnPage('dark', 'light'))).accent).to.equal(brandAccent);
    fixtureCleanup();
    expect((await paintedColours(await questionnaireOnPage(null, 'dark'))).accent).to.equal(builtInDarkAccent);
  });

  it('stays light on a light-only page when the system prefers dark, and follows a "light dark" page', async function () {
    if (!(await emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]))) this.skip();
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
    expect((await paintedColours(await questionnaireOnPage(null))).surface).to.equal('rgb(255, 255, 255)');
    fixtureCleanup();
    const followingPage = await paintedColours(await questionnaireOnPage('light dark'));
    expect(followingPage.surface).to.equal(builtInDarkSurface);
    expect(followingPage.accent).to.equal(builtInDarkAccent);
  });
});
