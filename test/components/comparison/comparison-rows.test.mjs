/**
 * buildComparisonRows in Node, through the `/data` entry a site builder imports: what each cell tells a reader and
 * what it cites. The browser test (comparison-rows.test.ts) checks the wording of single cells and the list format
 * against each engine's Intl.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildComparisonRows, defaultConfig, sources, validateConfig } from '../../../dist/data.js';

function configFrom(input) {
  const result = validateConfig(input);
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.config;
}

const cellsOf = (rows) => rows.flatMap((row) => Object.entries(row.cells).map(([level, cell]) => ({ row, level, cell })));

describe('buildComparisonRows', () => {
  it('builds the table in Node, where there is no DOM', () => {
    assert.equal(typeof globalThis.document, 'undefined');
    assert.equal(buildComparisonRows(defaultConfig).length, 12);
  });

  it('cites, in every built-in cell, only sources the sources list has, with a title and a link', () => {
    for (const { row, level, cell } of cellsOf(buildComparisonRows(configFrom({ edition: 3 })))) {
      assert.ok(cell.sources.length > 0, `${row.id}/${level}`);
      for (const id of cell.sources) {
        assert.ok(sources[id], `${row.id}/${level} cites ${id}, which the sources list lacks`);
        assert.match(sources[id].title, /\S/);
        assert.match(sources[id].url, /^https:\/\//);
      }
    }
  });

  it('says every built-in row and cell in Spanish, not in English again', () => {
    const rows = buildComparisonRows(defaultConfig);
    for (const row of rows) assert.notEqual(row.label.es, row.label.en, row.id);
    for (const { row, level, cell } of cellsOf(rows)) assert.notEqual(cell.text.es, cell.text.en, `${row.id}/${level}`);
  });

  it('cites the edition the center chose on the ASAM row', () => {
    const fourth = buildComparisonRows(defaultConfig).find((row) => row.id === 'asam');
    const third = buildComparisonRows(configFrom({ edition: 3 })).find((row) => row.id === 'asam');
    for (const level of defaultConfig.levels) {
      assert.deepEqual(fourth.cells[level].sources, ['asam-4th'], level);
      assert.ok(!third.cells[level].sources.includes('asam-4th'), level);
    }
  });

  it('says what a level often adds only when it adds something', () => {
    const services = buildComparisonRows(defaultConfig).find((row) => row.id === 'services');
    assert.deepEqual(services.cells.outpatient.text, {
      en: 'Individual counseling. Often also: group therapy.',
      es: 'Orientación psicológica individual. A menudo también: terapia de grupo.',
    });
  });

  it('puts a center’s text, written once, after the facts in both languages', () => {
    const general = buildComparisonRows(defaultConfig).find((row) => row.id === 'hours').cells.iop.text;
    const hours = buildComparisonRows(configFrom({ programs: { iop: { hours: 'Evenings, 6–9 pm.' } } })).find(
      (row) => row.id === 'hours',
    ).cells.iop.text;
    assert.deepEqual(hours, {
      en: `${general.en} Our program: Evenings, 6–9 pm.`,
      es: `${general.es} Nuestro programa: Evenings, 6–9 pm.`,
    });
  });

  it('leaves a center’s notes and links out of the rows: they have their own places in the table', () => {
    const config = configFrom({
      programs: { iop: { notes: 'Childcare on site.', phone: '555-0199', url: 'https://example.org/iop' } },
    });
    assert.deepEqual(buildComparisonRows(config), buildComparisonRows(defaultConfig));
  });
});
