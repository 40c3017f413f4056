/**
 * The comparison's view-model in Node, where there is no DOM: what the table and cards show, worked out from the
 * attributes over the configuration, without reading the page or writing to the console, as server rendering needs.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

const {
  comparisonView,
  explainFirstMentions,
  readLevelsAttribute,
  cellSourceNumbers,
} = await import('../../../dist/components/comparison/comparison-view.js');
const { defaultConfig, validateConfig } = await import('../../../dist/data.js');

const defaults = { config: defaultConfig, locale: 'en', layout: 'auto' };

function configOf(input) {
  const result = validateConfig(input);
  assert.ok(result.ok, JSON.stringify(result.errors));
  return result.config;
}

/** The glossary terms a view explains, in reading order. */
function explainedTerms(text) {
  return [...text.values()].flatMap((segments) => segments.flatMap((segment) => (segment.term ? [segment.term] : [])));
}

describe('comparisonView', () => {
  test('works out the same view twice from the same input, in Node without a DOM and without logging', () => {
    assert.equal(typeof globalThis.document, 'undefined');
    const logged = [];
    const { warn, error } = console;
    console.warn = (...args) => logged.push(args.join(' '));
    console.error = (...args) => logged.push(args.join(' '));
    let first;
    let second;
    try {
      const input = { ...defaults, highlight: 'rehab', edition: 5, rows: 'hours nope' };
      first = comparisonView(input);
      second = comparisonView(input);
    } finally {
      console.warn = warn;
      console.error = error;
    }
    assert.deepEqual(logged, []);
    assert.deepEqual(second, first);
    assert.deepEqual(explainFirstMentions(second.view, 'table', 'en'), explainFirstMentions(first.view, 'table', 'en'));
  });

  test('returns a warning for each attribute value it ignores, instead of logging it', () => {
    const { view, warnings } = comparisonView({
      ...defaults,
      highlight: 'rehab',
      edition: 5,
      rows: 'hours nope',
      layout: 'grid',
    });
    assert.deepEqual(warnings, [
      '<care-comparison edition="5"> is ignored: use 3 or 4.',
      '<care-comparison rows> ignores "nope": use sleeps, hours, schedule, length, work, medical, services, cost, insurance, fits, not-a-fit, asam.',
      '<care-comparison highlight="rehab"> is ignored: use inpatient, php, iop, outpatient.',
      '<care-comparison layout="grid"> is ignored: use auto, table or cards.',
    ]);
    assert.equal(view.highlight, undefined);
    assert.equal(view.config.edition, 4);
    assert.equal(view.layout, 'auto');
    assert.deepEqual(view.rows.map((row) => row.id), ['hours']);
  });

  test('shows the levels the levels attribute names, in that order, over the configuration’s', () => {
    const config = configOf({ levels: ['php', 'iop', 'outpatient'] });
    assert.deepEqual(comparisonView({ ...defaults, config }).view.levels, ['php', 'iop', 'outpatient']);
    const { levels } = readLevelsAttribute('outpatient iop');
    assert.deepEqual(comparisonView({ ...defaults, config, levels }).view.levels, ['outpatient', 'iop']);
  });

  test('marks highlight and suggestion only for a level it shows, warning otherwise', () => {
    const { view, warnings } = comparisonView({ ...defaults, levels: ['iop', 'outpatient'], highlight: ' iop ', suggested: 'php' });
    assert.equal(view.highlight, 'iop');
    assert.equal(view.suggested, undefined);
    assert.deepEqual(warnings, [
      '<care-comparison suggested="php"> names a level the comparison does not show (iop, outpatient).',
    ]);
  });

  test('shows the rows the rows attribute names, in that order, once each', () => {
    const { view } = comparisonView({ ...defaults, rows: 'cost hours cost' });
    assert.deepEqual(view.rows.map((row) => row.id), ['cost', 'hours']);
  });

  test('follows the edition from the attribute over the configuration', () => {
    const asam = (edition, config = defaultConfig) =>
      comparisonView({ ...defaults, config, edition }).view.rows.find((row) => row.id === 'asam').label.en;
    assert.equal(asam(undefined), 'ASAM level (4th edition)');
    assert.equal(asam(3), 'ASAM level (3rd edition)');
    assert.equal(asam(undefined, configOf({ edition: 3 })), 'ASAM level (3rd edition)');
  });

  test('numbers the sources in order of first citation, row by row and level by level', () => {
    const { view } = comparisonView(defaults);
    const expected = [];
    for (const row of view.rows) {
      for (const level of view.levels) {
        for (const source of row.cells[level]?.sources ?? []) if (!expected.includes(source)) expected.push(source);
      }
    }
    assert.deepEqual([...view.sourceNumbers.keys()], expected);
    assert.deepEqual([...view.sourceNumbers.values()], expected.map((_, index) => index + 1));
    const cell = view.rows[0].cells.iop;
    const numbers = cellSourceNumbers(view, [...cell.sources, ...cell.sources]);
    assert.deepEqual(numbers, [...new Set(cell.sources.map((source) => view.sourceNumbers.get(source)))].sort((a, b) => a - b));
  });

  test('gives each level its own calls to action, else the center’s, and none when no level has any', () => {
    assert.equal(comparisonView(defaults).view.hasCtas, false);
    const config = configOf({
      contact: { phone: '555-0199' },
      programs: {
        iop: { phone: '+1-555-0100', url: 'https://example.org/iop', label: { en: 'Our evening IOP', es: 'Nuestro IOP de tarde' }, notes: 'Evenings.' },
      },
    });
    const { view } = comparisonView({ ...defaults, config });
    assert.equal(view.hasCtas, true);
    assert.equal(view.hasNotes, true);
    assert.deepEqual(view.ctas.iop, [
      { action: 'call', href: 'tel:+15550100', text: 'Call +1-555-0100' },
      { action: 'link', href: 'https://example.org/iop', text: 'Our evening IOP' },
    ]);
    assert.deepEqual(view.ctas.php, [{ action: 'call', href: 'tel:5550199', text: 'Call 555-0199' }]);
    const spanish = comparisonView({ ...defaults, config, locale: 'es' }).view;
    assert.equal(spanish.ctas.iop[1].text, 'Nuestro IOP de tarde');
  });
});

