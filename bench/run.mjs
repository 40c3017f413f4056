#!/usr/bin/env node
/**
 * `npm run bench`: what care-level-widgets costs site owners and their visitors, beside a plain-HTML baseline.
 *
 *   npm run bench                      build, measure (20 runs), print tables, write bench/results.json
 *   npm run bench -- --check           the same, then exit 1 if a budget in bench/budget.json is exceeded
 *   npm run bench -- --runs 40         more runs per measurement (at least 20 for numbers you publish)
 *   npm run bench -- --quick           3 runs, no Firefox: for working on the bench itself
 *   npm run bench -- --no-build        measure the dist/ that is there
 *   npm run bench -- --no-firefox      Chromium only
 *   npm run bench -- --markdown        print the tables as markdown (for the README)
 *   npm run bench -- --no-lighthouse   leave Lighthouse out
 *   npm run bench -- --serve           serve the bench pages and wait, to open them in a browser
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { measureSizes } from './sizes.mjs';
import { createPages } from './pages.mjs';
import { startServer } from './server.mjs';
import {
  launchChromium,
  launchFirefox,
  layoutShiftOf,
  memoryOf,
  openTimingTab,
  questionnaireSteps,
  viewport,
} from './render.mjs';
import { formatKb, formatMs, formatRatio, markdownTable, summarize, textTable } from './stats.mjs';
import { taskViewports, traceLoad } from './tasks.mjs';
import { lighthouseCategories, lighthouseRuns } from './lighthouse.mjs';
import { measurePrerenderedFirstView } from './ssr.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(benchDir, '..');
const publishableRuns = 20;

function readOptions() {
  try {
    return parseArgs({
      options: {
        check: { type: 'boolean', default: false },
        runs: { type: 'string' },
        quick: { type: 'boolean', default: false },
        'no-build': { type: 'boolean', default: false },
        'no-firefox': { type: 'boolean', default: false },
        'no-lighthouse': { type: 'boolean', default: false },
        markdown: { type: 'boolean', default: false },
        serve: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${error.message}\nOptions: --check, --runs N, --quick, --no-build, --no-firefox, --no-lighthouse, --markdown, --serve.`);
    process.exit(2);
  }
}
const options = readOptions();

const runs = options.runs !== undefined ? Number(options.runs) : options.quick ? 3 : publishableRuns;
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs takes a whole number of runs, such as --runs 20 (got "${options.runs}").`);
  process.exit(2);
}
// Scaling, memory and layout shift are secondary to the headline timings and have many more pages (or, for layout
// shift, throttled loads of several seconds), so they take fewer runs to keep the whole bench near two minutes.
const scalingRuns = options.quick ? runs : Math.max(10, Math.ceil(runs / 2));
const memoryRuns = options.quick ? 1 : 3;
const layoutShiftRuns = options.quick ? 1 : 3;
// Traced loads for main-thread blocking: 16 conditions (4 pages, 2 widths, 2 CPU speeds) of a few seconds each.
const blockingRuns = options.quick ? 1 : Math.max(3, Math.ceil(runs / 4));
const lighthouseRunCount = options.quick ? 1 : 3;
const useFirefox = !options['no-firefox'] && !options.quick && existsSync(process.env.FIREFOX_PATH || '/usr/bin/firefox-esr');

const startedAt = performance.now();
const log = (message) => process.stderr.write(`${message}\n`);
const progress = (message) => process.stderr.write(process.stderr.isTTY ? `\r${message}\x1b[K` : `${message}\n`);
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------------------------------------------
// Build and sizes

if (!options['no-build']) {
  const buildStart = performance.now();
  log('Building dist/ (node scripts/build.mjs)…');
  try {
    execFileSync('node', ['scripts/build.mjs'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    log('The build failed (its errors are above); nothing was measured.');
    process.exit(1);
  }
  log(`Built in ${seconds(buildStart)}.`);
}
for (const file of ['dist/care-level-widgets.js', 'dist/data.js']) {
  if (!existsSync(join(repoRoot, file))) {
    log(`${file} is missing: run without --no-build, or \`npm run build\` first.`);
    process.exit(1);
  }
}

const data = await import(pathToFileURL(join(repoRoot, 'dist/data.js')).href);
const pages = createPages(data, { demoHtml: readFileSync(join(repoRoot, 'demo/index.html'), 'utf8') });
const server = await startServer(repoRoot, pages);

if (options.serve) {
  log(`Bench pages (Ctrl+C to stop):
  ${server.origin}/bench/baseline.html       the static-HTML table (?tables=2&rows=50 for the scaling variants)
  ${server.origin}/bench/comparison.html     <care-comparison> (same query parameters)
  ${server.origin}/bench/questionnaire.html  <care-questionnaire>
  ${server.origin}/bench/all.html            every element
  ${server.origin}/demo/index.html           the demo site
  ${server.origin}/bench/demostatic.html     the demo site without the widgets' script`);
  await new Promise(() => {});
}

const loadAtStart = loadavg();
const sizesStart = performance.now();
log('Measuring sizes (rollup + terser per npm entry)…');
const sizes = await measureSizes(repoRoot);
log(`Sizes measured in ${seconds(sizesStart)}.`);

// ---------------------------------------------------------------------------------------------------------------
// Rendering

/** An answer for each question that is not a red flag, so the walk-through reaches the result screen. */
const walkThroughAnswers = Object.fromEntries(
  data.questions.map((question) => [question.id, question.options.find((option) => !option.crisis)?.value]),
);

