import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

test('dist/integrity.json holds the sha384 Subresource Integrity hash of each file a page loads', () => {
  const integrity = JSON.parse(readFileSync(new URL('../../dist/integrity.json', import.meta.url), 'utf8'));
  assert.deepEqual(Object.keys(integrity).sort(), [
    'care-level-widgets-hydrate.full.js',
    'care-level-widgets-hydrate.js',
    'care-level-widgets.css',
    'care-level-widgets.js',
    'care-level-widgets.standalone.js',
  ]);
  for (const [file, hash] of Object.entries(integrity)) {
    const content = readFileSync(new URL(`../../dist/${file}`, import.meta.url));
    assert.equal(hash, `sha384-${createHash('sha384').update(content).digest('base64')}`, file);
  }
  assert.equal(packageJson.exports['./integrity.json'], './dist/integrity.json');
});

test('the package carries an MIT LICENSE file, as package.json and the README say', () => {
  const license = readFileSync(new URL('../../LICENSE', import.meta.url), 'utf8');
  assert.equal(packageJson.license, 'MIT');
  assert.match(license, /^MIT License\n/);
  assert.match(license, /Permission is hereby granted, free of charge/);
});

test('the changelog\'s newest entry is the version package.json gives', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const changelog = readme.slice(readme.indexOf('\n## Changelog\n'));
  const newest = changelog.match(/^### (\S+)/m)?.[1];
  assert.equal(newest, packageJson.version);
});

test('the documents cite no file that is neither in the repository nor in the package', () => {
  const root = new URL('../../', import.meta.url);
  const documents = ['README.md', ...readdirSync(new URL('docs/', root)).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
  for (const document of documents) {
    const text = readFileSync(new URL(document, root), 'utf8');
    for (const [name] of text.matchAll(/\b[\w-]+\.md\b/g)) {
      const candidates = [name, `docs/${name}`, `stories/docs/${name}`];
      assert.ok(
        candidates.some((candidate) => existsSync(new URL(candidate, root))),
        `${document} cites ${name}, which is not in the repository`,
      );
    }
  }
});