describe('readLevelsAttribute', () => {
  test('leaves the levels to the configuration when absent or blank', () => {
    assert.deepEqual(readLevelsAttribute(undefined), { errors: [] });
    assert.deepEqual(readLevelsAttribute('  '), { errors: [] });
  });

  test('names every unknown id as a configuration error', () => {
    const { levels, errors } = readLevelsAttribute('iop rehab detox');
    assert.equal(levels, undefined);
    assert.deepEqual(errors.map((error) => error.found), ['"rehab"', '"detox"']);
    assert.match(errors[0].message, /^levels attribute: "rehab" is not a level id; use inpatient, php, iop, outpatient\.$/);
  });
});

describe('explainFirstMentions', () => {
  for (const shown of ['table', 'cards']) {
    test(`explains each glossary term once, where it first appears, never a level name the ${shown} heads with`, () => {
      const { view } = comparisonView(defaults);
      const terms = explainedTerms(explainFirstMentions(view, shown, 'en'));
      assert.ok(terms.length >= 5, `only ${terms.length} terms`);
      assert.equal(new Set(terms).size, terms.length);
      for (const level of ['inpatient', 'php', 'iop', 'outpatient']) assert.ok(!terms.includes(level));
    });
  }

  test('reads the table row by row and the cards level by level', () => {
    const { view } = comparisonView(defaults);
    const table = [...explainFirstMentions(view, 'table', 'en').keys()];
    const cards = [...explainFirstMentions(view, 'cards', 'en').keys()];
    assert.deepEqual(table.slice(0, 3), ['label sleeps', 'cell sleeps inpatient', 'cell sleeps php']);
    assert.deepEqual(cards.slice(0, 3), ['label sleeps inpatient', 'cell sleeps inpatient', 'label hours inpatient']);
  });
});
