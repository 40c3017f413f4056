/**
 * The WordPress plugin in a real WordPress: WordPress Playground (PHP compiled to WebAssembly, SQLite) with the built
 * dist/care-level-widgets-wordpress.zip unpacked into wp-content/plugins, and test/wordpress/mu-plugins, which
 * activates it, saves the center settings and creates one page per case. Headless Chromium then visits the pages.
 *
 * Offline, WordPress comes from ../shared/wordpress when that folder exists (see its README); elsewhere Playground
 * downloads it. The Playground tests are skipped, with the reason, only when Playground cannot start.
 *
 * Run after the build: `node --test test/wordpress/`. WORDPRESS_SCREENSHOT=docs/wordpress-editor.png also saves a
 * screenshot of the comparison block in the editor.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const zipPath = join(root, 'dist/care-level-widgets-wordpress.zip');
const sharedWordPress = resolve(root, '../shared/wordpress');
const wordpressVersion = '7.0.4';
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const startTimeout = 300_000;

/** The files of a zip archive (stored or deflated entries): name => Buffer. */
function unzip(archive) {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = archive.readUInt16LE(end + 10);
  let offset = archive.readUInt32LE(end + 16);
  const files = new Map();
  for (let i = 0; i < count; i += 1) {
    const method = archive.readUInt16LE(offset + 10);
    const size = archive.readUInt32LE(offset + 20);
    const nameLength = archive.readUInt16LE(offset + 28);
    const extraLength = archive.readUInt16LE(offset + 30);
    const commentLength = archive.readUInt16LE(offset + 32);
    const local = archive.readUInt32LE(offset + 42);
    const name = archive.toString('utf8', offset + 46, offset + 46 + nameLength);
    const dataStart = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = archive.subarray(dataStart, dataStart + size);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** Serves ../shared/wordpress over HTTP: Playground's --wp takes a URL, not a path. */
async function serveSharedWordPress() {
  const server = createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url, 'http://localhost').pathname.slice(1));
    const file = join(sharedWordPress, name);
    if (!/^[\w.-]+\.zip$/.test(name) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/zip' }).end(readFileSync(file));
  });
  const port = await freePort();
  await new Promise((resolveListen) => server.listen(port, '127.0.0.1', resolveListen));
  return { server, url: `http://127.0.0.1:${port}/wordpress-${wordpressVersion}.zip` };
}

const site = { url: '', skip: '', child: undefined, files: undefined, staticServer: undefined, workDir: '', log: '' };
let browser;

before(async () => {
  if (!existsSync(zipPath)) {
    site.skip = `${zipPath} is missing: run node scripts/build.mjs first`;
    return;
  }
  site.files = unzip(readFileSync(zipPath));
  site.workDir = mkdtempSync(join(tmpdir(), 'care-level-widgets-wordpress-'));
  for (const [name, data] of site.files) {
    const target = join(site.workDir, name);
    if (name.endsWith('/')) mkdirSync(target, { recursive: true });
    else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, data);
    }
  }

  let wp = 'latest';
  if (existsSync(join(sharedWordPress, `wordpress-${wordpressVersion}.zip`))) {
    // Playground keeps the SQLite integration plugin under this name; offline it could not download it.
    const cache = join(homedir(), '.wordpress-playground');
    mkdirSync(cache, { recursive: true });
    if (!existsSync(join(cache, 'sqlite.zip'))) {
      copyFileSync(join(sharedWordPress, 'sqlite-database-integration.zip'), join(cache, 'sqlite.zip'));
    }
    site.staticServer = await serveSharedWordPress();
    wp = site.staticServer.url;
    console.log(`WordPress ${wordpressVersion} from ${sharedWordPress}`);
  } else {
    console.log(`WordPress: ${sharedWordPress} not found, Playground downloads the latest release`);
  }

  const port = await freePort();
  const started = Date.now();
  site.child = spawn(
    process.execPath,
    [
      join(root, 'node_modules/@wp-playground/cli/wp-playground.js'),
      'server',
      `--port=${port}`,
      '--php=8.3',
      `--wp=${wp}`,
      `--mount=${join(site.workDir, 'care-level-widgets')}:/wordpress/wp-content/plugins/care-level-widgets`,
      `--mount=${join(root, 'test/wordpress/mu-plugins')}:/wordpress/wp-content/mu-plugins`,
      '--login',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let failure = `did not start within ${startTimeout / 1000} s`;
  site.url = await new Promise((resolveUrl) => {
    const timer = setTimeout(() => resolveUrl(''), startTimeout);
    const read = (chunk) => {
      site.log += chunk;
      const ready = site.log.match(/WordPress is running on (http:\/\/\S+)/);
      if (ready) {
        clearTimeout(timer);
        resolveUrl(ready[1]);
      }
    };
    site.child.stdout.on('data', read);
    site.child.stderr.on('data', read);
    site.child.on('exit', (code) => {
      failure = `exited with code ${code} before it was ready`;
      clearTimeout(timer);
      resolveUrl('');
    });
  });
  if (!site.url) {
    const lastError = site.log.split('\n').findLast((line) => /error/i.test(line))?.trim();
    site.skip = `WordPress Playground ${failure}${lastError ? ` (${lastError.slice(0, 200)})` : ''}; its output is above`;
    console.log(`Playground output:\n${site.log.slice(-4000)}`);
    return;
  }
  console.log(`Playground ready at ${site.url} after ${Math.round((Date.now() - started) / 1000)} s`);
  // The first request signs in (--login) and lets the must-use plugin create the pages; the browser's visitors come after.
  await fetch(`${site.url}/`, { redirect: 'manual' });
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
});

