#!/usr/bin/env node
/**
 * The pre-rendered comparison's first view (care-level-widgets/ssr), beside the same content as plain HTML.
 *
 * Both pages hold the comparison's content with its styles; the baseline writes the pre-rendered shadow root's
 * markup into the page itself, the other is the snippet the CLI writes: `renderElement('care-comparison')`
 * (declarative shadow DOM) followed by the deferred hydrate script. Each is timed from an inline script just before
 * the content to its table parsed and laid out (the same clock as the static-HTML baseline in bench/run.mjs), in a
 * fresh browser context, cache off. Also reported: the snippet without its script (declarative shadow DOM alone),
 * and when the comparison has hydrated, from the same start: the hydrate script loads the elements once the page is
 * idle (nobody touches the bench's page), so that time includes the wait.
 *
 *   node bench/ssr.mjs [--runs 20]        (after `npm run build`)
 *
 * bench/run.mjs can call `measurePrerenderedFirstView(browser, { runs })` with its Chromium.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchChromium, viewport } from './render.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const timer = `<script>window.benchStart = performance.now();</script>`;
const laidOut = (find) => `<script>
  (() => {
    const table = ${find};
    table.getBoundingClientRect();
    document.documentElement.offsetHeight;
    window.benchLaidOut = performance.now() - window.benchStart;
    window.benchRows = table.rows.length;
  })();
</script>`;

function page(body, head = '') {
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Pre-rendered comparison bench</title>${head}</head>
  <body>
    <h1>Levels of care</h1>
${body}
  </body>
</html>
`;
}

const shadowTable = "document.querySelector('care-comparison').shadowRoot.querySelector('table')";

/** The pages, from the built package: the snippet, and its shadow root's markup as plain HTML. */
export async function prerenderedPages() {
  const { renderElement, hydrateScriptTag } = await import(pathToFileURL(join(repoRoot, 'dist/ssr.js')).href);
  const snippet = renderElement('care-comparison', { attributes: { layout: 'table' } });
  const shadow = snippet.match(/<template shadowroot="open" shadowrootmode="open">([\s\S]*)<\/template>/)[1];
  const plain = shadow.replace(/:host/g, '.comparison');
  return {
    snippet,
    pages: {
      '/static.html': page(`${timer}<div class="comparison">${plain}</div>${laidOut("document.querySelector('.comparison table')")}`),
      '/prerendered.html': page(
        `${timer}${snippet}${laidOut(shadowTable)}\n${hydrateScriptTag('/dist/care-level-widgets-hydrate.js')}`,
      ),
      '/prerendered-no-script.html': page(`${timer}${snippet}${laidOut(shadowTable)}`),
    },
  };
}

/** The hydrate script tag's small script and the full file it loads when the page is idle or first used. */
const hydrateFiles = ['/dist/care-level-widgets-hydrate.js', '/dist/care-level-widgets-hydrate.full.js'];

async function serve(pages) {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://bench.invalid').pathname;
    const headers = { 'cache-control': 'no-store' };
    if (pages[path]) {
      response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
      response.end(pages[path]);
    } else if (hydrateFiles.includes(path)) {
      response.writeHead(200, { ...headers, 'content-type': 'text/javascript; charset=utf-8' });
      response.end(await readFile(join(repoRoot, path)));
    } else {
      response.writeHead(404, headers);
      response.end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) };
}

async function loadOnce(browser, url, waitForHydration) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(String(error.message ?? error)));
    await tab.setViewport(viewport);
    await tab.setCacheEnabled(false);
    await tab.goto(url, { waitUntil: 'load' });
    const result = await tab.evaluate(async (hydrate) => {
      let hydrated;
      if (hydrate) {
        const element = document.querySelector('care-comparison');
        await customElements.whenDefined('care-comparison');
        await element.updateComplete;
        hydrated = performance.now() - window.benchStart;
      }
      return { laidOut: window.benchLaidOut, rows: window.benchRows, hydrated };
    }, waitForHydration);
    if (errors.length > 0) throw new Error(`${url}: ${errors.join('; ')}`);
    return result;
  } finally {
    await context.close();
  }
}

/** A copy of `items` in a uniformly random order (Fisher–Yates). */
function shuffled(items) {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(Math.random() * (index + 1));
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Medians over `runs` rounds that load each page once, in a new random order each round (after one discarded
 * warm-up round): `{ staticMs, prerenderedMs,
 * ratio, noScriptMs, noScriptRatio, hydratedMs, snippetBytes, snippetGzipBytes }`.
 */
export async function measurePrerenderedFirstView(browser, { runs = 20 } = {}) {
  const { snippet, pages } = await prerenderedPages();
  const server = await serve(pages);
  try {
    const samples = { static: [], prerendered: [], noScript: [], hydrated: [] };
    const loads = {
      plain: () => loadOnce(browser, `${server.origin}/static.html`, false),
      prerendered: () => loadOnce(browser, `${server.origin}/prerendered.html`, true),
      noScript: () => loadOnce(browser, `${server.origin}/prerendered-no-script.html`, false),
    };
    for (let run = -1; run < runs; run += 1) {
      // A new order each run: a page that always loads right after another would carry that one's after-effects.
      const order = shuffled(Object.keys(loads));
      const loaded = {};
      for (const name of order) loaded[name] = await loads[name]();
      const { plain, prerendered, noScript } = loaded;
      if (plain.rows !== prerendered.rows) throw new Error(`the pages differ: ${plain.rows} and ${prerendered.rows} rows`);
      if (run < 0) continue;
      samples.static.push(plain.laidOut);
      samples.prerendered.push(prerendered.laidOut);
      samples.noScript.push(noScript.laidOut);
      samples.hydrated.push(prerendered.hydrated);
    }
    const staticMs = median(samples.static);
    const prerenderedMs = median(samples.prerendered);
    return {
      runs,
      staticMs,
      prerenderedMs,
      ratio: prerenderedMs / staticMs,
      noScriptMs: median(samples.noScript),
      noScriptRatio: median(samples.noScript) / staticMs,
      hydratedMs: median(samples.hydrated),
      snippetBytes: Buffer.byteLength(snippet),
      snippetGzipBytes: gzipSync(snippet, { level: 9 }).length,
    };
  } finally {
    await server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' } } });
  const browser = await launchChromium();
  try {
    const result = await measurePrerenderedFirstView(browser, { runs: Number(values.runs) });
    const ms = (value) => `${value.toFixed(1)} ms`;
    console.log(`Pre-rendered comparison, first view (Chromium, median of ${result.runs}):
  static HTML (same content)            ${ms(result.staticMs)}
  pre-rendered snippet (element, script) ${ms(result.prerenderedMs)}  (${result.ratio.toFixed(2)}x static; target <= 1.1x)
  the same without its script           ${ms(result.noScriptMs)}  (${result.noScriptRatio.toFixed(2)}x static)
  hydrated (from the same start)        ${ms(result.hydratedMs)}
  snippet                               ${(result.snippetBytes / 1024).toFixed(1)} KB, ${(result.snippetGzipBytes / 1024).toFixed(1)} KB gzip`);
  } finally {
    await browser.close();
  }
}
