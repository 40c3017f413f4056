import assert from 'node:assert/strict';
import { test } from 'node:test';

const data = await import('../../dist/data.js');

test('the data module imports in Node, where there is no DOM', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.window, 'undefined');
  assert.deepEqual(
    data.levelList.map((level) => level.id),
    ['inpatient', 'php', 'iop', 'outpatient'],
  );
});

test('levels carry their facts with sources that exist', () => {
  assert.equal(data.levels.iop.weeklyHours.value.adults.atLeast, 9);
  assert.equal(data.levels.php.weeklyHours.value.adults.atLeast, 20);
  for (const level of data.levelList) {
    for (const id of level.insurance.sources) assert.ok(data.sources[id], `${level.id} cites ${id}`);
  }
  assert.match(data.sources['samhsa-tip47'].url, /^https:\/\/www\.ncbi\.nlm\.nih\.gov\//);
});

test('the glossary and comparison rows work in Node', () => {
  assert.equal(data.findGlossaryTerm('IOP').expansion.en, 'Intensive outpatient program');
  const rows = data.buildComparisonRows(data.defaultConfig);
  assert.deepEqual(
    rows.map((row) => row.id),
    [...data.comparisonRowIds],
  );
  assert.match(rows.find((row) => row.id === 'services').cells.iop.text.es, /A menudo también/);
});

test('validateConfig merges good input and explains bad input', () => {
  const good = data.validateConfig({ levels: ['iop', 'outpatient'], programs: { iop: { hours: 'Evenings' } } });
  assert.equal(good.ok, true);
  assert.deepEqual(good.config.programs.iop.hours, { en: 'Evenings', es: 'Evenings' });
  const bad = data.parseConfigJson('{"contact": {"url": "javascript:alert(1)"}}');
  assert.equal(bad.ok, false);
  assert.equal(bad.errors[0].path, 'contact.url');
  assert.match(bad.errors[0].message, /"javascript:" links are not allowed/);
  assert.equal(data.isSafeUrl('tel:988'), true);
});
