// care-level-widgets/ssr and the CLI, in Node without a DOM: each element renders to declarative shadow DOM with its
// attributes, language and configuration; mistakes are refused with the configuration checker's own words.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { CareRenderError, careElementTags, hydrateScriptTag, renderElement } from 'care-level-widgets/ssr';

const shadowRoot = '<template shadowroot="open" shadowrootmode="open"';
const cli = new URL('../../bin/care-level-widgets.mjs', import.meta.url).pathname;
const workDir = mkdtempSync(join(tmpdir(), 'care-ssr-'));
const file = (name, text) => {
  const path = join(workDir, name);
  writeFileSync(path, text);
  return path;
};
const runCli = (...args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
const styleBlocks = (markup) => markup.match(/<style>/g)?.length ?? 0;

test('renders each element to declarative shadow DOM without a DOM', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  const expected = {
    'care-comparison': 'Levels of care compared',
    'care-questionnaire': 'Start',
    'care-term': 'IOP',
    'care-crisis-banner': 'Help is available right now',
  };
  assert.deepEqual([...careElementTags], Object.keys(expected));
  for (const [tag, text] of Object.entries(expected)) {
    const options = tag === 'care-term' ? { attributes: { term: 'iop' }, text: 'IOP' } : {};
    const markup = renderElement(tag, options);
    assert.ok(markup.startsWith(`<${tag}`), `${tag}: ${markup.slice(0, 80)}`);
    assert.ok(markup.endsWith(`</${tag}>`), tag);
    assert.ok(markup.includes(shadowRoot), `${tag} has no declarative shadow root`);
    assert.ok(markup.includes(text), `${tag} does not say "${text}"`);
  }
  assert.equal(typeof globalThis.document, 'undefined', 'rendering created a document');
});