const rowCap = data.configLimits.extraRows;
const builtInRows = pages.rowCount(0);
const scalingCases = [
  { id: 'levels-4', levels: 4, tables: 1, rows: 0 },
  { id: 'levels-8', levels: 8, tables: 2, rows: 0 },
  { id: 'levels-16', levels: 16, tables: 4, rows: 0 },
  ...[10, 50, 200].map((requested) => ({
    id: `rows-${requested}`,
    levels: 4,
    tables: 1,
    rows: Math.min(requested, rowCap),
    requested,
  })),
].map((scale) => ({
  ...scale,
  label:
    scale.rows === 0
      ? `${scale.levels} levels (${scale.tables} table${scale.tables > 1 ? 's' : ''} of 4), ${builtInRows} rows`
      : `4 levels, ${scale.rows} center rows (${pages.rowCount(scale.rows)} rows)${
          scale.rows < scale.requested ? `; capped from ${scale.requested} by configLimits.extraRows` : ''
        }`,
  query: `?tables=${scale.tables}&rows=${scale.rows}`,
}));

const scenarios = {
  baseline: {
    page: 'Static HTML table (baseline)',
    measures: 'from an inline script right before the table to the table parsed and laid out',
    url: '/bench/baseline.html',
  },
  comparison: {
    page: '<care-comparison>',
    measures: "from the bundle starting to run to the element's table (every row) rendered and laid out",
    url: '/bench/comparison.html',
    tag: 'care-comparison',
  },
  questionnaire: {
    page: '<care-questionnaire> interactive',
    measures: 'from the bundle starting to run to its Start button rendered, enabled and focused',
    url: '/bench/questionnaire.html',
    tag: 'care-questionnaire',
    afterLoad: questionnaireSteps(walkThroughAnswers),
  },
  ...Object.fromEntries(
    scalingCases.flatMap((scale) => [
        [`baseline:${scale.id}`, { url: `/bench/baseline.html${scale.query}` }],
        [`comparison:${scale.id}`, { url: `/bench/comparison.html${scale.query}` }],
      ]),
  ),
};

function newRecord() {
  return { laidOut: [], nextFrame: [], downloadWait: [], defined: [], errors: new Set(), pageErrors: new Set(), steps: { start: [], step: [], result: [] } };
}

function record(target, timing, tag) {
  if (timing.error) target.errors.add(timing.error);
  for (const message of timing.pageErrors ?? []) target.pageErrors.add(message);
  if (timing.stepsError) target.errors.add(timing.stepsError);
  if (timing.error) return;
  target.laidOut.push(timing.laidOut);
  target.nextFrame.push(timing.nextFrame);
  target.downloadWait.push(timing.downloadWait);
  if (tag) target.defined.push(timing.defined?.[tag]);
  if (timing.steps) {
    target.steps.start.push(timing.steps.start);
    target.steps.step.push(...timing.steps.steps);
    target.steps.result.push(timing.steps.result);
  }
}

/**
 * One discarded warm-up round, then `count` rounds; each round loads every page once, in order, so slow moments of
 * the machine fall on all pages alike. `cold`: every load in its own fresh browser context, so a new renderer
 * process, as on a visitor's first page of a site. Otherwise one fresh context per round, whose tab first loads the
 * baseline and the comparison (discarded), then the pages one after another in a warm process (fonts, ICU data,
 * style caches).
 */
async function timeScenarios(browser, browserName, ids, count, { cold }) {
  const records = Object.fromEntries(ids.map((id) => [id, newRecord()]));
  const phaseStart = performance.now();
  const timeIn = async (tab, scenario) => {
    try {
      return await tab.time(server.origin + scenario.url, { afterLoad: scenario.afterLoad });
    } catch (error) {
      return { error: String(error.message ?? error).split('\n')[0] };
    }
  };
  for (let round = 0; round <= count; round += 1) {
    progress(round === 0 ? `${browserName}: warming up…` : `${browserName}: run ${round} of ${count}`);
    const roundTab = cold ? undefined : await openTimingTab(browser);
    if (roundTab) {
      // Warms the new process up with both kinds of page, so no measured page pays for being first.
      await timeIn(roundTab, scenarios.baseline);
      await timeIn(roundTab, scenarios.comparison);
    }
    for (const id of ids) {
      const tab = roundTab ?? (await openTimingTab(browser));
      const timing = await timeIn(tab, scenarios[id]);
      if (!roundTab) await tab.close();
      if (round > 0) record(records[id], timing, scenarios[id].tag);
    }
    await roundTab?.close();
  }
  progress(`${browserName}: ${count} runs of ${ids.length} pages in ${seconds(phaseStart)}`);
  log('');
  return records;
}

function summarizeRecord(recordOf) {
  return {
    laidOut: summarize(recordOf.laidOut),
    nextFrame: summarize(recordOf.nextFrame),
    downloadWait: summarize(recordOf.downloadWait),
    defined: summarize(recordOf.defined),
    steps: recordOf.steps.start.length
      ? {
          start: summarize(recordOf.steps.start),
          step: summarize(recordOf.steps.step),
          result: summarize(recordOf.steps.result),
        }
      : undefined,
    errors: [...recordOf.errors],
    pageErrors: [...recordOf.pageErrors],
  };
}

