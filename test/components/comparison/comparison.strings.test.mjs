import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { comparisonStrings } from '../../../dist/components/comparison/comparison.strings.js';
import { assertEveryLanguageComplete } from '../../helpers/strings.mjs';

const { en, es } = comparisonStrings;

describe('comparisonStrings', () => {
  it('gives every text in English and Spanish, including what each function says', () => {
    assert.deepEqual(Object.keys(comparisonStrings), ['en', 'es']);
    assertEveryLanguageComplete(comparisonStrings, {
      moreFacts: [['IOP']],
      call: [['1-800-662-4357']],
      sourceReferences: [[1, '1'], [2, '1 and 3'], [3, '1, 2 y 3']],
      sourcesSummary: [[1], [13]],
      checked: [[2025]],
      errorMore: [[1], [2]],
    });
  });

  it('reads a cell’s reference numbers as one source or a list of sources', () => {
    assert.equal(en.sourceReferences(1, '2'), 'Source 2');
    assert.equal(en.sourceReferences(2, '1 and 3'), 'Sources 1 and 3');
    assert.equal(es.sourceReferences(1, '2'), 'Fuente 2');
    assert.equal(es.sourceReferences(3, '1, 2 y 3'), 'Fuentes 1, 2 y 3');
  });

  it('counts the problems left unshown in the singular and the plural', () => {
    assert.equal(en.errorMore(1), '…and 1 more problem.');
    assert.equal(en.errorMore(4), '…and 4 more problems.');
    assert.equal(es.errorMore(1), '…y 1 problema más.');
    assert.equal(es.errorMore(4), '…y 4 problemas más.');
  });

  it('puts the number, the level and the year it is given into the text', () => {
    for (const strings of [en, es]) {
      assert.ok(strings.call('1-800-662-4357').includes('1-800-662-4357'));
      assert.ok(strings.moreFacts('IOP').includes('IOP'));
      assert.ok(strings.sourcesSummary(13).includes('13'));
      assert.ok(strings.checked(2025).includes('2025'));
    }
  });
});
