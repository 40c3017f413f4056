/**
 * What a page pays for the widgets: the script files the browser really fetched from dist/ when it loaded each kind
 * of page (recorded in Chromium), each weighed as gzip -9 of the file as built, beside every chunk together and the
 * single file (care-level-widgets.standalone.js).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compressedSizes } from './sizes.mjs';

/** The page kinds of issue 22's table, by bench page. */
export const fetchedPages = [
  { id: 'banner', page: 'crisis banner only', url: '/bench/banner.html', tags: ['care-crisis-banner'] },
  { id: 'comparison', page: 'comparison only, English', url: '/bench/comparison.html', tags: ['care-comparison'] },
  {
    id: 'all',
    page: 'comparison + terms + banner + questionnaire, English',
    url: '/bench/all.html',
    tags: ['care-crisis-banner', 'care-term', 'care-comparison', 'care-questionnaire'],
  },
];

/** The gzip -9 bytes of some files of dist/, named relative to it, together. */
const gzipOfDist = (repoRoot, files) =>
  files.reduce((sum, file) => sum + compressedSizes(readFileSync(join(repoRoot, 'dist', file))).gzip, 0);

/** Loads each page once in a fresh context and weighs the dist/ scripts it fetched until its elements rendered. */
export async function measureFetched(repoRoot, origin, browser) {
  const pages = [];
  for (const { id, page: label, url, tags } of fetchedPages) {
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    const files = new Set();
    tab.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/dist/') && pathname.endsWith('.js')) files.add(pathname.slice('/dist/'.length));
    });
    let error;
    try {
      await tab.goto(`${origin}${url}`, { waitUntil: 'load' });
      await tab.evaluate(
        (names) => Promise.all(names.map((name) => customElements.whenDefined(name))),
        tags,
      );
    } catch (caught) {
      error = caught.message;
    }
    await context.close();
    const sorted = [...files].sort();
    pages.push({
      id,
      page: label,
      files: sorted,
      gzip: gzipOfDist(repoRoot, sorted),
      error,
    });
  }
  const chunkFiles = readdirSync(join(repoRoot, 'dist/chunks')).filter((name) => name.endsWith('.js'));
  const everyChunk = ['care-level-widgets.js', ...chunkFiles.map((name) => `chunks/${name}`)];
  return {
    pages,
    everyChunk: {
      files: everyChunk.length,
      gzip: gzipOfDist(repoRoot, everyChunk),
    },
    standalone: { gzip: gzipOfDist(repoRoot, ['care-level-widgets.standalone.js']) },
  };
}
