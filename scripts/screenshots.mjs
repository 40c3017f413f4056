#!/usr/bin/env node
/**
 * Screenshots of the demo site in Debian's headless Chromium, to look at the widgets as visitors see them: desktop
 * and 320 px wide, light and dark, plus the questionnaire's result and crisis screens. Needs a build (`npm run
 * build`). Writes PNGs to the folder given (default: screenshots/, which git ignores). `--docs` writes only the
 * screenshots the documents show instead: docs/embed-builder.png (the embed-code page with a phone entered),
 * docs/demo-phone.png (the demo's first screen on a 390 px phone) and docs/demo-phone-sources.png (the end of its
 * comparison there, with the collapsed sources).
 *
 *   node scripts/screenshots.mjs [folder]
 *   node scripts/screenshots.mjs --docs
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { browserExecutables } from './browsers.mjs';
import { serveStatic } from './static-server.mjs';

const forDocs = process.argv[2] === '--docs';
const folder = forDocs ? 'docs' : (process.argv[2] ?? 'screenshots');
mkdirSync(folder, { recursive: true });

const server = await serveStatic({
  headers: { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'" },
});
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: browserExecutables.chromium.binary,
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--hide-scrollbars'],
});

/** Resolves when every care-* element on the page is defined and has rendered. */
async function widgetsReady(page) {
  await page.evaluate(async () => {
    const tags = ['care-comparison', 'care-questionnaire', 'care-term', 'care-crisis-banner'];
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    await Promise.all([...document.querySelectorAll(tags.join(','))].map((element) => element.updateComplete));
    await document.fonts.ready;
  });
}

async function shoot(name, { width, height = 900, scheme, path = '/', fullPage = true, prepare, selector }) {
  const page = await browser.newPage();
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  await widgetsReady(page);
  if (prepare) await prepare(page);
  const file = join(folder, `${name}.png`);
  if (selector) await (await page.$(selector)).screenshot({ path: file });
  else await page.screenshot({ path: file, fullPage });
  await page.close();
  console.log(file);
}

/** Shows the questionnaire's result (or crisis screen) for the answers given, scrolled into view. */
function questionnaireShowing(answers) {
  return async (page) => {
    await page.evaluate(async (given) => {
      const questionnaire = document.querySelector('care-questionnaire');
      questionnaire.answers = given;
      questionnaire.showResult();
      await questionnaire.updateComplete;
      questionnaire.scrollIntoView();
    }, answers);
  };
}

/** Types a phone number into the embed-code page and waits for its pre-rendered snippet. */
async function builderWithPhone(page) {
  await page.type('#phone', '+1-555-0100');
  await page.waitForFunction(() => document.querySelector('#snippet-prerendered').value.includes('555'));
}

/** Scrolls the comparison's sources (collapsed under the cards on a phone) to the middle of the screen. */
async function comparisonSourcesInView(page) {
  await page.evaluate(() => {
    const sources = document.querySelector('care-comparison').shadowRoot.querySelector('[part~="sources"]');
    sources.scrollIntoView({ block: 'center' });
  });
}

async function docsScreenshots() {
  await shoot('embed-builder', { width: 1280, height: 2000, scheme: 'light', path: '/embed.html', fullPage: false, prepare: builderWithPhone });
  await shoot('demo-phone', { width: 390, height: 844, scheme: 'light', fullPage: false });
  await shoot('demo-phone-sources', { width: 390, height: 844, scheme: 'light', fullPage: false, prepare: comparisonSourcesInView });
}

async function reviewScreenshots() {
  for (const scheme of ['light', 'dark']) {
    await shoot(`demo-desktop-${scheme}`, { width: 1280, scheme });
    await shoot(`demo-320-${scheme}`, { width: 320, scheme });
    await shoot(`demo-320-first-screen-${scheme}`, { width: 320, scheme, fullPage: false });
  }
  await shoot('demo-readme', { width: 1280, scheme: 'light', fullPage: false });
  // A daily drinker with withdrawal symptoms and a hard home, answered by a family member: a first step, then IOP.
  const withFirstStep = {
    'for-whom': 'someone-else',
    'help-with': 'substances',
    'age-band': '18-64',
    safety: 'no',
    'medical-emergency-now': 'no',
    'use-past-30-days': 'daily',
    substances: ['alcohol'],
    'addiction-medication': 'none',
    overdose: 'none',
    withdrawal: 'moderate',
    pregnancy: 'no',
    'mental-health': 'sometimes',
    'physical-health': 'good',
    home: 'hard-to-stay-well',
    'past-tries': 'slips',
    readiness: 'unsure-how',
  };
  for (const [width, scheme] of [
    [1280, 'light'],
    [320, 'light'],
    [320, 'dark'],
  ]) {
    await shoot(`questionnaire-result-${width}-${scheme}`, {
      width,
      scheme,
      selector: 'care-questionnaire',
      prepare: questionnaireShowing(withFirstStep),
    });
  }
  await shoot('questionnaire-crisis-320-dark', {
    width: 320,
    scheme: 'dark',
    fullPage: false,
    prepare: questionnaireShowing({ safety: 'plan-or-recent' }),
  });
  await shoot('embed-code-desktop', { width: 1280, scheme: 'light', path: '/embed.html' });
}

try {
  await (forDocs ? docsScreenshots() : reviewScreenshots());
} finally {
  await browser.close();
  server.close();
}
