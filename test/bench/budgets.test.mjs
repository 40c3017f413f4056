/** The bench's budgets judge a results file alone: pure, no browser, no measuring. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { checkBudgets } from '../../bench/budgets.mjs';

const budget = JSON.parse(readFileSync(new URL('../../bench/budget.json', import.meta.url), 'utf8'));

const timing = (median) => ({ runs: 3, median, p25: median, p75: median, min: median, max: median });
const blockingRow = (id, width, throttle, { longestWidgetTask = 20, tbt = 10 } = {}) => ({
  id,
  width,
  throttle,
  longestWidgetTask: timing(longestWidgetTask),
  tbt: timing(tbt),
  errors: [],
});

/** What `npm run bench -- --quick` measures: sizes, render ratios, one traced load per page at 4x and 412 px. */
function quickResults({ everyChunk = budget.everyChunkGzipBytes - 1, bannerPage = budget.fetchedGzipBytes.banner - 1, comparison = 15 } = {}) {
  const fetchedPage = (id, gzip) => ({ id, page: `${id} page`, files: ['care-level-widgets.js'], gzip });
  return {
    runs: 3,
    sizes: { scriptTag: { gzip: 80000 } },
    fetched: {
      pages: [fetchedPage('banner', bannerPage), fetchedPage('comparison', budget.fetchedGzipBytes.comparison - 1)],
      everyChunk: { files: 9, gzip: everyChunk },
      standalone: { gzip: 80000 },
    },
    bundleLacks: [],
    render: {
      chromium: {
        baseline: { laidOut: timing(10), errors: [] },
        comparison: { laidOut: timing(comparison), errors: [] },
        questionnaire: { laidOut: timing(30), steps: { start: timing(20), step: timing(20), result: timing(30) }, errors: [] },
      },
    },
    prerendered: { ratio: 1.05 },
    blocking: [blockingRow('demo', 412, 4), blockingRow('demostatic', 412, 4, { tbt: 0 })],
    layoutShift: [],
    lighthouse: { skipped: '--quick' },
  };
}

/** A whole results file as a quick run writes it, with what report.mjs prints beside the budgets. */
function resultsFile(overrides) {
  const results = quickResults(overrides);
  const size = { raw: 200000, minified: 100000, gzip: results.sizes.scriptTag.gzip, brotli: 60000 };
  const page = (laidOut) => ({ ...laidOut, pageErrors: [], defined: timing(5) });
  return {
    ...results,
    date: '2026-12-04T00:00:00.000Z',
    publishable: false,
    machine: {
      node: 'v20',
      chromium: 'Chromium',
      cpus: 2,
      cpuModel: 'test',
      viewport: { width: 1280, height: 800 },
      loadAverage: { start: [1], end: [1] },
    },
    firefoxSkipped: '--quick',
    sizes: {
      scriptTag: { name: 'script tag', imports: 'everything', ...size, byOrigin: [] },
      entries: [],
      floor: [],
    },
    render: {
      chromium: Object.fromEntries(
        Object.entries(results.render.chromium).map(([id, result]) => [id, { ...result, laidOut: page(result.laidOut), pageErrors: [] }]),
      ),
    },
    scaling: [],
    memory: {},
    blocking: results.blocking.map((row) => ({ ...row, page: row.id, longestTask: row.tbt, firstView: timing(10), pageErrors: [] })),
    prerendered: { ...results.prerendered, runs: 0 },
    pages: { baseline: { page: 'Static HTML table (baseline)', measures: 'a' }, comparison: { page: '<care-comparison>', tag: 'care-comparison' }, questionnaire: { page: '<care-questionnaire>', tag: 'care-questionnaire' } },
    runCounts: { scalingRuns: 3, memoryRuns: 0, layoutShiftRuns: 0, blockingRuns: 1, lighthouseRunCount: 0 },
    rows: { cap: 50, builtIn: 12 },
    totalSeconds: 1,
  };
}

const byName = (checks) => Object.fromEntries(checks.map((check) => [check.name, check]));

describe('checkBudgets', () => {
  test('passes what a quick run measured within budget, and leaves what it did not measure unjudged', () => {
    const checks = byName(checkBudgets(quickResults(), budget));
    for (const name of ['fetchedGzipBytes.banner', 'fetchedGzipBytes.comparison', 'everyChunkGzipBytes', 'comparisonRenderVsBaseline', 'prerenderedComparisonVsStatic', 'questionnaireStepMs']) {
      assert.equal(checks[name].measured, true, name);
      assert.equal(checks[name].ok, true, name);
    }
    for (const name of ['demoLongestWidgetTaskMs', 'demoTbtOverStaticMs', 'demoCls']) {
      assert.equal(checks[name].measured, false, `${name} needs both widths or the layout-shift loads`);
    }
    assert.equal(checks['lighthouseMinScores.performance'], undefined);
  });

  test('fails a page or the chunks over their gzip budget and a comparison slower than twice static HTML', () => {
    const over = { everyChunk: budget.everyChunkGzipBytes + 1, bannerPage: budget.fetchedGzipBytes.banner + 1, comparison: 25 };
    const checks = byName(checkBudgets(quickResults(over), budget));
    assert.equal(checks.everyChunkGzipBytes.ok, false);
    assert.equal(checks['fetchedGzipBytes.banner'].ok, false);
    assert.equal(checks['fetchedGzipBytes.comparison'].ok, true);
    assert.equal(checks.comparisonRenderVsBaseline.ok, false);
    assert.equal(checks.comparisonRenderVsBaseline.actual, 2.5);
  });

  test('judges the demo at both widths once a full run traced them, by the worse one', () => {
    const results = quickResults();
    results.blocking.push(blockingRow('demo', 1280, 4, { longestWidgetTask: budget.demoLongestWidgetTaskMs + 5 }));
    results.blocking.push(blockingRow('demostatic', 1280, 4, { tbt: 0 }));
    const checks = byName(checkBudgets(results, budget));
    assert.equal(checks.demoLongestWidgetTaskMs.measured, true);
    assert.equal(checks.demoLongestWidgetTaskMs.actual, budget.demoLongestWidgetTaskMs + 5);
    assert.equal(checks.demoLongestWidgetTaskMs.ok, false);
    assert.equal(checks.demoTbtOverStaticMs.ok, true);
  });

  test('cannot pass a build that lacks an element, whatever its size', () => {
    const results = { ...quickResults(), bundleLacks: ['care-term'] };
    const { everyChunkGzipBytes } = byName(checkBudgets(results, budget));
    assert.equal(everyChunkGzipBytes.ok, false);
    assert.match(everyChunkGzipBytes.problem, /care-term/);
  });
});

describe('npm run bench -- --check --results FILE', () => {
  const judge = (results) => {
    const dir = mkdtempSync(join(tmpdir(), 'care-bench-'));
    try {
      const file = join(dir, 'results.json');
      writeFileSync(file, JSON.stringify(results));
      return spawnSync('node', ['bench/run.mjs', '--check', '--results', file], { encoding: 'utf8' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  test('judges a results file alone, measuring nothing: exit 0 within budget, 1 over it', () => {
    const within = judge(resultsFile());
    assert.equal(within.status, 0, within.stderr);
    assert.match(within.stdout, /ok {3}the loader and every chunk together, gzip/);
    assert.match(within.stdout, /not measured in this run/);
    assert.match(within.stderr, /Every budget measured in this run holds\./);
    const over = judge(resultsFile({ everyChunk: budget.everyChunkGzipBytes + 1 }));
    assert.equal(over.status, 1);
    assert.match(over.stderr, /Budget exceeded: the loader and every chunk together, gzip/);
  });
});
