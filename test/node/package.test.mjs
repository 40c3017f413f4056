import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
