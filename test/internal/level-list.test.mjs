import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseLevelList, spaceSeparated } from '../../dist/internal/level-list.js';

describe('parseLevelList', () => {
  it('keeps the levels in the order the page gives them, whatever spaces separate them', () => {
    assert.deepEqual(parseLevelList('outpatient iop'), { levels: ['outpatient', 'iop'], unknown: [] });
    assert.deepEqual(parseLevelList('  iop\toutpatient\n php '), { levels: ['iop', 'outpatient', 'php'], unknown: [] });
  });

  it('drops a level named twice, keeping its first place', () => {
    assert.deepEqual(parseLevelList('iop php iop inpatient php').levels, ['iop', 'php', 'inpatient']);
  });

  it('reports the words that are not level ids, misspelt or capitalised, in order, and keeps the rest', () => {
    assert.deepEqual(parseLevelList('iop IOP outpatien php partial-hospitalization'), {
      levels: ['iop', 'php'],
      unknown: ['IOP', 'outpatien', 'partial-hospitalization'],
    });
  });

  it('gives no levels and nothing to report for an absent or blank attribute', () => {
    for (const value of [null, undefined, '', '   ']) {
      assert.deepEqual(parseLevelList(value), { levels: [], unknown: [] }, JSON.stringify(value));
    }
  });
});

describe('spaceSeparated', () => {
  it('gives the words of an attribute such as rows="hours cost", none for an absent or blank one', () => {
    assert.deepEqual(spaceSeparated(' hours  cost\nsleeps '), ['hours', 'cost', 'sleeps']);
    assert.deepEqual(spaceSeparated('hours hours'), ['hours', 'hours']);
    assert.deepEqual(spaceSeparated(null), []);
    assert.deepEqual(spaceSeparated(undefined), []);
    assert.deepEqual(spaceSeparated(' '), []);
  });
});