const machine = {
  node: process.version,
  platform: `${platform()} ${release()}`,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  viewport,
};

const chromium = await launchChromium();
machine.chromium = await chromium.version();
const headlineIds = ['baseline', 'comparison', 'questionnaire'];
const chromiumRecords = {
  ...(await timeScenarios(chromium, 'Chromium', headlineIds, runs, { cold: true })),
  ...(await timeScenarios(
    chromium,
    'Chromium scaling',
    Object.keys(scenarios).filter((id) => !headlineIds.includes(id)),
    scalingRuns,
    { cold: false },
  )),
};

progress('Chromium: memory…');
const memory = { baseline: [], every: [] };
for (let round = 0; round < memoryRuns; round += 1) {
  memory.baseline.push(await memoryOf(chromium, `${server.origin}/bench/baseline.html`));
  memory.every.push(await memoryOf(chromium, `${server.origin}/bench/all.html`));
}
progress('Chromium: layout shift…');
const layoutShiftCases = [
  { page: 'Every element (bench/all.html)', url: '/bench/all.html', slow: false, width: 1280 },
  { page: 'Every element (bench/all.html)', url: '/bench/all.html', slow: true, width: 1280 },
  { page: 'Demo site (demo/index.html)', url: '/demo/index.html', slow: false, width: 1280 },
  { page: 'Demo site (demo/index.html)', url: '/demo/index.html', slow: true, width: 1280 },
  { page: 'Demo site (demo/index.html)', url: '/demo/index.html', slow: false, width: 412 },
  { page: 'Demo site (demo/index.html)', url: '/demo/index.html', slow: true, width: 412 },
];
const layoutShifts = [];
for (const shiftCase of layoutShiftCases) {
  const samples = [];
  for (let round = 0; round < layoutShiftRuns; round += 1) {
    samples.push(
      await layoutShiftOf(chromium, server.origin + shiftCase.url, { slow: shiftCase.slow, size: taskViewports[shiftCase.width] }),
    );
  }
  layoutShifts.push({
    page: shiftCase.page,
    url: shiftCase.url,
    width: shiftCase.width,
    condition: `${shiftCase.width} px, ${shiftCase.slow ? 'slow 4G, 4x CPU slowdown' : 'local, unthrottled'}`,
    cls: summarize(samples.map((sample) => sample.cls)),
    shiftedElements: [...new Set(samples.flatMap((sample) => sample.shiftedElements ?? []))],
    pageErrors: [...new Set(samples.flatMap((sample) => sample.pageErrors ?? []))],
  });
}
log('');

// Main-thread blocking: each round loads every page at every width and CPU speed once, so slow moments of the
// machine fall on all pages alike.
const blockingPages = [
  { id: 'baseline', page: 'Static HTML table (baseline)', url: '/bench/baseline.html' },
  { id: 'comparison', page: '<care-comparison>', url: '/bench/comparison.html' },
  { id: 'demostatic', page: 'Demo site without the widgets (baseline)', url: '/bench/demostatic.html' },
  { id: 'demo', page: 'Demo site (demo/index.html)', url: '/demo/index.html' },
];
const blockingConditions = [1, 4].flatMap((throttle) => [412, 1280].map((width) => ({ throttle, width })));
const blockingSamples = {};
const blockingKey = (id, { throttle, width }) => `${id} ${width}px ${throttle}x`;
const blockingStart = performance.now();
for (let round = 1; round <= blockingRuns; round += 1) {
  for (const condition of blockingConditions) {
    for (const blockingPage of blockingPages) {
      progress(`Chromium: main-thread blocking, run ${round} of ${blockingRuns}, ${blockingKey(blockingPage.id, condition)}`);
      let sample;
      try {
        sample = await traceLoad(chromium, server.origin + blockingPage.url, { viewport: taskViewports[condition.width], throttle: condition.throttle });
      } catch (error) {
        sample = { error: String(error.message ?? error).split('\n')[0] };
      }
      (blockingSamples[blockingKey(blockingPage.id, condition)] ??= []).push(sample);
    }
  }
}
progress(`Chromium: main-thread blocking, ${blockingRuns} runs of ${blockingConditions.length * blockingPages.length} loads in ${seconds(blockingStart)}`);
log('');
const prerenderStart = performance.now();
progress('Chromium: the pre-rendered comparison beside the same content as static HTML');
let prerendered;
try {
  prerendered = await measurePrerenderedFirstView(chromium, { runs });
} catch (error) {
  prerendered = { error: String(error.message ?? error).split('\n')[0] };
}
progress(`Chromium: the pre-rendered comparison, ${runs} runs in ${seconds(prerenderStart)}`);
log('');
await chromium.close();

