import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

test('care-level-widgets/data imports in Node, where there is no DOM', async () => {
  assert.equal(typeof globalThis.document, 'undefined');
  const data = await import('care-level-widgets/data');
  assert.deepEqual([...data.levelIds], ['inpatient', 'php', 'iop', 'outpatient']);
});

test('the exported version matches package.json', async () => {
  const { version } = await import('care-level-widgets');
  assert.equal(version, packageJson.version);
});

test('the custom elements manifest describes every element, with paths in dist/', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../dist/custom-elements.json', import.meta.url), 'utf8'));
  const tags = manifest.modules.flatMap((module) => module.declarations ?? []).map((declaration) => declaration.tagName);
  for (const tag of ['care-comparison', 'care-questionnaire', 'care-term', 'care-crisis-banner']) {
    assert.ok(tags.includes(tag), `${tag} is missing from the manifest`);
  }
  for (const module of manifest.modules) assert.match(module.path, /^dist\/.*\.js$/);
});

test('the built element styles carry no comments and no line breaks, and their declarations survive', async () => {
  const components = readdirSync(new URL('../../dist/components/', import.meta.url));
  const stylesFiles = [
    'dist/internal/theme.styles.js',
    ...components.map((name) => `dist/components/${name}/${name}.styles.js`),
  ];
  for (const file of stylesFiles) {
    const code = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    const templates = [...code.matchAll(/\bcss\s*`([^`]*)`/g)].map((match) => match[1]);
    assert.ok(templates.length > 0, `${file} has no css template`);
    for (const template of templates) {
      assert.ok(!template.includes('/*'), `${file} still has a CSS comment`);
      assert.ok(!template.includes('\n'), `${file} still has line breaks`);
    }
  }
  const comparisonStyles = new URL('../../dist/components/comparison/comparison.styles.js', import.meta.url);
  const comparison = readFileSync(comparisonStyles, 'utf8');
  assert.match(comparison, /:host\{display:block;container-type:inline-size;/);
  assert.match(comparison, /@media \(forced-colors:active\)/);
});
