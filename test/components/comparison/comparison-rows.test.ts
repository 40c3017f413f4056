import { expect } from '@open-wc/testing';
import { buildComparisonRows } from '../../../src/components/comparison/comparison-rows.js';
import type { CareConfig } from '../../../src/config/types.js';
import { comparisonRowIds } from '../../../src/data/comparison-rows.js';
import type { ComparisonRowId } from '../../../src/data/types.js';
import { defaultConfig, validateConfig } from '../../../src/config/index.js';

// Fails to compile when a ComparisonRowId has no place in the built-in order.
const everyRowPlaced: Exclude<ComparisonRowId, (typeof comparisonRowIds)[number]> extends never ? true : false = true;

function configFrom(input: unknown): CareConfig {
  const result = validateConfig(input);
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.config;
}

function row(rows: ReturnType<typeof buildComparisonRows>, id: string) {
  const found = rows.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
}

describe('buildComparisonRows', () => {
  it('gives every built-in row, in order, with a sourced cell for each level', () => {
    expect(everyRowPlaced).to.equal(true);
    expect(new Set(comparisonRowIds).size).to.equal(12);
    const rows = buildComparisonRows(defaultConfig);
    expect(rows.map((candidate) => candidate.id)).to.deep.equal([...comparisonRowIds]);
    for (const candidate of rows) {
      expect(Object.keys(candidate.cells), candidate.id).to.deep.equal(['inpatient', 'php', 'iop', 'outpatient']);
      for (const [level, cell] of Object.entries(candidate.cells)) {
        expect(cell!.sources, `${candidate.id}/${level}`).to.not.be.empty;
        for (const locale of ['en', 'es'] as const) {
          const text = cell!.text[locale];
          expect(text.trim(), `${candidate.id}/${level}/${locale}`).to.not.equal('');
          expect(
            text.split(/[.!?](?:\s|$)/).filter(Boolean).length,
            `${candidate.id}/${level}/${locale}: "${text}"`,
          ).to.be.at.most(2);
        }
      }
    }
  });

  it('reads plainly in a table cell', () => {
    const rows = buildComparisonRows(defaultConfig);
    expect(row(rows, 'sleeps').cells.iop!.text).to.deep.equal({ en: 'At home.', es: 'En casa.' });
    expect(row(rows, 'hours').cells.outpatient!.text.en).to.equal(
      'Fewer than 9 hours a week for adults; fewer than 6 for teens.',
    );
    expect(row(rows, 'services').cells.iop!.text.en).to.equal(
      'Individual counseling, group therapy, family education, and case management. Often also: drug testing and medication for addiction.',
    );
    expect(row(rows, 'services').cells.iop!.text.es).to.equal(
      'Orientación psicológica individual, terapia de grupo, educación para la familia y manejo de casos. A menudo también: pruebas de drogas y medicamentos para la adicción.',
    );
  });

  it('lists services as Intl.ListFormat would, with the Spanish "e" before an "i" sound', () => {
    const services = row(buildComparisonRows(defaultConfig), 'services');
    for (const [level, cell] of Object.entries(services.cells)) {
      for (const locale of ['en', 'es'] as const) {
        const [list] = cell!.text[locale].split('.');
        const names = list.split(/, and |, | and | y | e /);
        const expected = new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
        expect(list, `${level} ${locale}`).to.equal(expected);
      }
    }
  });

  it('labels the ASAM row with the edition the center chose', () => {
    const fourth = row(buildComparisonRows(defaultConfig), 'asam');
    const third = row(buildComparisonRows(configFrom({ edition: 3 })), 'asam');
    expect(fourth.label.en).to.equal('ASAM level (4th edition)');
    expect(third.label.es).to.equal('Nivel ASAM (3.ª edición)');
    expect(third.cells.php!.text.en).to.equal('Level 2.5 (partial hospitalization).');
    expect(fourth.cells.php!.text.en).to.contain('high-intensity outpatient');
    expect(third.cells.inpatient!.text.en).to.contain('3.3');
    expect(fourth.cells.inpatient!.text.en).to.not.contain('3.3');
    expect(fourth.cells.php!.sources).to.deep.equal(['asam-4th']);
  });

  it('gives cells only for the levels the center offers', () => {
    const rows = buildComparisonRows(configFrom({ levels: ['outpatient', 'iop'] }));
    for (const candidate of rows)
      expect(Object.keys(candidate.cells), candidate.id).to.deep.equal(['iop', 'outpatient']);
  });

  it('adds the center’s own hours, length and insurance after the general facts, keeping their sources', () => {
    const config = configFrom({
      programs: {
        iop: {
          hours: { en: 'Mon–Thu evenings, 6–9 pm.', es: 'De lunes a jueves por la noche, de 6 a 9 p. m.' },
          length: '10 weeks.',
          insurance: 'We accept Medicaid.',
        },
      },
    });
    const rows = buildComparisonRows(config);
    const general = buildComparisonRows(defaultConfig);
    const hours = row(rows, 'hours').cells.iop!;
    expect(hours.text.en).to.equal(
      `${row(general, 'hours').cells.iop!.text.en} Our program: Mon–Thu evenings, 6–9 pm.`,
    );
    expect(hours.text.es).to.match(/ Nuestro programa: De lunes a jueves por la noche, de 6 a 9 p\. m\.$/);
    expect(hours.sources).to.deep.equal(row(general, 'hours').cells.iop!.sources);
    expect(row(rows, 'length').cells.iop!.text.es).to.match(/Nuestro programa: 10 weeks\.$/);
    expect(row(rows, 'insurance').cells.iop!.text.en).to.match(/Our program: We accept Medicaid\.$/);
    expect(row(rows, 'hours').cells.php).to.deep.equal(row(general, 'hours').cells.php);
    expect(row(rows, 'fits').cells.iop).to.deep.equal(row(general, 'fits').cells.iop);
  });

  it('appends the center’s extra rows, unsourced and only for offered levels', () => {
    const config = configFrom({
      levels: ['iop', 'outpatient'],
      extraRows: [
        { id: 'languages', label: { en: 'Languages', es: 'Idiomas' }, cells: { iop: 'English, Spanish' } },
        { id: 'telehealth', label: 'Telehealth', cells: { iop: 'Yes', outpatient: { en: 'Yes', es: 'Sí' } } },
      ],
    });
    const rows = buildComparisonRows(config);
    expect(rows.map((candidate) => candidate.id).slice(-2)).to.deep.equal(['languages', 'telehealth']);
    expect(rows.slice(0, -2).map((candidate) => candidate.id)).to.deep.equal([...comparisonRowIds]);
    const languages = row(rows, 'languages');
    expect(languages.label).to.deep.equal({ en: 'Languages', es: 'Idiomas' });
    expect(languages.cells).to.deep.equal({
      iop: { text: { en: 'English, Spanish', es: 'English, Spanish' }, sources: [] },
    });
    expect(row(rows, 'telehealth').cells.outpatient!.text.es).to.equal('Sí');
  });
});
