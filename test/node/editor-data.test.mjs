/** The editor autocompletion files name every element, attribute and event the manifest documents. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
const manifest = read('dist/custom-elements.json');
const vscode = read('dist/vscode.html-custom-data.json');
const webTypes = read('dist/web-types.json');
const packageJson = read('package.json');

const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);

test('the manifest documents the four elements', () => {
  assert.deepEqual(elements.map((element) => element.tagName).sort(), [
    'care-comparison',
    'care-crisis-banner',
    'care-questionnaire',
    'care-term',
  ]);
});

test('VS Code custom data has every element and attribute, with the values an attribute accepts', () => {
  for (const element of elements) {
    const tag = vscode.tags.find((candidate) => candidate.name === element.tagName);
    assert.ok(tag, element.tagName);
    assert.match(tag.description, /\S/);
    for (const attribute of element.attributes ?? []) {
      assert.ok(tag.attributes.some((candidate) => candidate.name === attribute.name), `${element.tagName} ${attribute.name}`);
    }
  }
  const banner = vscode.tags.find((tag) => tag.name === 'care-crisis-banner');
  assert.deepEqual(banner.attributes.find((attribute) => attribute.name === 'variant').values, [{ name: 'full' }, { name: 'compact' }]);
});

test('JetBrains web-types has every element, attribute and event', () => {
  for (const element of elements) {
    const entry = webTypes.contributions.html.elements.find((candidate) => candidate.name === element.tagName);
    assert.ok(entry, element.tagName);
    for (const attribute of element.attributes ?? []) {
      assert.ok(entry.attributes.some((candidate) => candidate.name === attribute.name), `${element.tagName} ${attribute.name}`);
    }
    for (const event of element.events ?? []) {
      assert.ok(entry.events.some((candidate) => candidate.name === event.name), `${element.tagName} ${event.name}`);
    }
  }
  assert.equal(webTypes.version, packageJson.version);
});

test('package.json points editors at both files', () => {
  assert.equal(packageJson['web-types'], './dist/web-types.json');
  assert.equal(packageJson.exports['./vscode.html-custom-data.json'], './dist/vscode.html-custom-data.json');
  assert.ok(packageJson.files.includes('dist/'));
});