after(async () => {
  await browser?.close();
  if (site.child && site.child.exitCode === null) {
    const exited = new Promise((resolveExit) => site.child.once('exit', resolveExit));
    site.child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolveWait) => setTimeout(resolveWait, 5000))]);
    if (site.child.exitCode === null) site.child.kill('SIGKILL');
  }
  site.staticServer?.server.close();
  if (site.workDir) rmSync(site.workDir, { recursive: true, force: true });
});

test('the zip installs as care-level-widgets/ with the plugin, blocks, editor script, readme, uninstall and assets', () => {
  assert.ok(existsSync(zipPath), `${zipPath} is missing`);
  const files = unzip(readFileSync(zipPath));
  for (const name of [
    'care-level-widgets.php',
    'uninstall.php',
    'readme.txt',
    'editor/blocks.js',
    'blocks/comparison/block.json',
    'blocks/questionnaire/block.json',
    'blocks/crisis-banner/block.json',
    'assets/care-level-widgets.js',
    'assets/chunks/care-crisis-banner.js',
    'assets/care-level-widgets.css',
  ]) {
    assert.ok(files.has(`care-level-widgets/${name}`), `care-level-widgets/${name} is missing`);
  }
  assert.ok(
    [...files.keys()].every((name) => name.startsWith('care-level-widgets/')),
    'one top folder',
  );
  const main = files.get('care-level-widgets/care-level-widgets.php').toString();
  assert.match(main, new RegExp(`Version:\\s+${version.replaceAll('.', '\\.')}\\n`));
  assert.doesNotMatch([...files.values()].map(String).join('\n'), /__CARE_LEVEL_WIDGETS_VERSION__/);
  const readme = files.get('care-level-widgets/readme.txt').toString();
  assert.match(readme, /^=== Care Level Widgets ===/);
  assert.match(readme, new RegExp(`Stable tag: ${version.replaceAll('.', '\\.')}`));
  assert.match(readme, /== Privacy ==[\s\S]*collects no data, sends no data and stores no data/);
  assert.equal(
    files.get('care-level-widgets/assets/care-level-widgets.js').toString().replace(/\n$/, ''),
    readFileSync(join(root, 'dist/care-level-widgets.js'), 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, ''),
  );
  for (const block of ['comparison', 'questionnaire', 'crisis-banner']) {
    const json = JSON.parse(files.get(`care-level-widgets/blocks/${block}/block.json`).toString());
    assert.equal(json.name, `care-level-widgets/${block}`);
    assert.equal(json.render, 'file:./render.php');
    assert.equal(json.version, version);
  }
});

test('the block editor offers exactly the library’s level ids, comparison row ids and glossary terms, in order', async () => {
  const { levelIds, comparisonRowIds, glossary, glossaryTermIds } = await import(join(root, 'dist/data.js'));
  const editor = readFileSync(join(root, 'wordpress/plugin/editor/blocks.js'), 'utf8');
  const list = (name) =>
    JSON.parse(editor.match(new RegExp(`var ${name} = (\\[[^\\]]*\\]);`))[1].replace(/'/g, '"').replace(/,\s*\]/, ']'));
  assert.deepEqual(list('levelIds'), [...levelIds]);
  assert.deepEqual(list('rowIds'), [...comparisonRowIds]);
  const terms = editor.match(/var glossaryTerms = \{([^}]*)\};/)[1];
  assert.deepEqual(
    [...terms.matchAll(/^\s*'?([\w-]+)'?: '([^']*)',$/gm)].map(([, id, term]) => [id, term]),
    glossaryTermIds.map((id) => [id, glossary[id].term.en]),
  );
  const names = editor.match(/var levelNames = \{([^}]*)\};/)[1];
  assert.deepEqual([...names.matchAll(/^\s*(\w+): __\(/gm)].map(([, id]) => id), [...levelIds]);
});


/** Collects what a page does: console errors, uncaught exceptions and every request. */
async function openPage({ loggedIn = false } = {}) {
  const context = loggedIn ? browser.defaultBrowserContext() : await browser.createBrowserContext();
  const page = await context.newPage();
  // Playground answers one request at a time, and slowly on a busy machine.
  page.setDefaultTimeout(90_000);
  if (!loggedIn) {
    // Playground's --login signs in whoever has not got this cookie; visitors are anonymous.
    await page.setCookie({ name: 'playground_auto_login_already_happened', value: '1', url: site.url });
  }
  const seen = { errors: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
  });
  page.on('pageerror', (error) => {
    // WordPress's admin animates page changes with view transitions, which the browser aborts when a test navigates
    // or resizes during one: WordPress's own script, not the plugin's.
    if (/Transition was aborted because of invalid state/.test(error.message)) return;
    seen.errors.push(`uncaught: ${error.message}`);
  });
  page.on('request', (request) => seen.requests.push(request.url()));
  return { page, seen, close: () => (loggedIn ? page.close() : context.close()) };
}