test('the comparison takes its language, attributes and configuration', () => {
  const markup = renderElement('care-comparison', {
    attributes: { highlight: 'iop', lang: 'es', levels: 'php iop outpatient' },
    config: { programs: { iop: { phone: '+1-555-0100', url: 'https://example.org/iop' } } },
  });
  assert.match(markup, /^<care-comparison[^>]* lang="es"/);
  assert.ok(markup.includes('Comparación de niveles de atención'));
  assert.ok(markup.includes('href="tel:+15550100"') || markup.includes('tel:+1-555-0100'), 'no phone link');
  assert.ok(markup.includes('href="https://example.org/iop"'), 'no program link');
  assert.ok(!markup.includes('data-level="inpatient"'), 'shows a level the levels attribute leaves out');
  // The configuration travels in the markup, so the browser renders the same view when it hydrates.
  assert.match(markup, /config="\{&quot;programs&quot;/);
  // A heading level is written down: the browser cannot fit a pre-rendered heading to the page afterwards.
  assert.match(markup, /^<care-comparison[^>]* heading-level="3"/);
});

test('writes lang="en" when no language is given, so the browser cannot hydrate it in another', () => {
  assert.match(renderElement('care-crisis-banner'), /^<care-crisis-banner[^>]* lang="en"/);
  assert.match(renderElement('care-crisis-banner', { attributes: { lang: 'es' } }), /^<care-crisis-banner[^>]* lang="es"/);
});

test('nested glossary terms are rendered lean: one style block instead of eleven', () => {
  const lean = renderElement('care-comparison');
  const full = renderElement('care-comparison', { nestedTerms: 'full' });
  assert.equal(styleBlocks(lean), 1);
  assert.ok(styleBlocks(full) > 5);
  assert.match(lean, /<care-term[^>]* term="iop"[^>]* defer-hydration>/);
  assert.ok(lean.length < full.length / 2, `${lean.length} bytes against ${full.length}`);
  // layout="auto" (the default) sends the table and the cards, so it is right at any width before its script runs.
  assert.ok(gzipSync(lean).length < 11000, `${gzipSync(lean).length} bytes gzipped`);
  // A term on its own keeps its shadow root: it is the element asked for.
  assert.ok(renderElement('care-term', { attributes: { term: 'iop' }, text: 'IOP' }).includes(shadowRoot));
});

test('refuses an unknown element, a bad attribute name and a configuration with errors', () => {
  assert.throws(() => renderElement('care-table'), { name: 'CareRenderError', message: /Unknown element <care-table>: use one of care-comparison/ });
  assert.throws(() => renderElement('care-comparison', { attributes: { 'on click': 'x' } }), CareRenderError);
  assert.throws(() => renderElement('care-crisis-banner', { attributes: { config: '{}' } }), /does not take the attribute "config"/);
  assert.throws(() => renderElement('care-crisis-banner', { config: {} }), /takes no configuration/);
  assert.throws(
    () => renderElement('care-comparison', { config: { levels: ['iop', 'detox'] } }),
    (error) =>
      error instanceof CareRenderError &&
      error.errors.length === 1 &&
      error.errors[0].path === 'levels[1]' &&
      error.message.includes(error.errors[0].message),
  );
  assert.throws(() => renderElement('care-comparison', { attributes: { config: '{' } }), /not JSON/);
});

test('writes only the attributes an element documents, and id, class, aria-* and data-*: never script or style', () => {
  const refused = [
    'onmouseover',
    'onclick',
    'onfocus',
    'style',
    'srcdoc',
    'formaction',
    'href',
    'ONMOUSEOVER',
    'Lang',
    'data-X',
    '&#111;nclick',
    'on&#x63;lick',
    'data-a&quot;b',
    'aria-label"onmouseover',
    'rendered-lang',
    'defer-hydration',
  ];
  for (const tag of careElementTags) {
    for (const name of refused) {
      assert.throws(
        () => renderElement(tag, { attributes: { [name]: 'alert(document.domain)' } }),
        (error) =>
          error instanceof CareRenderError &&
          error.message.startsWith(`<${tag}> does not take the attribute ${JSON.stringify(name)}:`),
        `${tag} ${name}`,
      );
    }
  }
  const manifest = JSON.parse(readFileSync(new URL('../../dist/custom-elements.json', import.meta.url), 'utf8'));
  const documented = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
  assert.deepEqual(documented.map((element) => element.tagName).sort(), [...careElementTags].sort());
  const values = { config: '{}', 'heading-level': '3', lang: 'es', term: 'iop', persist: 'session', edition: '4' };
  for (const { tagName, attributes } of documented) {
    for (const { name } of attributes) {
      const markup = renderElement(tagName, { attributes: { [name]: values[name] ?? 'x' } });
      assert.ok(markup.includes(` ${name}="`), `${tagName} ${name}`);
    }
    const markup = renderElement(tagName, {
      attributes: { id: 'levels', class: 'wide', 'aria-describedby': 'note', 'data-track-id': '7' },
    });
    assert.match(markup, new RegExp(`^<${tagName}\\s+id="levels" class="wide" aria-describedby="note" data-track-id="7"`));
  }
});

test('escapes attribute values and text', () => {
  const markup = renderElement('care-term', { attributes: { term: 'iop', 'aria-label': '"><script>' }, text: '<b>IOP</b>' });
  assert.ok(!markup.includes('<script>') && !markup.includes('<b>'));
  assert.ok(hydrateScriptTag('/a".js').includes('src="/a&quot;.js"'));
});

test('the CLI renders each element, with the hydrate script', () => {
  for (const tag of careElementTags) {
    const args = tag === 'care-term' ? ['--attr', 'term=iop', '--text', 'IOP'] : [];
    const { status, stdout, stderr } = runCli('render', tag, ...args);
    assert.equal(status, 0, stderr);
    assert.ok(stdout.startsWith(`<${tag}`) && stdout.includes(shadowRoot), tag);
    assert.ok(stdout.endsWith(`</${tag}>\n<script src="/care-level-widgets/care-level-widgets-hydrate.js" defer></script>\n`), tag);
  }
});

test('the CLI gives a hydrate script on another site this build\'s integrity hash and crossorigin', () => {
  const integrity = JSON.parse(readFileSync(new URL('../../dist/integrity.json', import.meta.url), 'utf8'));
  const cdn = 'https://cdn.example/care-level-widgets@0.1.0/dist/care-level-widgets-hydrate.js';
  for (const src of [cdn, '//cdn.example/hydrate.js']) {
    const { status, stdout, stderr } = runCli('render', 'care-crisis-banner', '--script', src);
    assert.equal(status, 0, stderr);
    const hash = integrity['care-level-widgets-hydrate.js'];
    assert.ok(stdout.endsWith(`<script src="${src}" defer integrity="${hash}" crossorigin="anonymous"></script>\n`), stdout.slice(-200));
  }
  const ownSite = runCli('render', 'care-crisis-banner', '--script', '/js/hydrate.js');
  assert.ok(ownSite.stdout.endsWith('<script src="/js/hydrate.js" defer></script>\n'));
});

test('the hydrate script is small, and carries the full file\'s name and integrity hash, which the SRI chain covers', () => {
  const dist = (name) => readFileSync(new URL(`../../dist/${name}`, import.meta.url));
  const integrity = JSON.parse(dist('integrity.json'));
  const small = dist('care-level-widgets-hydrate.js');
  assert.ok(gzipSync(small, { level: 9 }).length < 1536, `${gzipSync(small, { level: 9 }).length} bytes gzip`);
  assert.ok(small.includes('"care-level-widgets-hydrate.full.js"'));
  // Off-site, the tag's hash covers the small script, and the small script checks the full file against this one.
  assert.ok(small.includes(`"${integrity['care-level-widgets-hydrate.full.js']}"`));
  assert.ok(dist('care-level-widgets-hydrate.full.js').length > 100_000);
});

test('the CLI reads a configuration file and a language', () => {
  const config = file('center.json', JSON.stringify({ $schema: './schema.json', programs: { iop: { phone: '+1-555-0100' } } }));
  const { status, stdout, stderr } = runCli('render', 'care-comparison', '--config', config, '--lang', 'es', '--attr', 'highlight=iop', '--script', '/hydrate.js');
  assert.equal(status, 0, stderr);
  assert.ok(stdout.endsWith('</care-comparison>\n<script src="/hydrate.js" defer></script>\n'));
  assert.ok(stdout.includes('Comparación de niveles de atención'));
  assert.ok(stdout.includes('555-0100'));
  assert.match(stdout, /highlight="iop"/);
  const bare = runCli('render', 'care-crisis-banner', '--no-script');
  assert.ok(bare.stdout.startsWith('<care-crisis-banner') && !bare.stdout.includes('<script'));
});

test('the CLI explains what is wrong, and writes nothing', () => {
  const cases = [
    [['render', 'care-table'], /Unknown element "care-table": use one of care-comparison, care-questionnaire, care-term, care-crisis-banner/],
    [['render', 'care-comparison', '--config', join(workDir, 'missing.json')], /Cannot read the configuration file .*missing\.json: there is no such file/],
    [['render', 'care-comparison', '--config', file('broken.json', '{"levels": [')], /broken\.json is not JSON/],
    [['render', 'care-comparison', '--config', file('detox.json', '{"levels": ["detox"]}')], /detox\.json\) has 1 problem\(s\):\n {2}levels\[0\]: expected one of inpatient, php, iop, outpatient, but found "detox"/],
    [['render', 'care-comparison', '--lang', 'fr'], /use en or es/],
    [['render', 'care-comparison', '--attr', 'highlight'], /not name=value/],
    [['render', 'care-crisis-banner', '--attr', 'onmouseover=alert(document.domain)', '--no-script'], /does not take the attribute "onmouseover"/],
    [['render', 'care-comparison', '--colour', 'red'], /Unknown option '--colour'/],
    [['draw', 'care-comparison'], /Unknown command "draw"/],
  ];
  for (const [args, message] of cases) {
    const { status, stdout, stderr } = runCli(...args);
    assert.equal(status, 1, args.join(' '));
    assert.equal(stdout, '', args.join(' '));
    assert.match(stderr, message);
  }
});

test('the CLI has --help', () => {
  const { status, stdout } = runCli('--help');
  assert.equal(status, 0);
  assert.match(stdout, /^Usage: care-level-widgets render <element>/);
  for (const option of ['--config', '--lang', '--attr', '--text', '--script', '--no-script']) assert.ok(stdout.includes(option), option);
});

test('importing care-level-widgets/ssr leaves globalThis.customElements defined, holding the elements, as the README says', () => {
  const script = `
    const before = typeof globalThis.customElements;
    await import('care-level-widgets/ssr');
    console.log(JSON.stringify([before, typeof globalThis.customElements, Boolean(customElements.get('care-comparison'))]));`;
  const { stdout, stderr } = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.deepEqual(JSON.parse(stdout), ['undefined', 'object', true], stderr);
});