const blocking = blockingConditions.flatMap((condition) =>
  blockingPages.map((blockingPage) => {
    const samples = blockingSamples[blockingKey(blockingPage.id, condition)] ?? [];
    const good = samples.filter((sample) => !sample.error);
    const pick = (key) => summarize(good.map((sample) => sample[key]));
    return {
      id: blockingPage.id,
      page: blockingPage.page,
      width: condition.width,
      throttle: condition.throttle,
      longestTask: pick('longestTask'),
      longestWidgetTask: pick('longestBundleTask'),
      tbt: pick('tbt'),
      firstView: pick('firstView'),
      fcp: pick('fcp'),
      longTasks: good.map((sample) => sample.longTasks),
      errors: [...new Set(samples.filter((sample) => sample.error).map((sample) => sample.error))],
      pageErrors: [...new Set(good.flatMap((sample) => sample.pageErrors ?? []))],
    };
  }),
);
const blockingOf = (id, width, throttle) => blocking.find((row) => row.id === id && row.width === width && row.throttle === throttle);

let lighthouse;
if (options['no-lighthouse']) {
  lighthouse = { skipped: '--no-lighthouse' };
} else {
  const lighthouseStart = performance.now();
  lighthouse = await lighthouseRuns(`${server.origin}/demo/index.html`, {
    runs: lighthouseRunCount,
    formFactors: options.quick ? ['mobile'] : ['mobile', 'desktop'],
    progress,
  });
  progress(`Lighthouse: ${lighthouse.skipped ?? `done in ${seconds(lighthouseStart)}`}`);
  log('');
}
const lighthouseSummary = Object.entries(lighthouse.results ?? {}).map(([formFactor, runsOf]) => {
  const good = runsOf.filter((run) => !run.error);
  return {
    formFactor,
    runs: good.length,
    version: good[0]?.version,
    scores: Object.fromEntries(lighthouseCategories.map((category) => [category, summarize(good.map((run) => run.scores[category]))])),
    tbt: summarize(good.map((run) => run.tbt)),
    cls: summarize(good.map((run) => run.cls)),
    lcp: summarize(good.map((run) => run.lcp)),
    longTasks: good.map((run) => run.longTasks),
    failing: [...new Set(good.flatMap((run) => run.failing))],
    errors: [...new Set(runsOf.filter((run) => run.error).map((run) => run.error))],
  };
});

let firefoxRecords;
let firefoxSkipped = options['no-firefox'] ? '--no-firefox' : options.quick ? '--quick' : undefined;
if (useFirefox) {
  try {
    const firefox = await launchFirefox();
    machine.firefox = await firefox.version();
    firefoxRecords = await timeScenarios(firefox, 'Firefox', ['baseline', 'comparison'], runs, { cold: true });
    await firefox.close();
  } catch (error) {
    firefoxSkipped = `Firefox could not be driven: ${String(error.message ?? error).split('\n')[0]}`;
  }
} else {
  firefoxSkipped ??= 'no Firefox at /usr/bin/firefox-esr (set FIREFOX_PATH)';
}
await server.close();
machine.loadAverage = { start: loadAtStart.map((value) => Number(value.toFixed(2))), end: loadavg().map((value) => Number(value.toFixed(2))) };

// ---------------------------------------------------------------------------------------------------------------
// Results

const render = { chromium: Object.fromEntries(Object.entries(chromiumRecords).map(([id, rec]) => [id, summarizeRecord(rec)])) };
if (firefoxRecords) {
  render.firefox = Object.fromEntries(Object.entries(firefoxRecords).map(([id, rec]) => [id, summarizeRecord(rec)]));
}
const ratio = (numerator, denominator) => numerator / denominator;
const scaling = scalingCases.map((scale) => {
  const baseline = render.chromium[`baseline:${scale.id}`].laidOut;
  const comparison = render.chromium[`comparison:${scale.id}`].laidOut;
  return { ...scale, baseline, comparison, ratio: ratio(comparison.median, baseline.median) };
});

const memoryPick = (samples, key) => summarize(samples.map((sample) => sample[key]));
const memorySummary = Object.fromEntries(
  Object.entries(memory).map(([page, samples]) => [
    page,
    {
      jsHeapUsed: memoryPick(samples, 'jsHeapUsed'),
      domNodes: memoryPick(samples, 'domNodes'),
      layoutObjects: memoryPick(samples, 'layoutObjects'),
      pageErrors: [...new Set(samples.flatMap((sample) => sample.pageErrors ?? []))],
    },
  ]),
);

