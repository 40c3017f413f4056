/** The comparison's jargon finder in Node: which words of a piece of text `<care-term>` explains. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

const { splitGlossaryText } = await import('../../../dist/components/comparison/glossary-text.js');
const { buildComparisonRows, defaultConfig, supportedLocales } = await import('../../../dist/data.js');

function terms(segments) {
  return segments.flatMap((segment) => (segment.term ? [[segment.term, segment.text]] : []));
}

describe('splitGlossaryText', () => {
  test('marks acronyms as whole words, in capitals only', () => {
    assert.deepEqual(terms(splitGlossaryText('Costs more than an IOP and less than a PHP.', 'en')), [
      ['iop', 'IOP'],
      ['php', 'PHP'],
    ]);
    assert.deepEqual(terms(splitGlossaryText('IOPs, iop, PHPX and AIOP are not terms.', 'en')), []);
    assert.deepEqual(terms(splitGlossaryText('Nivel ASAM; mi programa', 'es')), [['asam', 'ASAM']]);
  });

  test('marks phrases in any case, and other wordings of an entry', () => {
    assert.deepEqual(terms(splitGlossaryText('Case management, withdrawal management (detox) and MAT.', 'en')), [
      ['case-management', 'Case management'],
      ['detox', 'withdrawal management'],
      ['mat', 'MAT'],
    ]);
    assert.deepEqual(terms(splitGlossaryText('Manejo de casos y manejo de la abstinencia.', 'es')), [
      ['case-management', 'Manejo de casos'],
      ['detox', 'manejo de la abstinencia'],
    ]);
  });

  test('marks the Spanish acronyms in Spanish and the English ones in English', () => {
    assert.deepEqual(terms(splitGlossaryText('CBT, DBT y TCC', 'es')), [['cbt', 'TCC']]);
    assert.deepEqual(terms(splitGlossaryText('CBT, DBT and TCC', 'en')), [
      ['cbt', 'CBT'],
      ['dbt', 'DBT'],
    ]);
  });

  test('takes whole words only, next to letters outside the Basic Multilingual Plane too', () => {
    // 𝐀 (U+1D400) is a letter of two UTF-16 code units: "𝐀IOP" and "IOP𝐀" are not the acronym.
    assert.deepEqual(terms(splitGlossaryText('\u{1D400}IOP, IOP\u{1D400} and 😀IOP😀.', 'en')), [['iop', 'IOP']]);
    assert.equal(
      splitGlossaryText('\u{1D400}IOP, IOP\u{1D400} and 😀IOP😀.', 'en')[0].text,
      '\u{1D400}IOP, IOP\u{1D400} and 😀',
    );
  });

  test('takes the longest wording where two start at the same place, and reads nothing again inside it', () => {
    const text = 'Detox (withdrawal management) first; withdrawal management is explained once.';
    assert.deepEqual(terms(splitGlossaryText(text, 'en')), [['detox', 'Detox (withdrawal management)']]);
  });

  test('marks only the first mention of each term', () => {
    const segments = splitGlossaryText('An IOP, then another IOP.', 'en');
    assert.deepEqual(terms(segments), [['iop', 'IOP']]);
    assert.deepEqual(segments[1], { text: 'IOP', term: 'iop' });
  });

  test('leaves the level names alone', () => {
    assert.deepEqual(
      terms(splitGlossaryText('Outpatient treatment after inpatient care or residential treatment.', 'en')),
      [],
    );
  });

  test('gives the text back unchanged when the segments are joined, for every cell of the table', () => {
    for (const locale of supportedLocales) {
      for (const row of buildComparisonRows(defaultConfig)) {
        for (const text of [row.label[locale], ...Object.values(row.cells).map((cell) => cell.text[locale])]) {
          const segments = splitGlossaryText(text, locale);
          assert.equal(segments.map((segment) => segment.text).join(''), text);
          assert.equal(segments.every((segment) => segment.text.length > 0), true);
        }
      }
    }
  });

  test('returns one plain segment for text without terms, and for empty text', () => {
    assert.deepEqual(splitGlossaryText('At home.', 'en'), [{ text: 'At home.' }]);
    assert.deepEqual(splitGlossaryText('', 'en'), [{ text: '' }]);
  });
});
