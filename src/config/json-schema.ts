/**
 * Turns `configSchema` into the JSON Schema (draft-07) published as `dist/care-config.schema.json`, so an editor can
 * complete and check a configuration file. Run at build time (scripts/config-schema.mjs); the widgets never load it.
 *
 * Where a rule cannot be said in JSON Schema (an extra row's id used twice, a program for a level `levels` leaves
 * out, a URL's scheme after the browser's own clean-up), the schema is close and `validateConfig` has the last word.
 */
import { levels } from '../data/levels.js';
import { levelIds } from '../data/level-id.js';
import { configDescriptions } from './descriptions.js';
import { configSchema, configUrlPattern, phonePattern, reservedRowIds, rowIdPattern, type SchemaNode } from './schema.js';

type JsonSchema = { [keyword: string]: unknown };

/** Text that is not only spaces. */
const notBlank = '\\S';

/** A configuration `url`, with the spaces around it that `validateConfig` trims. */
const configUrlJsonPattern = configUrlPattern.source.replace(/^\^/, '^\\s*').replace(/\$$/, '\\s*$');

function describe(path: string, used: Set<string>): string {
  const description = configDescriptions[path];
  if (description === undefined)
    throw new Error(`care-config.schema.json: no description for "${path}" in descriptions.ts`);
  used.add(path);
  return description;
}

function textSchema(maxLength: number): JsonSchema {
  const string = { type: 'string', minLength: 1, maxLength, pattern: notBlank };
  return {
    anyOf: [
      { ...string, description: `The same text in English and Spanish, at most ${maxLength} characters.` },
      {
        type: 'object',
        description: 'The text in each language.',
        properties: {
          en: { ...string, description: `The English text, at most ${maxLength} characters.` },
          es: { ...string, description: `The Spanish text, at most ${maxLength} characters.` },
        },
        required: ['en', 'es'],
        additionalProperties: false,
      },
    ],
  };
}

function nodeSchema(node: SchemaNode, path: string, used: Set<string>): JsonSchema {
  const description = describe(path, used);
  switch (node.kind) {
    case 'text':
      return { description, ...textSchema(node.maxLength) };
    case 'string': {
      const pattern =
        node.format === 'url' ? configUrlJsonPattern : node.format === 'phone' ? phonePattern.source : rowIdPattern.source;
      return {
        description,
        type: 'string',
        minLength: 1,
        maxLength: node.maxLength,
        pattern,
        ...(node.format === 'row-id' ? { not: { enum: reservedRowIds } } : {}),
      };
    }
    case 'choice':
      return {
        description,
        type: node.values.every((value) => typeof value === 'number') ? 'integer' : 'string',
        enum: node.values,
      };
    case 'object': {
      const properties: JsonSchema = {};
      for (const key of node.ignored ?? []) properties[key] = { description: describe(key, used), type: 'string' };
      for (const [key, child] of Object.entries(node.properties))
        properties[key] = nodeSchema(child, path === '' ? key : `${path}.${key}`, used);
      return {
        description,
        type: 'object',
        properties,
        ...(node.required.length > 0 ? { required: node.required } : {}),
        additionalProperties: false,
      };
    }
    case 'level-map': {
      const properties: JsonSchema = {};
      for (const id of levelIds) {
        const child = nodeSchema(node.value, `${path}.*`, used);
        properties[id] = { ...child, description: `${levels[id].longName.en}. ${child.description as string}` };
      }
      return {
        description,
        type: 'object',
        properties,
        ...(node.minProperties > 0 ? { minProperties: node.minProperties } : {}),
        additionalProperties: false,
      };
    }
    case 'array':
      return {
        description,
        type: 'array',
        items: nodeSchema(node.items, `${path}[]`, used),
        ...(node.minItems > 0 ? { minItems: node.minItems } : {}),
        maxItems: node.maxItems,
        ...(node.uniqueItems ? { uniqueItems: true } : {}),
      };
  }
}

/**
 * The JSON Schema of a configuration file. `id` is the URL the schema is published at. Throws when a key lacks a
 * description or a description names no key, so the build fails instead of publishing a half-described schema.
 */
export function configJsonSchema(id: string): JsonSchema {
  const used = new Set<string>();
  const schema = nodeSchema(configSchema, '', used);
  const unused = Object.keys(configDescriptions).filter((path) => !used.has(path));
  if (unused.length > 0)
    throw new Error(`care-config.schema.json: descriptions.ts describes unknown keys: ${unused.join(', ')}`);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: id,
    title: 'care-level-widgets configuration',
    ...schema,
  };
}
