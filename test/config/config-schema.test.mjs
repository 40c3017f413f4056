/**
 * dist/care-config.schema.json, the JSON Schema editors use for a configuration file: published, described, in step
 * with `CareConfigInput`, and agreeing with `validateConfig` on good and bad configurations.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import ts from 'typescript';
import { levelIds, validateConfig } from '../../dist/data.js';

const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
const schemaPath = 'dist/care-config.schema.json';
const schema = read(schemaPath);
const packageJson = read('package.json');

/** The Ajv already in node_modules (a dependency of the tooling), when there is one. */
const Ajv = await import('ajv').then(
  (module) => module.default,
  () => undefined,
);
const validateWithSchema = Ajv ? new Ajv({ allErrors: true }).compile(schema) : undefined;

/** The keys of a configuration type as the published declarations (dist/data.d.ts) give it to a center's TypeScript. */
const publishedTypes = (() => {
  const program = ts.createProgram(['dist/data.d.ts'], { noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile('dist/data.d.ts')));
  return { checker, exports };
})();

function interfaceKeys(name) {
  const { checker, exports } = publishedTypes;
  const symbol = exports.find((exported) => exported.name === name);
  assert.ok(symbol, `type ${name} in dist/data.d.ts`);
  const type = checker.getDeclaredTypeOfSymbol(symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
  return checker.getPropertiesOfType(type).map((property) => property.name).sort();
}

const keysOf = (objectSchema) => Object.keys(objectSchema.properties).sort();

test('package.json exports ./care-config.schema.json, and the file is a draft-07 schema', () => {
  assert.equal(packageJson.exports['./care-config.schema.json'], './dist/care-config.schema.json');
  assert.ok(existsSync(schemaPath));
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  assert.equal(schema.$id, `https://unpkg.com/care-level-widgets@${packageJson.version}/dist/care-config.schema.json`);
  assert.equal(schema.type, 'object');
  assert.equal(schema.additionalProperties, false);
});

test('it describes every key of CareConfigInput and of each part, and no other', () => {
  assert.deepEqual(
    keysOf(schema).filter((key) => key !== '$schema'),
    interfaceKeys('CareConfigInput'),
  );
  const { programs, contact, extraRows } = schema.properties;
  assert.deepEqual(keysOf(programs), [...levelIds].sort());
  for (const id of levelIds) assert.deepEqual(keysOf(programs.properties[id]), interfaceKeys('CenterProgramInput'));
  assert.deepEqual(keysOf(contact), interfaceKeys('CenterContactInput'));
  assert.deepEqual(keysOf(extraRows.items), interfaceKeys('CenterRowInput'));
  assert.deepEqual(extraRows.items.required, ['id', 'label', 'cells']);
  assert.deepEqual(keysOf(extraRows.items.properties.cells), [...levelIds].sort());
  assert.deepEqual(schema.properties.levels.items.enum, [...levelIds]);
  assert.deepEqual(schema.properties.edition.enum, [3, 4]);
});

test('every property has a description, and localized text is a string or { en, es }', () => {
  const undescribed = [];
  const walk = (node, path) => {
    if (!node || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      if (typeof child.description !== 'string' || child.description.trim() === '') undescribed.push(`${path}.${key}`);
      walk(child, `${path}.${key}`);
    }
    if (node.items) walk(node.items, `${path}[]`);
    for (const option of node.anyOf ?? []) walk(option, path);
  };
  walk(schema, '(root)');
  assert.deepEqual(undescribed, []);
  const hours = schema.properties.programs.properties.iop.properties.hours;
  assert.deepEqual(
    hours.anyOf.map((option) => option.type),
    ['string', 'object'],
  );
  assert.deepEqual(hours.anyOf[1].required, ['en', 'es']);
  assert.equal(hours.anyOf[1].additionalProperties, false);
});

const good = {
  'an empty configuration': {},
  'the README example, with $schema': {
    $schema: './node_modules/care-level-widgets/dist/care-config.schema.json',
    levels: ['php', 'iop', 'outpatient'],
    edition: 3,
    programs: {
      iop: { phone: '+1-555-0100', hours: 'Three evenings a week, 6 to 9 pm', url: 'https://example.org/iop' },
    },
  },
  'every key': {
    levels: ['outpatient', 'iop'],
    edition: 4,
    programs: {
      iop: {
        hours: { en: 'Evenings', es: 'Por la tarde' },
        length: '8 weeks',
        insurance: 'Most plans',
        notes: 'Childcare on site',
        phone: '(555) 010-0199',
        url: '/iop',
        label: 'Our IOP',
      },
    },
    contact: { phone: '555.010.0100', url: 'mailto:intake@example.org', label: { en: 'Email us', es: 'Escríbanos' } },
    extraRows: [{ id: 'languages', label: 'Languages', cells: { iop: 'English, Spanish', outpatient: 'English' } }],
  },
};

const bad = {
  'an unknown key': { level: ['iop'] },
  'an unknown level': { levels: ['detox'] },
  'no levels': { levels: [] },
  'a level twice': { levels: ['iop', 'iop'] },
  'edition 5': { edition: 5 },
  'edition as a string': { edition: '4' },
  'a program for an unknown level': { programs: { residential: {} } },
  'an unknown program key': { programs: { iop: { hourz: 'x' } } },
  'a missing translation': { programs: { iop: { hours: { en: 'Evenings' } } } },
  'a third language': { contact: { label: { en: 'a', es: 'b', fr: 'c' } } },
  'blank text': { programs: { iop: { notes: '   ' } } },
  'text over the limit': { programs: { iop: { notes: 'x'.repeat(501) } } },
  'a label over the limit': { contact: { label: 'x'.repeat(81) } },
  'a phone with words': { contact: { phone: 'call us' } },
  'a phone with two digits': { contact: { phone: '12' } },
  'a javascript: link': { contact: { url: 'javascript:alert(1)' } },
  'a tel: link in url': { programs: { iop: { url: 'tel:5550100' } } },
  'a row id with spaces': { extraRows: [{ id: 'Has Space', label: 'A', cells: { iop: 'x' } }] },
  'a built-in row id': { extraRows: [{ id: 'hours', label: 'A', cells: { iop: 'x' } }] },
  'a row without a label': { extraRows: [{ id: 'x', cells: { iop: 'y' } }] },
  'a row with no cells': { extraRows: [{ id: 'x', label: 'X', cells: {} }] },
  'too many rows': {
    extraRows: Array.from({ length: 201 }, (_, index) => ({ id: `r${index}`, label: 'R', cells: { iop: 'x' } })),
  },
};

test(
  'good configurations pass both the schema and validateConfig',
  { skip: !validateWithSchema && 'no Ajv installed' },
  () => {
    for (const [name, config] of Object.entries(good)) {
      assert.equal(validateWithSchema(config), true, `${name}: ${JSON.stringify(validateWithSchema.errors)}`);
      assert.equal(validateConfig(config).ok, true, name);
    }
  },
);

test(
  'bad configurations fail both the schema and validateConfig',
  { skip: !validateWithSchema && 'no Ajv installed' },
  () => {
    for (const [name, config] of Object.entries(bad)) {
      assert.equal(validateWithSchema(config), false, name);
      assert.equal(validateConfig(config).ok, false, name);
    }
  },
);

test('the schema’s URL pattern agrees with validateConfig on links people write', () => {
  const pattern = new RegExp(schema.properties.contact.properties.url.pattern);
  const urls = [
    'https://example.org/intake',
    'HTTP://EXAMPLE.ORG',
    'mailto:intake@example.org',
    '/intake',
    'intake.html#form',
    '?step=2',
    '#contact',
    '../programs/iop',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:msgbox(1)',
    'tel:5550100',
    'ftp://example.org',
    'file:///etc/passwd',
  ];
  for (const url of urls) {
    assert.equal(pattern.test(url), validateConfig({ contact: { url } }).ok, JSON.stringify(url));
  }
});

test('the schema’s phone and row id patterns agree with validateConfig', () => {
  const phone = new RegExp(schema.properties.contact.properties.phone.pattern);
  for (const value of ['+1 (555) 010-0199', '555.010.0100', '911', '12', 'call us', '555-0100 ext. 2', '<script>']) {
    assert.equal(phone.test(value), validateConfig({ contact: { phone: value } }).ok, value);
  }
  const rowId = schema.properties.extraRows.items.properties.id;
  for (const id of ['languages', 'x-2', '9am', 'Has Space', '-x', 'hours', 'sleeps']) {
    const schemaOk = new RegExp(rowId.pattern).test(id) && !rowId.not.enum.includes(id);
    assert.equal(schemaOk, validateConfig({ extraRows: [{ id, label: 'L', cells: { iop: 'x' } }] }).ok, id);
  }
});
