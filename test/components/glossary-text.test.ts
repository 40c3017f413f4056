import { expect } from '@open-wc/testing';
import { splitGlossaryText, type TextSegment } from '../../src/components/comparison/glossary-text.js';
import { buildComparisonRows } from '../../src/data/comparison-rows.js';
import { supportedLocales } from '../../src/data/locale.js';
import { defaultConfig } from '../../src/engine/validate-config.js';

function terms(segments: readonly TextSegment[]): [string, string][] {
  return segments.flatMap((segment) => (segment.term ? [[segment.term, segment.text] as [string, string]] : []));
}

describe('splitGlossaryText', () => {
  it('marks acronyms as whole words, in capitals only', () => {
    expect(terms(splitGlossaryText('Costs more than an IOP and less than a PHP.', 'en'))).to.deep.equal([
      ['iop', 'IOP'],
      ['php', 'PHP'],
    ]);
    expect(terms(splitGlossaryText('IOPs, iop, PHPX and AIOP are not terms.', 'en'))).to.deep.equal([]);
    expect(terms(splitGlossaryText('Nivel ASAM; mi programa', 'es'))).to.deep.equal([['asam', 'ASAM']]);
  });

  it('marks phrases in any case, and other wordings of an entry', () => {
    expect(terms(splitGlossaryText('Case management, withdrawal management (detox) and MAT.', 'en'))).to.deep.equal([
      ['case-management', 'Case management'],
      ['detox', 'withdrawal management'],
      ['mat', 'MAT'],
    ]);
    expect(terms(splitGlossaryText('Manejo de casos y manejo de la abstinencia.', 'es'))).to.deep.equal([
      ['case-management', 'Manejo de casos'],
      ['detox', 'manejo de la abstinencia'],
    ]);
  });

  it('marks the Spanish acronyms in Spanish and the English ones in English', () => {
    expect(terms(splitGlossaryText('CBT, DBT y TCC', 'es'))).to.deep.equal([['cbt', 'TCC']]);
    expect(terms(splitGlossaryText('CBT, DBT and TCC', 'en'))).to.deep.equal([
      ['cbt', 'CBT'],
      ['dbt', 'DBT'],
    ]);
  });

  it('takes whole words only, next to letters outside the Basic Multilingual Plane too', () => {
    // 𝐀 (U+1D400) is a letter of two UTF-16 code units: "𝐀IOP" and "IOP𝐀" are not the acronym.
    expect(terms(splitGlossaryText('\u{1D400}IOP, IOP\u{1D400} and 😀IOP😀.', 'en'))).to.deep.equal([['iop', 'IOP']]);
    expect(splitGlossaryText('\u{1D400}IOP, IOP\u{1D400} and 😀IOP😀.', 'en')[0].text).to.equal(
      '\u{1D400}IOP, IOP\u{1D400} and 😀',
    );
  });

  it('takes the longest wording where two start at the same place, and reads nothing again inside it', () => {
    const text = 'Detox (withdrawal management) first; withdrawal management is explained once.';
    expect(terms(splitGlossaryText(text, 'en'))).to.deep.equal([['detox', 'Detox (withdrawal management)']]);
  });

  it('marks only the first mention of each term', () => {
    const segments = splitGlossaryText('An IOP, then another IOP.', 'en');
    expect(terms(segments)).to.deep.equal([['iop', 'IOP']]);
    expect(segments[1]).to.deep.equal({ text: 'IOP', term: 'iop' });
  });

  it('leaves the level names alone', () => {
    expect(
      terms(splitGlossaryText('Outpatient treatment after inpatient care or residential treatment.', 'en')),
    ).to.deep.equal([]);
  });

  it('gives the text back unchanged when the segments are joined, for every cell of the table', () => {
    for (const locale of supportedLocales) {
      for (const row of buildComparisonRows(defaultConfig)) {
        for (const text of [row.label[locale], ...Object.values(row.cells).map((cell) => cell!.text[locale])]) {
          const segments = splitGlossaryText(text, locale);
          expect(segments.map((segment) => segment.text).join('')).to.equal(text);
          expect(segments.every((segment) => segment.text.length > 0)).to.be.true;
        }
      }
    }
  });

  it('returns one plain segment for text without terms, and for empty text', () => {
    expect(splitGlossaryText('At home.', 'en')).to.deep.equal([{ text: 'At home.' }]);
    expect(splitGlossaryText('', 'en')).to.deep.equal([{ text: '' }]);
  });
});