const budget = JSON.parse(readFileSync(join(benchDir, 'budget.json'), 'utf8'));
const bundleText = readFileSync(join(repoRoot, 'dist/care-level-widgets.js'), 'utf8');
const missingFromBundle = [
  ...['care-comparison', 'care-questionnaire', 'care-term', 'care-crisis-banner'].filter(
    (tag) => !new RegExp(`["'\`]${tag}["'\`]`).test(bundleText),
  ),
  ...(bundleText.includes(data.levels.inpatient.shortName.es) ? [] : ['the Spanish text']),
];
const comparisonRatio = ratio(render.chromium.comparison.laidOut.median, render.chromium.baseline.laidOut.median);
const budgetChecks = [
  {
    name: 'bundleGzipBytes',
    what: 'script-tag bundle, gzip',
    actual: sizes.scriptTag.gzip,
    limit: budget.bundleGzipBytes,
    shown: (value) => `${formatKb(value)} (${value} bytes)`,
    problem: missingFromBundle.length > 0 ? `the bundle lacks ${missingFromBundle.join(', ')}, so its size is not the whole library` : undefined,
  },
  {
    name: 'comparisonRenderVsBaseline',
    what: '<care-comparison> render vs static HTML (Chromium medians)',
    actual: comparisonRatio,
    limit: budget.comparisonRenderVsBaseline,
    shown: formatRatio,
    problem: render.chromium.comparison.errors[0],
  },
  {
    name: 'prerenderedComparisonVsStatic',
    what: 'pre-rendered <care-comparison> (snippet and hydrate script) first view vs the same content as static HTML (Chromium medians)',
    actual: prerendered.ratio ?? Number.NaN,
    limit: budget.prerenderedComparisonVsStatic,
    shown: formatRatio,
    problem: prerendered.error,
  },
  {
    name: 'questionnaireStepMs',
    what: 'questionnaire step, Continue to next question (Chromium median)',
    actual: render.chromium.questionnaire.steps?.step.median ?? Number.NaN,
    limit: budget.questionnaireStepMs,
    shown: formatMs,
    problem: render.chromium.questionnaire.errors[0],
  },
  {
    name: 'demoLongestWidgetTaskMs',
    what: "demo site, longest task running the widgets' code at 4x CPU (median; worse of 412 and 1280 px)",
    actual: Math.max(...[412, 1280].map((width) => blockingOf('demo', width, 4).longestWidgetTask.median)),
    limit: budget.demoLongestWidgetTaskMs,
    shown: formatMs,
    problem: blockingOf('demo', 412, 4).errors[0] ?? blockingOf('demo', 1280, 4).errors[0],
  },
  {
    name: 'demoTbtOverStaticMs',
    what: 'demo site TBT minus the same page without the widgets at 4x CPU (medians; worse of 412 and 1280 px)',
    actual: Math.max(...[412, 1280].map((width) => blockingOf('demo', width, 4).tbt.median - blockingOf('demostatic', width, 4).tbt.median)),
    limit: budget.demoTbtOverStaticMs,
    shown: formatMs,
    problem: blockingOf('demostatic', 412, 4).errors[0] ?? blockingOf('demostatic', 1280, 4).errors[0],
  },
  {
    name: 'demoCls',
    what: 'demo site CLS (worst median of 412 and 1280 px, unthrottled and slow 4G + 4x CPU)',
    actual: Math.max(...layoutShifts.filter((shift) => shift.url === '/demo/index.html').map((shift) => shift.cls.median)),
    limit: budget.demoCls,
    shown: (value) => value.toFixed(3),
  },
  ...(lighthouseSummary.length > 0
    ? [
        ...lighthouseCategories.map((category) => ({
          name: `lighthouseMinScores.${category}`,
          what: `Lighthouse ${category} score of the demo (median; worse of ${lighthouseSummary.map((row) => row.formFactor).join(' and ')})`,
          actual: Math.min(...lighthouseSummary.map((row) => row.scores[category].median)),
          limit: budget.lighthouseMinScores?.[category],
          atLeast: true,
          shown: (value) => String(Math.round(value)),
          problem: lighthouseSummary.find((row) => row.runs === 0)?.errors[0],
        })),
        {
          name: 'lighthouseCls',
          what: 'Lighthouse CLS of the demo (median; worse form factor)',
          actual: Math.max(...lighthouseSummary.map((row) => row.cls.median)),
          limit: budget.lighthouseCls,
          shown: (value) => value.toFixed(3),
        },
      ]
    : []),
]
  .filter((check) => typeof check.limit === 'number')
  .map((check) => ({
    ...check,
    ok:
      check.problem === undefined &&
      Number.isFinite(check.actual) &&
      (check.atLeast ? check.actual >= check.limit : check.actual <= check.limit),
  }));

const results = {
  date: new Date().toISOString(),
  runs,
  publishable: runs >= publishableRuns,
  machine,
  method: {
    sizes:
      'raw = rollup output before terser; minified = terser (the script-tag bundle: the shipped file); gzip -9 and brotli quality 11 of the minified code. npm entries are bundled from a consumer file importing only that entry, resolved through package.json exports, tree-shaken with sideEffects.',
    render:
      'Median over runs, after one discarded warm-up run; each run loads every page once, each load in a fresh browser context (new renderer process, HTTP cache disabled, bundle bytes unique per load so no compile cache applies). Times are performance.now() in the page.',
    scaling:
      'Each run loads the scaling pages one after another in one tab of a fresh browser context (warm renderer process). 8 and 16 levels are 2 and 4 comparison tables of the four levels on one page (only four levels exist); center rows come from the configuration’s extraRows in a child <script type="application/json">.',
    memory: `Chrome DevTools Protocol Performance.getMetrics after HeapProfiler.collectGarbage, once every element has rendered; median of ${memoryRuns} loads.`,
    layoutShift: `Largest layout-shift session window (CLS) until the elements have rendered plus 500 ms; median of ${layoutShiftRuns} loads.`,
    blocking: `A performance trace of each load in a fresh context (cache off), at 412 × 823 and 1280 × 800, with the CPU unthrottled and slowed 4x through Emulation.setCPUThrottlingRate; at 4x also on Lighthouse's slow 4G network (as its mobile run), so the script arrives after the page's first paint as on a phone; the page's renderer main thread's tasks until the page has been quiet for 0.75 s × the slowdown. TBT: each task's time over 50 ms after first contentful paint (Lighthouse's definition, to the end of the trace rather than to TTI). Widget task: a task in which the script-tag bundle's code ran. First view: the in-page timer of the Rendering table. Median, min and max of ${blockingRuns} loads.`,
    lighthouse: `Lighthouse (npm package) with throttlingMethod devtools on the demo served with its strict CSP, in Debian's Chromium; mobile (412 × 823, 4x CPU, slow 4G) and desktop (1280 × 800); ${lighthouseRunCount} runs each.`,
  },
  sizes,
  render,
  firefoxSkipped,
  scaling: scaling.map(({ query, ...scale }) => scale),
  memory: memorySummary,
  layoutShift: layoutShifts,
  blocking,
  prerendered,
  lighthouse: lighthouse.skipped ? { skipped: lighthouse.skipped } : lighthouseSummary,
  budget: budgetChecks.map(({ shown, ...check }) => check),
  totalSeconds: Number(((performance.now() - startedAt) / 1000).toFixed(1)),
};
writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

