/** The CSS custom properties the manifest documents for each element are the ones its styles really read. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { colorTokens } from '../../dist/internal/theme.styles.js';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const theme = readFileSync('src/internal/theme.styles.ts', 'utf8');
/** The colour properties theme.styles.ts builds from its token list, light and dark. */
const themeColors = new Set(colorTokens.flatMap(({ name }) => [`--care-color-${name}`, `--care-color-${name}-dark`]));
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
      assert.ok(themeColors.has(property.name) || theme.includes(property.name) || styles.includes(property.name), `${declaration.tagName} ${property.name}`);
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

test('every element that documents a colour documents its dark twin, with the dark default', () => {
  for (const { declaration } of elements) {
    const documented = new Map(declaration.cssProperties.map((property) => [property.name, property.default]));
    for (const { name, dark } of colorTokens) {
      if (!documented.has(`--care-color-${name}`)) continue;
      assert.equal(documented.get(`--care-color-${name}-dark`), dark, `${declaration.tagName} --care-color-${name}-dark`);
    }
  }
});
