/** The CSS custom properties the manifest documents for each element are the ones its styles really read. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const theme = readFileSync('src/internal/theme.styles.ts', 'utf8');
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.tagName).map((declaration) => ({ module, declaration })),
);

test('every element documents the font properties its host reads, --care-font-size included', () => {
  for (const { declaration } of elements) {
    const names = declaration.cssProperties.map((property) => property.name);
    assert.ok(names.includes('--care-font-size'), declaration.tagName);
    assert.ok(names.includes('--care-font-family'), declaration.tagName);
  }
});

test('every documented property is read by the theme or the element’s own styles, with a description and default', () => {
  for (const { module, declaration } of elements) {
    const styles = readFileSync(module.path.replace(/^dist\//, 'src/').replace(/\.js$/, '.styles.ts'), 'utf8');
    for (const property of declaration.cssProperties) {
      assert.ok(theme.includes(property.name) || styles.includes(property.name), `${declaration.tagName} ${property.name}`);
      assert.match(property.description, /\S/, `${declaration.tagName} ${property.name}`);
      assert.ok(property.default, `${declaration.tagName} ${property.name}`);
    }
  }
});

test('an element documents no colour it never uses: the crisis banner has no accent colour', () => {
  const banner = elements.find(({ declaration }) => declaration.tagName === 'care-crisis-banner').declaration;
  assert.ok(!banner.cssProperties.some((property) => property.name === '--care-color-accent'));
  const comparison = elements.find(({ declaration }) => declaration.tagName === 'care-comparison').declaration;
  assert.ok(comparison.cssProperties.some((property) => property.name === '--care-comparison-highlight'));
});