// ---------------------------------------------------------------------------------------------------------------
// Tables

const format = options.markdown ? markdownTable : textTable;
const sections = [];
const section = (title, explanation, columns, rows) => sections.push({ title, explanation, table: format(columns, rows) });
const range = (low, high, formatter) => (Number.isFinite(low) ? `${formatter(low)} – ${formatter(high)}` : 'n/a');

section(
  'Sizes',
  [
    'Raw: bundled, not minified. Minified: terser. gzip -9 and brotli 11 of the minified code. Each npm entry is bundled by a consumer importing only it (rollup + node-resolve + terser, tree-shaken); lit and @floating-ui/dom are included in every row.',
    sizes.scriptTag.byOrigin.length > 0
      ? `The script-tag bundle's gzip bytes by origin, each part minified and gzipped alone / what it adds to the whole: ${sizes.scriptTag.byOrigin
          .filter((part) => part.gzip >= 512)
          .map((part) => `${part.origin} ${formatKb(part.gzip)} / ${formatKb(part.marginalGzip)}`)
          .join(', ')}.`
      : undefined,
  ]
    .filter(Boolean)
    .join('\n'),
  [
    { title: 'Module' },
    { title: 'Consumer imports' },
    { title: 'Raw', align: 'right' },
    { title: 'Minified', align: 'right' },
    { title: 'Gzip', align: 'right' },
    { title: 'Brotli', align: 'right' },
  ],
  [sizes.scriptTag, ...sizes.entries, ...sizes.floor].map((entry) => [
    entry.name,
    entry.imports,
    formatKb(entry.raw),
    formatKb(entry.minified),
    formatKb(entry.gzip),
    formatKb(entry.brotli),
  ]),
);

const renderRows = [];
for (const browserName of Object.keys(render)) {
  const label = browserName === 'chromium' ? 'Chromium' : 'Firefox';
  const baselineMedian = render[browserName].baseline.laidOut.median;
  const add = (page, summary, vsBaseline, defined) =>
    renderRows.push([
      label,
      page,
      String(summary.runs),
      defined ? formatMs(defined.median) : '',
      formatMs(summary.median),
      range(summary.p25, summary.p75, formatMs),
      range(summary.min, summary.max, formatMs),
      vsBaseline ? formatRatio(summary.median / baselineMedian) : '',
    ]);
  for (const id of headlineIds) {
    const result = render[browserName][id];
    if (!result) continue;
    add(scenarios[id].page, result.laidOut, id === 'comparison', scenarios[id].tag ? result.defined : undefined);
    if (result.steps) {
      add('  questionnaire: Start → question 1', result.steps.start);
      add('  questionnaire: Continue → next question', result.steps.step);
      add('  questionnaire: last Continue → result', result.steps.result);
    }
  }
}
const renderNotes = [
  ...Object.entries(scenarios)
    .filter(([, scenario]) => scenario.measures)
    .map(([, scenario]) => `${scenario.page}: ${scenario.measures}.`),
  'Defined at: median time from the same start until the bundle registered the element (script parsed and evaluated up to it); the rest is upgrade, render and layout.',
  'Questionnaire steps: from the click on Start or Continue to the next heading rendered and laid out (all steps of every run pooled).',
  `First view: every load in a fresh browser context (a new renderer process), HTTP cache disabled, the bundle's bytes unique per load (no compile cache); one discarded warm-up run, then runs interleave the pages. Viewport ${viewport.width}×${viewport.height}; "runs" counts successful loads (or steps).`,
];
section('Rendering (time to laid out)', renderNotes.join('\n'), [
  { title: 'Browser' },
  { title: 'Page' },
  { title: 'Runs', align: 'right' },
  { title: 'Defined at', align: 'right' },
  { title: 'Median', align: 'right' },
  { title: 'p25 – p75', align: 'right' },
  { title: 'min – max', align: 'right' },
  { title: 'vs static HTML', align: 'right' },
], renderRows);

