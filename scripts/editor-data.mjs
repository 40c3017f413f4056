#!/usr/bin/env node
/**
 * Writes the editor autocompletion files from dist/custom-elements.json, so editors learn every element, attribute,
 * attribute value and event from the same JSDoc the manifest and Storybook read:
 * - dist/vscode.html-custom-data.json: VS Code's HTML custom data (the `html.customData` setting);
 * - dist/web-types.json: JetBrains web-types (package.json's `web-types` field).
 */
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));

/** The custom elements, with the path of the module that defines each. */
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName),
);

/** `'full' | 'compact'` -> ['full', 'compact']; types that are not a union of string literals give no values. */
function literalValues(typeText) {
  const parts = (typeText ?? '').split('|').map((part) => part.trim());
  const literals = parts.filter((part) => /^'[^']*'$|^"[^"]*"$/.test(part)).map((part) => part.slice(1, -1));
  return literals.length > 0 && literals.length === parts.filter((part) => part !== 'undefined').length ? literals : [];
}

/** Named aliases the manifest records by name only (for example `CrisisBannerVariant`). */
const aliases = {
  CrisisBannerVariant: ['full', 'compact'],
  CareTheme: ['light', 'dark'],
};
function valuesOf(attribute) {
  if (attribute.name === 'lang') return ['en', 'es'];
  const literals = literalValues(attribute.type?.text);
  return literals.length > 0 ? literals : (aliases[attribute.type?.text?.replace(/\s*\|\s*undefined$/, '')] ?? []);
}

const oneLine = (text) => (text ?? '').replace(/\s+/g, ' ').trim();

const vscodeData = {
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: oneLine([element.summary, element.description].filter(Boolean).join('\n\n')),
    attributes: (element.attributes ?? []).map((attribute) => {
      const values = valuesOf(attribute);
      return {
        name: attribute.name,
        description: oneLine(attribute.description),
        ...(values.length > 0 ? { values: values.map((value) => ({ name: value })) } : {}),
      };
    }),
    references: [{ name: 'README', url: `https://www.npmjs.com/package/${name}` }],
  })),
};

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name,
  version,
  'description-markup': 'markdown',
  'js-types-syntax': 'typescript',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tagName,
        description: oneLine(element.summary ?? element.description),
        attributes: (element.attributes ?? []).map((attribute) => {
          const values = valuesOf(attribute);
          return {
            name: attribute.name,
            description: oneLine(attribute.description),
            ...(attribute.default ? { default: attribute.default } : {}),
            value: values.length > 0 ? { type: 'enum', required: false } : { type: attribute.type?.text ?? 'string' },
            ...(values.length > 0 ? { values: values.map((value) => ({ name: value })) } : {}),
          };
        }),
        events: (element.events ?? []).map((event) => ({ name: event.name, description: oneLine(event.description) })),
        slots: (element.slots ?? []).map((slot) => ({ name: slot.name, description: oneLine(slot.description) })),
        'css-parts': (element.cssParts ?? []).map((part) => ({ name: part.name, description: oneLine(part.description) })),
      })),
    },
    css: {
      properties: [
        ...new Map(
          elements
            .flatMap((element) => element.cssProperties ?? [])
            .map((property) => [property.name, { name: property.name, description: oneLine(property.description) }]),
        ).values(),
      ],
    },
  },
};

writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify(vscodeData, null, 2)}\n`);
writeFileSync('dist/web-types.json', `${JSON.stringify(webTypes, null, 2)}\n`);