/** Everything about the widgets on a page, read after they have rendered; axe runs over them. */
async function inspect(page, served) {
  await page.addScriptTag({ content: readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8') });
  return page.evaluate(async (served) => {
    const tags = ['care-comparison', 'care-questionnaire', 'care-crisis-banner', 'care-term'];
    // The script tag loads only the elements on the page: wait for those.
    await Promise.all(tags.filter((tag) => document.querySelector(tag)).map((tag) => customElements.whenDefined(tag)));
    const elements = [...document.querySelectorAll(tags.join(','))];
    // The attributes as the server wrote them (an element may add its own once it runs).
    const servedElements = [...new DOMParser().parseFromString(served, 'text/html').querySelectorAll(tags.join(','))];
    await Promise.all(elements.map((element) => element.updateComplete));
    await new Promise((resolveFrame) => requestAnimationFrame(() => setTimeout(resolveFrame, 100)));
    const deep = (node, selector) => {
      const found = [...node.querySelectorAll(selector)];
      for (const child of node.querySelectorAll('*'))
        if (child.shadowRoot) found.push(...deep(child.shadowRoot, selector));
      return found;
    };
    const axe = await window.axe.run(elements.length > 0 ? elements : document, { resultTypes: ['violations'] });
    return {
      pwned: Object.keys(window).filter((key) => key.startsWith('__clw')),
      javascriptLinks: deep(document, '[href]')
        .map((link) => link.getAttribute('href'))
        .filter((href) => /^\s*javascript:/i.test(href)),
      handlers: deep(document, '*')
        .flatMap((node) => [...node.attributes].map((attribute) => attribute.name))
        .filter((name) => /^on/.test(name)),
      injected: deep(document, 'script:not([src]):not([type="application/json"])')
        .map((script) => script.textContent)
        .filter((text) => text.includes('__clwPwned')),
      axe: axe.violations.map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
      ),
      elements: elements.map((element, index) => ({
        tag: element.localName,
        id: element.id,
        attributes: Object.fromEntries(
          [...servedElements[index].attributes].map((attribute) => [attribute.name, attribute.value]),
        ),
        config: element.querySelector(':scope > script[type="application/json"]')?.textContent ?? null,
        text: element.shadowRoot
          ? deep(element.shadowRoot, '*')
              .map((node) =>
                [...node.childNodes]
                  .filter((child) => child.nodeType === 3)
                  .map((child) => child.textContent)
                  .join(''),
              )
              .join(' ')
              .replace(/\s+/g, ' ')
          : '',
        parts: element.shadowRoot ? deep(element.shadowRoot, '[part]').map((node) => node.getAttribute('part')) : [],
        error: element.shadowRoot
          ? (deep(element.shadowRoot, '[part~="error"], .config-error')[0]?.textContent ?? '')
              .replace(/\s+/g, ' ')
              .trim()
          : '',
      })),
    };
  }, served);
}

/** Visits /?pagename=slug as an anonymous visitor and checks what every widget page must satisfy. */
async function visit(slug, { expectedErrors = [] } = {}) {
  const { page, seen, close } = await openPage();
  try {
    const response = await page.goto(`${site.url}/?pagename=${slug}`, { waitUntil: 'load' });
    assert.equal(response.status(), 200, `${slug}: HTTP ${response.status()}`);
    const html = await response.text();
    const result = await inspect(page, html);
    const origin = new URL(site.url).origin;
    const offSite = seen.requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
    assert.deepEqual(offSite, [], `${slug}: requests off the site`);
    assert.deepEqual(result.pwned, [], `${slug}: injected script ran`);
    assert.deepEqual(result.javascriptLinks, [], `${slug}: javascript: links`);
    assert.deepEqual(result.injected, [], `${slug}: injected script elements`);
    assert.deepEqual(result.axe, [], `${slug}: axe violations`);
    const unexpected = seen.errors.filter((text) => !expectedErrors.some((pattern) => pattern.test(text)));
    assert.deepEqual(unexpected, [], `${slug}: console errors`);
    for (const pattern of expectedErrors) {
      assert.ok(
        seen.errors.some((text) => pattern.test(text)),
        `${slug}: expected a console error matching ${pattern}`,
      );
    }
    const script = seen.requests.find((url) => url.includes('/care-level-widgets.js'));
    assert.equal(script, `${origin}/wp-content/plugins/care-level-widgets/assets/care-level-widgets.js?ver=${version}`);
    assert.ok(
      seen.requests.includes(
        `${origin}/wp-content/plugins/care-level-widgets/assets/care-level-widgets.css?ver=${version}`,
      ),
      `${slug}: the stylesheet is served from the plugin`,
    );
    assert.doesNotMatch(html, /id="care-level-widgets-js-(before|after|extra)"/, `${slug}: inline script beside ours`);
    return { ...result, html };
  } finally {
    await close();
  }
}

/** The configuration the must-use plugin saves from code, as a site's own code would. */
const siteConfig = JSON.parse(readFileSync(join(root, 'test/wordpress/mu-plugins/site-config.json'), 'utf8'));

const byTag = (result, tag, index = 0) => result.elements.filter((element) => element.tag === tag)[index];
const count = (parts, part) => parts.filter((value) => value.split(/\s+/).includes(part)).length;

describe('in WordPress Playground', () => {
  const skip = (t) => {
    if (!site.skip) return false;
    t.skip(site.skip);
    return true;
  };

  test('blocks render the elements with their attributes and the center settings', async (t) => {
    if (skip(t)) return;
    const page = await visit('clw-blocks');
    const banner = byTag(page, 'care-crisis-banner');
    assert.deepEqual(banner.attributes, { variant: 'compact' });
    const comparison = byTag(page, 'care-comparison');
    assert.deepEqual(comparison.attributes, {
      highlight: 'iop',
      layout: 'cards',
      'heading-level': '2',
      id: 'levels-table',
    });
    assert.deepEqual(JSON.parse(comparison.config), siteConfig);
    assert.equal(count(comparison.parts, 'card'), 3, 'the three levels the settings offer');
    assert.equal(count(comparison.parts, 'badge'), 1, 'one "Our program" badge');
    assert.match(comparison.text, /Three evenings a week, 6 to 9 pm/);
    assert.match(comparison.text, /Groups in English & Spanish/);
    assert.match(comparison.text, /2\.1/, 'ASAM 3rd-edition labels from the settings');
    assert.equal(comparison.error, '');
    const questionnaire = byTag(page, 'care-questionnaire');
    assert.deepEqual(questionnaire.attributes, { comparison: 'levels-table' });
    assert.deepEqual(JSON.parse(questionnaire.config), siteConfig);
    assert.equal(questionnaire.error, '');

    const overrides = await visit('clw-blocks-overrides');
    assert.deepEqual(byTag(overrides, 'care-crisis-banner').attributes, {
      variant: 'full',
      lang: 'es',
      'heading-level': '2',
    });
    const table = byTag(overrides, 'care-comparison');
    assert.deepEqual(table.attributes, {
      levels: 'inpatient php',
      rows: 'sleeps hours',
      highlight: 'php',
      layout: 'table',
      edition: '4',
      lang: 'es',
    });
    assert.equal(count(table.parts, 'header'), 2, 'the block’s levels win over the settings');
    assert.equal(count(table.parts, 'row-header'), 2 + 1, 'two rows and the next step');
    assert.deepEqual(byTag(overrides, 'care-questionnaire').attributes, {
      phone: '+1-555-0199',
      'cta-href': 'https://example.org/book',
      'cta-label': 'Book a call',
      offered: 'iop outpatient',
      lang: 'es',
      'heading-level': '2',
      persist: 'session',
    });
  });

  test('shortcodes render the elements with their attributes and the center settings', async (t) => {
    if (skip(t)) return;
    const page = await visit('clw-shortcodes');
    assert.deepEqual(byTag(page, 'care-crisis-banner').attributes, { variant: 'compact' });
    const comparison = byTag(page, 'care-comparison');
    assert.deepEqual(comparison.attributes, { highlight: 'iop', 'heading-level': '3', id: 'levels-table' });
    assert.deepEqual(JSON.parse(comparison.config), siteConfig);
    assert.match(comparison.text, /Three evenings a week, 6 to 9 pm/);
    assert.deepEqual(byTag(page, 'care-questionnaire').attributes, {
      phone: '+1-555-0199',
      'cta-href': '/book',
      'cta-label': 'Book a call',
      offered: 'iop outpatient',
      comparison: 'levels-table',
      persist: 'session',
    });
    const term = byTag(page, 'care-term');
    assert.deepEqual(term.attributes, { term: 'iop' });
    assert.equal(term.config, null);
    assert.match(page.html, /<care-term term="iop">IOP<\/care-term>/);
  });

  /** A comparison as someone who can edit the page sees it: its levels, its JSON block, its message, the console. */
  async function comparisonForEditors(slug, selector) {
    const { page, seen, close } = await openPage({ loggedIn: true });
    try {
      await page.goto(`${site.url}/?pagename=${slug}`, { waitUntil: 'load' });
      const shown = await page.$eval(selector, async (element) => {
        await customElements.whenDefined('care-comparison');
        await element.updateComplete;
        return {
          levels: element.getAttribute('levels'),
          config: element.querySelector('script[type="application/json"]')?.textContent,
          error: element.shadowRoot.querySelector('[part~="error"]')?.textContent.replace(/\s+/g, ' ') ?? '',
        };
      });
      return { ...shown, consoleErrors: seen.errors };
    } finally {
      await close();
    }
  }

  test('hostile block attributes are inert; a bad level shows visitors the center’s levels, and editors the mistake', async (t) => {
    if (skip(t)) return;
    const page = await visit('clw-hostile-blocks');
    const comparison = byTag(page, 'care-comparison');
    assert.equal(comparison.attributes.highlight, '"><script>window.__clwPwned=1</script>');
    assert.equal(comparison.attributes.id, 'x" onmouseover="window.__clwPwned=4');
    assert.equal(comparison.attributes.levels, undefined, 'visitors get the levels of the center’s settings');
    assert.equal(comparison.error, '', 'no developer message for visitors');
    const questionnaire = byTag(page, 'care-questionnaire');
    assert.equal(questionnaire.attributes['cta-href'], undefined, 'the javascript: link is dropped');
    assert.equal(questionnaire.attributes['cta-label'], '<img src=x onerror="window.__clwPwned=6">');
    assert.equal(questionnaire.attributes.persist, undefined, 'persist takes only "session"');
    const banner = byTag(page, 'care-crisis-banner');
    assert.deepEqual(
      Object.keys(banner.attributes),
      ['variant'],
      'lang and heading-level outside their values are dropped',
    );
    assert.doesNotMatch(page.html, /<script>window\.__clwPwned/);

    const editor = await comparisonForEditors('clw-hostile-blocks', 'care-comparison');
    assert.equal(editor.levels, 'detox iop');
    assert.match(editor.error, /detox/, 'people who can edit the page see what to fix');
    assert.ok(editor.consoleErrors.some((text) => /^care-level-widgets: <care-comparison>.*detox/s.test(text)));
  });

  test('hostile shortcode attributes are inert; a broken config shows visitors the widget, and editors the mistake', async (t) => {
    if (skip(t)) return;
    const page = await visit('clw-hostile-shortcodes');
    const broken = page.elements.find((element) => element.id === 'broken-json');
    assert.deepEqual(JSON.parse(broken.config), siteConfig, 'visitors get the center’s settings');
    assert.equal(broken.error, '', 'no developer message for visitors');
    assert.match(broken.text, /Three evenings a week, 6 to 9 pm/);
    const scripted = page.elements.find((element) => element.id === 'script-in-json');
    assert.equal(scripted.attributes.highlight, '" onfocus="window.__clwPwned=8');
    assert.match(scripted.config, /\\u003C\/script\\u003E/);
    assert.equal(
      JSON.parse(scripted.config).programs.iop.notes,
      'Evenings </script><script>window.__clwPwned=9</script>',
    );
    assert.match(scripted.text, /Evenings <\/script><script>window\.__clwPwned=9<\/script>/, 'shown as text');
    assert.equal(byTag(page, 'care-questionnaire').attributes['cta-href'], undefined);
    assert.equal(byTag(page, 'care-questionnaire').attributes.persist, undefined, 'persist takes only "session"');
    const term = byTag(page, 'care-term');
    assert.doesNotMatch(page.html, /<care-term[^>]*>[^<]*<script/);
    assert.equal(term.attributes.term, undefined);

    const editor = await comparisonForEditors('clw-hostile-shortcodes', '#broken-json');
    assert.equal(editor.config, '{"edition": 3,', 'people who can edit the page get the JSON as written');
    assert.match(editor.error, /not valid JSON/);
    assert.ok(
      editor.consoleErrors.some((text) =>
        /^care-level-widgets: <care-comparison> shows what to fix instead of the comparison/.test(text),
      ),
      editor.consoleErrors.join('\n'),
    );
  });

  test('a glossary term marked with the editor’s format reaches visitors as a working <care-term>', async (t) => {
    if (skip(t)) return;
    const page = await visit('clw-term-format');
    const term = byTag(page, 'care-term');
    assert.deepEqual(term.attributes, { term: 'iop' });
    assert.match(page.html, /Our <care-term term="iop">IOP<\/care-term> meets/, 'kses keeps the element');
    assert.ok(term.parts.length > 0, 'the element rendered');
  });

  test('a page with only the banner block loads only the banner’s code', async (t) => {
    if (skip(t)) return;
    const { page, seen, close } = await openPage();
    try {
      await page.goto(`${site.url}/?pagename=clw-banner-only`, { waitUntil: 'load' });
      await page.waitForFunction(() => customElements.get('care-crisis-banner') && document.querySelector('care-crisis-banner').shadowRoot);
      const chunkFolder = `${new URL(site.url).origin}/wp-content/plugins/care-level-widgets/assets/chunks/`;
      const fetchedChunks = seen.requests
        .filter((url) => url.startsWith(chunkFolder))
        .map((url) => url.slice(chunkFolder.length))
        .sort();
      const filesOf = JSON.parse(readFileSync(join(root, 'dist/chunks/files.json'), 'utf8'));
      assert.deepEqual(fetchedChunks, [...filesOf['care-crisis-banner']].sort());
      assert.equal(await page.evaluate(() => customElements.get('care-questionnaire')), undefined);
    } finally {
      await close();
    }
  });

  test('the script and stylesheet load only on pages with a widget', async (t) => {
    if (skip(t)) return;
    const { page, seen, close } = await openPage();
    try {
      await page.goto(`${site.url}/?pagename=sample-page`, { waitUntil: 'load' });
      assert.match(await page.title(), /Sample Page/);
      assert.deepEqual(
        seen.requests.filter((url) => url.includes('care-level-widgets')),
        [],
      );
      assert.deepEqual(seen.errors, []);
    } finally {
      await close();
    }
  });

  /** The configuration as WordPress stores it, read by the must-use plugin. */
  async function savedConfig(page) {
    const response = await page.goto(`${site.url}/?clw_test_option=1`);
    return JSON.parse((await response.json()).option);
  }

  const settingsUrl = () => `${site.url}/wp-admin/options-general.php?page=care-level-widgets`;
  const setField = (page, id, value) => page.$eval(`#care-level-widgets-${id}`, (input, text) => (input.value = text), value);
  const fieldValue = (page, id) => page.$eval(`#care-level-widgets-${id}`, (input) => input.value);
  /** What axe finds wrong on the settings page. */
  async function settingsViolations(page) {
    await page.addScriptTag({ content: readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8') });
    return page.evaluate(async () =>
      (await window.axe.run(document.querySelector('.wrap'))).violations.map((violation) => violation.id),
    );
  }
  async function save(page) {
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);
    return page.$$eval('.notice, .settings-error', (nodes) => nodes.map((node) => node.textContent.trim()).join('\n'));
  }

  test('Settings → Levels of care shows the saved settings, in both languages, and Save keeps every key', async (t) => {
    if (skip(t)) return;
    const { page, seen, close } = await openPage({ loggedIn: true });
    try {
      await page.goto(settingsUrl(), { waitUntil: 'load' });
      assert.equal(await page.$eval('h1', (h1) => h1.textContent.trim()), 'Levels of care');
      assert.equal(await fieldValue(page, 'phone'), '+1-555-0100');
      assert.equal(await fieldValue(page, 'iop-hours'), 'Three evenings a week, 6 to 9 pm');
      assert.equal(await fieldValue(page, 'iop-hours-es'), '', 'one text for both languages');
      assert.equal(await fieldValue(page, 'php-hours'), 'Weekdays, 9 am to 3 pm');
      assert.equal(await fieldValue(page, 'php-hours-es'), 'Entre semana, de 9 a 15 h');
      assert.equal(await fieldValue(page, 'label-es'), 'Empiece su admisión');
      assert.equal(await page.$eval('label[for="care-level-widgets-php-hours-es"]', (label) => label.textContent), 'Hours in Spanish');
      assert.equal(await page.$eval('#care-level-widgets-php-hours-es', (input) => input.lang), 'es');
      assert.deepEqual(
        await page.$$eval('input[name="care_level_widgets_config[levels][]"]:checked', (inputs) =>
          inputs.map((input) => input.value),
        ),
        ['php', 'iop', 'outpatient'],
      );
      assert.ok(await page.$('input[name="_wpnonce"]'), 'the Settings API nonce');
      assert.deepEqual(await settingsViolations(page), [], 'axe on the settings page');
      if (process.env.WORDPRESS_SETTINGS_SCREENSHOT) {
        await page.setViewport({ width: 1280, height: 1500 });
        await page.screenshot({ path: resolve(root, process.env.WORDPRESS_SETTINGS_SCREENSHOT) });
      }

      assert.match(await save(page), /Settings saved/);
      assert.deepEqual(await savedConfig(page), siteConfig, 'Save on an unchanged page changes nothing');
      assert.deepEqual(seen.errors, []);
    } finally {
      await close();
    }
  });

  test('a refused save keeps every edit in the form, with each mistake beside its field, named as people see it', async (t) => {
    if (skip(t)) return;
    const { page, seen, close } = await openPage({ loggedIn: true });
    try {
      await page.goto(settingsUrl(), { waitUntil: 'load' });
      await setField(page, 'phone', 'call us');
      await setField(page, 'url', 'javascript:alert(1)');
      await setField(page, 'inpatient-notes', 'Not offered, but noted');
      await setField(page, 'iop-length', 'Usually 8 to 12 weeks');
      await setField(page, 'iop-hours-es', 'Tres tardes por semana, de 18 a 21 h');
      const notices = await save(page);
      assert.match(notices, /Nothing was saved: fix what is marked below\. Your changes are still in the form\./);
      assert.match(notices, /Phone: Expected a phone number: at least 3 digits/);
      assert.match(notices, /Intake link: "javascript:" links are not allowed/);
      assert.match(notices, /Inpatient \(residential\): Expected a level listed in levels \(php, iop, outpatient\)/);
      assert.doesNotMatch(notices, /contact\.phone|programs\.inpatient/, 'no configuration paths');
      assert.deepEqual(
        [
          await fieldValue(page, 'phone'),
          await fieldValue(page, 'url'),
          await fieldValue(page, 'inpatient-notes'),
          await fieldValue(page, 'iop-length'),
          await fieldValue(page, 'iop-hours-es'),
        ],
        ['call us', 'javascript:alert(1)', 'Not offered, but noted', 'Usually 8 to 12 weeks', 'Tres tardes por semana, de 18 a 21 h'],
      );
      const phone = await page.$eval('#care-level-widgets-phone', (input) => ({
        invalid: input.getAttribute('aria-invalid'),
        description: input
          .getAttribute('aria-describedby')
          .split(' ')
          .map((id) => document.getElementById(id).textContent)
          .join(' | '),
      }));
      assert.equal(phone.invalid, 'true');
      assert.match(phone.description, /^Expected a phone number: at least 3 digits.*"call us"\. \| As people dial it/);
      assert.match(
        await page.$eval('#care-level-widgets-inpatient-hours-error', (node) => node.textContent),
        /Expected a level listed in levels/,
      );
      assert.deepEqual(await settingsViolations(page), [], 'axe on the page with its errors');
      assert.deepEqual(await savedConfig(page), siteConfig, 'the saved settings stay');

      await page.goto(settingsUrl(), { waitUntil: 'load' });
      assert.equal(await fieldValue(page, 'phone'), '+1-555-0100', 'a later visit shows the saved settings again');
      assert.deepEqual(seen.errors, []);
    } finally {
      await close();
    }
  });

  test('Save stores links through sanitize_url and text as typed, in both languages, and keeps what the form does not show', async (t) => {
    if (skip(t)) return;
    const { page, seen, close } = await openPage({ loggedIn: true });
    try {
      await page.goto(settingsUrl(), { waitUntil: 'load' });
      await setField(page, 'phone', '+1 (555) 010-0123');
      await setField(page, 'url', 'https://example.org/our%20programs?from=widget');
      await setField(page, 'outpatient-notes', 'Ages < 18 & "families", weekly');
      await setField(page, 'iop-length', 'Usually 8 to 12 weeks');
      await setField(page, 'iop-hours-es', 'Tres tardes por semana, de 18 a 21 h');
      await setField(page, 'label-es', '');
      assert.match(await save(page), /Settings saved/);
      const saved = await savedConfig(page);
      assert.deepEqual(saved, {
        ...siteConfig,
        contact: { phone: '+1 (555) 010-0123', url: 'https://example.org/our%20programs?from=widget', label: 'Start your intake' },
        programs: {
          ...siteConfig.programs,
          iop: {
            hours: { en: 'Three evenings a week, 6 to 9 pm', es: 'Tres tardes por semana, de 18 a 21 h' },
            length: 'Usually 8 to 12 weeks',
            notes: 'Groups in English & Spanish',
          },
          outpatient: { notes: 'Ages < 18 & "families", weekly' },
        },
      });
      assert.deepEqual(seen.errors, []);

      const visitor = await visit('clw-shortcodes');
      const comparison = byTag(visitor, 'care-comparison');
      assert.deepEqual(JSON.parse(comparison.config), saved, 'the saved settings reach the elements');
      assert.match(comparison.text, /Ages < 18 & "families", weekly/, 'shown as typed, not as &lt;');
      assert.match(comparison.text, /Usually 8 to 12 weeks/);
    } finally {
      await close();
    }
  });

  test('the plugin’s row links to its settings, and the privacy policy guide has its text', async (t) => {
    if (skip(t)) return;
    const { page, close } = await openPage({ loggedIn: true });
    try {
      await page.goto(`${site.url}/wp-admin/plugins.php`, { waitUntil: 'load' });
      const link = await page.$eval('tr[data-plugin="care-level-widgets/care-level-widgets.php"] .row-actions a', (a) => ({
        text: a.textContent,
        href: a.href,
      }));
      assert.deepEqual(link, { text: 'Settings', href: `${settingsUrl()}` });
      await page.goto(`${site.url}/wp-admin/options-privacy.php?tab=policyguide`, { waitUntil: 'load' });
      const guide = await page.$eval('#wpbody-content', (node) => node.textContent.replace(/\s+/g, ' '));
      assert.match(guide, /Care Level Widgets/);
      assert.match(guide, /They collect no personal data, send nothing to this site or to anyone else, and set no cookies\./);
    } finally {
      await close();
    }
  });

  test('the block editor shows the sidebar and a live preview of the element', async (t) => {
    if (skip(t)) return;
    const { page, seen, close } = await openPage({ loggedIn: true });
    try {
      await page.setViewport({ width: 1600, height: 1000 });
      await page.goto(`${site.url}/wp-admin/post-new.php?post_type=page`, { waitUntil: 'load' });
      await page.waitForFunction(
        () =>
          window.wp?.data?.select('core/block-editor') &&
          window.wp.blocks.getBlockType('care-level-widgets/comparison'),
        { timeout: 30_000 },
      );
      await page.evaluate(() => {
        const { dispatch } = window.wp.data;
        dispatch('core/editor').editPost({ title: 'Our levels of care' });
        const block = window.wp.blocks.createBlock('care-level-widgets/comparison', {
          highlight: 'iop',
          levels: 'php iop outpatient',
          layout: 'table',
          elementId: 'levels-table',
          align: 'wide',
        });
        dispatch('core/block-editor').insertBlocks(block);
        dispatch('core/block-editor').selectBlock(block.clientId);
        dispatch('core/edit-post').openGeneralSidebar?.('edit-post/block');
      });
      const frame = await (
        await page.waitForSelector('iframe[name="editor-canvas"]', { timeout: 60_000 })
      ).contentFrame();
      await frame.waitForFunction(
        () => {
          const element = document.querySelector('care-comparison');
          return element?.shadowRoot?.querySelector('[part~="table"]') && customElements.get('care-comparison');
        },
        // Playground serves one request at a time: the canvas gets the script after the editor's own.
        { timeout: 90_000, polling: 500 },
      );
      const preview = await frame.$eval('care-comparison', (element) => ({
        highlight: element.getAttribute('highlight'),
        headers: element.shadowRoot.querySelectorAll('[part~="header"]').length,
      }));
      assert.deepEqual(preview, { highlight: 'iop', headers: 3 });
      const sidebar = await page.$eval('.interface-complementary-area, .editor-sidebar', (node) => node.textContent);
      for (const label of [
        'Highlight as “Our program”',
        'Levels, in order',
        'Rows, in order',
        'ASAM level numbers',
        'Language',
      ]) {
        assert.ok(sidebar.includes(label), `the sidebar has "${label}"`);
      }
      // What a token shows (its accessible text adds "(1 of 3)").
      const levelTokens = await page.$$eval(
        '.care-level-widgets-tokens .components-form-token-field__token-text [aria-hidden="true"]',
        (nodes) => nodes.map((node) => node.textContent.trim()),
      );
      assert.deepEqual(
        levelTokens.slice(0, 3),
        ['Partial hospitalization (PHP)', 'Intensive outpatient (IOP)', 'Outpatient'],
        'the levels picker shows names, not ids',
      );
      const term = await page.evaluate(() => {
        const format = window.wp.data.select('core/rich-text').getFormatType('care-level-widgets/term');
        const [paragraph] = window.wp.blocks.rawHandler({ HTML: '<p>Our <care-term term="iop">IOP</care-term> meets weekly.</p>' });
        return { tagName: format?.tagName, title: format?.title, saved: window.wp.blocks.serialize(paragraph) };
      });
      assert.equal(term.tagName, 'care-term');
      assert.equal(term.title, 'Glossary term');
      assert.match(term.saved, /<p>Our <care-term term="iop">IOP<\/care-term> meets weekly\.<\/p>/, 'the format survives the editor');
      if (process.env.WORDPRESS_SCREENSHOT) {
        await page.evaluate(() => document.activeElement?.blur());
        await new Promise((resolveWait) => setTimeout(resolveWait, 500));
        await page.screenshot({ path: resolve(root, process.env.WORDPRESS_SCREENSHOT) });
      }
      assert.deepEqual(
        seen.errors.filter((text) => !/Failed to load resource.*favicon/.test(text)),
        [],
      );
    } finally {
      await close();
    }
  });

  test('uninstall.php removes the saved settings', async (t) => {
    if (skip(t)) return;
    const { page, close } = await openPage({ loggedIn: true });
    try {
      const response = await page.goto(`${site.url}/?clw_test_uninstall=1`);
      const { before: saved, after: left } = await response.json();
      assert.equal(typeof saved, 'string', 'settings were saved before');
      assert.equal(left, null);
    } finally {
      await close();
    }
  });
});