section(
  `Scaling (Chromium, median of ${scalingRuns} runs, time to laid out)`,
  `Each run loads these pages one after another in one tab of a fresh browser context, after two discarded pages, so the renderer process is warm and the numbers show growth, not first-view cost (see Rendering for that). Only four levels of care exist, so 8 and 16 levels are 2 and 4 comparison tables of the four levels on one page. Center rows are the configuration's extraRows (at most ${rowCap}, configLimits.extraRows) after the ${builtInRows} built-in rows.`,
  [
    { title: 'Configuration' },
    { title: 'Static HTML', align: 'right' },
    { title: '<care-comparison>', align: 'right' },
    { title: 'Ratio', align: 'right' },
  ],
  scaling.map((scale) => [scale.label, formatMs(scale.baseline.median), formatMs(scale.comparison.median), formatRatio(scale.ratio)]),
);

const megabytes = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : 'n/a');
const count = (value) => (Number.isFinite(value) ? String(Math.round(value)) : 'n/a');
section(
  'Memory (Chromium, after garbage collection)',
  `JS heap in use, DOM nodes (shadow roots included) and layout objects, median of ${memoryRuns} loads, once everything has rendered.`,
  [{ title: 'Page' }, { title: 'JS heap used', align: 'right' }, { title: 'DOM nodes', align: 'right' }, { title: 'Layout objects', align: 'right' }],
  [
    ['Static HTML table (baseline)', memorySummary.baseline],
    ['Every element (crisis banner, term, comparison, questionnaire)', memorySummary.every],
  ].map(([page, summary]) => [page, megabytes(summary.jsHeapUsed.median), count(summary.domNodes.median), count(summary.layoutObjects.median)]),
);

section(
  'Layout shift during load (Chromium)',
  `CLS (largest session window of layout shifts) from navigation until the elements have rendered plus 500 ms, median and worst of ${layoutShiftRuns} loads; 0.1 or less is "good" in Core Web Vitals. Both pages link the optional dist/care-level-widgets.css and load the bundle with defer. "Moved" lists the elements the browser reported as shifted.`,
  [
    { title: 'Page' },
    { title: 'Width, network and CPU' },
    { title: 'CLS median', align: 'right' },
    { title: 'CLS worst', align: 'right' },
    { title: 'Moved' },
  ],
  layoutShifts.map((shift) => [
    shift.page,
    shift.condition,
    shift.cls.median.toFixed(3),
    shift.cls.max.toFixed(3),
    shift.shiftedElements.slice(0, 4).join(', ') || '—',
  ]),
);

const spread = (summary, formatter) =>
  Number.isFinite(summary.median) ? `${formatter(summary.median)} (${formatter(summary.min)} – ${formatter(summary.max)})` : 'n/a';
section(
  `Main-thread blocking (Chromium, median (min – max) of ${blockingRuns} traced loads)`,
  [
    'Each load traced in a fresh context. Longest task: the longest task on the page\'s main thread; widget task: the longest in which the script-tag bundle\'s code ran (evaluation, upgrades, renders, callbacks). TBT: time over 50 ms of every task after first contentful paint, as Lighthouse counts it. First view: the in-page timer of the Rendering table (the comparison\'s every row laid out, or the static table), which at 412 px is the cards.',
    'The static pages\' long tasks (parsing and laying out the whole page before its first paint) count in no TBT: TBT starts at first contentful paint. The demo without the widgets is demo/index.html with the script tag taken out: the fallback content written inside each element shows.',
  ].join('\n'),
  [
    { title: 'CPU' },
    { title: 'Width', align: 'right' },
    { title: 'Page' },
    { title: 'Longest task', align: 'right' },
    { title: 'Longest widget task', align: 'right' },
    { title: 'TBT', align: 'right' },
    { title: 'First view', align: 'right' },
  ],
  blocking.map((row) => [
    row.throttle === 1 ? 'unthrottled' : `${row.throttle}x slower`,
    `${row.width} px`,
    row.page,
    spread(row.longestTask, formatMs),
    row.id.startsWith('demostatic') || row.id === 'baseline' ? '' : spread(row.longestWidgetTask, formatMs),
    spread(row.tbt, formatMs),
    row.firstView.runs > 0 ? spread(row.firstView, formatMs) : '',
  ]),
);

if (!prerendered.error) {
  section(
    `Pre-rendered comparison (care-level-widgets/ssr), first view (Chromium, median of ${prerendered.runs} runs)`,
    'From an inline script right before the content to its table laid out, each load in a fresh context: the snippet `renderElement(\'care-comparison\')` writes (declarative shadow DOM) with the hydrate script after it, the same snippet without the script, and its shadow root\'s markup written into the page as plain HTML.',
    [{ title: 'Page' }, { title: 'First view', align: 'right' }, { title: 'vs static HTML', align: 'right' }],
    [
      ['Static HTML (the same content)', formatMs(prerendered.staticMs), '1.00×'],
      ['Pre-rendered snippet + hydrate script', formatMs(prerendered.prerenderedMs), formatRatio(prerendered.ratio)],
      ['Pre-rendered snippet, no script', formatMs(prerendered.noScriptMs), formatRatio(prerendered.noScriptRatio)],
      ['… hydrated (interactive), from the same start', formatMs(prerendered.hydratedMs), ''],
      ['Snippet size', `${formatKb(prerendered.snippetBytes)} (${formatKb(prerendered.snippetGzipBytes)} gzip)`, ''],
    ],
  );
}

if (lighthouseSummary.length > 0) {
  const score = (summary) => (Number.isFinite(summary.median) ? `${summary.median}${summary.min !== summary.max ? ` (${summary.min} – ${summary.max})` : ''}` : 'n/a');
  section(
    `Lighthouse ${lighthouseSummary[0].version ?? ''} on the demo site (median (min – max) of ${lighthouseRunCount} runs)`,
    [
      "throttlingMethod devtools (real 4x CPU slowdown and slow 4G in the browser on mobile; desktop throttling on desktop), Debian's Chromium through chrome-launcher, the demo served with its strict Content-Security-Policy.",
      ...lighthouseSummary.filter((row) => row.failing.length > 0).map((row) => `Audits below 100% (${row.formFactor}): ${row.failing.join('; ')}.`),
    ].join('\n'),
    [
      { title: 'Form factor' },
      { title: 'Runs', align: 'right' },
      ...lighthouseCategories.map((category) => ({ title: category, align: 'right' })),
      { title: 'TBT', align: 'right' },
      { title: 'CLS', align: 'right' },
    ],
    lighthouseSummary.map((row) => [
      row.formFactor === 'mobile' ? 'mobile (412 px)' : 'desktop (1280 px)',
      String(row.runs),
      ...lighthouseCategories.map((category) => score(row.scores[category])),
      spread(row.tbt, formatMs),
      spread(row.cls, (value) => value.toFixed(3)),
    ]),
  );
}

const header = [
  `care-level-widgets benchmark, ${results.date}`,
  `Node ${machine.node}, ${machine.chromium}${machine.firefox ? `, ${machine.firefox}` : ''}, ${machine.cpus} × ${machine.cpuModel}, load average ${machine.loadAverage.start[0]} → ${machine.loadAverage.end[0]}`,
  `${runs} runs per timing${runs < publishableRuns ? ` — fewer than ${publishableRuns}: for development only, do not publish these numbers` : ''}`,
  firefoxSkipped ? `Firefox: skipped (${firefoxSkipped})` : undefined,
].filter(Boolean);
console.log(`${header.join('\n')}\n`);
for (const { title, explanation, table } of sections) {
  console.log(
    options.markdown
      ? `### ${title}\n\n${explanation.replaceAll('<', '&lt;').split('\n').join('  \n')}\n\n${table}\n`
      : `${title}\n${explanation}\n\n${table}\n`,
  );
}

const problems = Object.entries(render).flatMap(([browserName, pagesOf]) =>
  Object.entries(pagesOf).flatMap(([id, result]) => [
    ...result.errors.map((error) => `${browserName} ${id}: ${error}`),
    ...result.pageErrors.map((error) => `${browserName} ${id}: page error: ${error}`),
  ]),
);
for (const [page, summary] of Object.entries(memorySummary)) problems.push(...summary.pageErrors.map((error) => `memory ${page}: page error: ${error}`));
for (const shift of layoutShifts) problems.push(...shift.pageErrors.map((error) => `layout shift ${shift.page}: page error: ${error}`));
for (const row of blocking) {
  problems.push(...row.errors.map((error) => `blocking ${row.id} ${row.width}px ${row.throttle}x: ${error}`));
  problems.push(...row.pageErrors.map((error) => `blocking ${row.id} ${row.width}px ${row.throttle}x: page error: ${error}`));
}
for (const row of lighthouseSummary) problems.push(...row.errors.map((error) => `Lighthouse ${row.formFactor}: ${error}`));
if (lighthouse.skipped && !options['no-lighthouse']) problems.push(`Lighthouse skipped: ${lighthouse.skipped}`);
if (problems.length > 0) console.log(`Problems seen while measuring:\n${[...new Set(problems)].map((problem) => `  ${problem}`).join('\n')}\n`);

console.log(`Budgets (bench/budget.json):`);
for (const check of budgetChecks) {
  const verdict = check.ok ? 'ok  ' : 'OVER';
  const detail = check.problem ? ` — cannot be checked: ${check.problem}` : '';
  console.log(
    `  ${verdict} ${check.what}: ${Number.isFinite(check.actual) ? check.shown(check.actual) : 'n/a'} (budget ${check.atLeast ? 'at least' : 'at most'} ${check.shown(check.limit)})${detail}`,
  );
}
console.log(`\nWrote bench/results.json. Total time ${seconds(startedAt)}.`);

if (options.check) {
  const failed = budgetChecks.filter((check) => !check.ok);
  if (runs < publishableRuns) log(`Note: --check with ${runs} runs; budgets are meant for ${publishableRuns} or more.`);
  for (const check of failed) {
    log(
      check.problem
        ? `Budget ${check.name} could not be checked: ${check.problem}.`
        : `Budget ${check.atLeast ? 'missed' : 'exceeded'}: ${check.what} is ${Number.isFinite(check.actual) ? check.shown(check.actual) : 'not measurable'}, ${check.atLeast ? 'under' : 'over'} the ${check.shown(check.limit)} set as "${check.name}" in bench/budget.json.`,
    );
  }
  if (failed.length > 0) process.exit(1);
  log('Every budget in bench/budget.json holds.');
}
