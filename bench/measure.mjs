/**
 * Measures what care-level-widgets costs site owners and their visitors, beside a plain-HTML baseline: sizes,
 * rendering, scaling, memory, layout shift, main-thread blocking, the pre-rendered comparison and Lighthouse. Returns
 * the results (what bench/results.json holds); budgets.mjs judges them and report.mjs prints them.
 *
 * `quick` measures what day-to-day work needs in under two minutes: the sizes, the render ratios (3 runs) and one
 * traced load per page at 4x CPU on a phone's width; the rest is left out and reported as not measured.
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
import { measureFetched } from './fetched.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(benchDir, '..');
/** Runs per timing below which numbers are for development only. */
export const publishableRuns = 20;

export async function measure(options) {
  const runs = options.runs !== undefined ? Number(options.runs) : options.quick ? 3 : publishableRuns;
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`--runs takes a whole number of runs, such as --runs 20 (got "${options.runs}").`);
    process.exit(2);
  }
  // Scaling, memory and layout shift are secondary to the headline timings and have many more pages (or, for layout
  // shift, throttled loads of several seconds), so they take fewer runs to keep the whole bench near two minutes.
  const scalingRuns = options.quick ? runs : Math.max(10, Math.ceil(runs / 2));
  const memoryRuns = options.quick ? 0 : 3;
  const layoutShiftRuns = options.quick ? 0 : 3;
  // Traced loads for main-thread blocking: 16 conditions (4 pages, 2 widths, 2 CPU speeds) of a few seconds each.
  const blockingRuns = options.quick ? 1 : Math.max(3, Math.ceil(runs / 4));
  const lighthouseRunCount = options.quick ? 0 : 3;
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
  for (const file of ['dist/care-level-widgets.js', 'dist/care-level-widgets.standalone.js', 'dist/data.js']) {
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
  log('Recording what each kind of page fetches (Chromium)…');
  const fetchBrowser = await launchChromium();
  const fetched = await measureFetched(repoRoot, server.origin, fetchBrowser);
  await fetchBrowser.close();

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
      options.quick ? [] : Object.keys(scenarios).filter((id) => !headlineIds.includes(id)),
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
  const layoutShiftCases = layoutShiftRuns === 0 ? [] : [
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
  // --quick: one traced load per page, at 4x CPU on a phone's width.
  const blockingConditions = options.quick
    ? [{ throttle: 4, width: 412 }]
    : [1, 4].flatMap((throttle) => [412, 1280].map((width) => ({ throttle, width })));
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
  if (options['no-lighthouse'] || options.quick) {
    lighthouse = { skipped: options.quick ? '--quick' : '--no-lighthouse' };
  } else {
    const lighthouseStart = performance.now();
    lighthouse = await lighthouseRuns(`${server.origin}/demo/index.html`, {
      runs: lighthouseRunCount,
      formFactors: ['mobile', 'desktop'],
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
  const scaling = (options.quick ? [] : scalingCases).map((scale) => {
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

  const bundleText = readFileSync(join(repoRoot, 'dist/care-level-widgets.standalone.js'), 'utf8');
  const missingFromBundle = [
    ...['care-comparison', 'care-questionnaire', 'care-term', 'care-crisis-banner'].filter(
      (tag) => !new RegExp(`["'\`]${tag}["'\`]`).test(bundleText),
    ),
    ...(bundleText.includes(data.levels.inpatient.shortName.es) ? [] : ['the Spanish text']),
  ];

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
    fetched,
    render,
    firefoxSkipped,
    scaling: scaling.map(({ query, ...scale }) => scale),
    memory: memorySummary,
    layoutShift: layoutShifts,
    blocking,
    prerendered,
    lighthouse: lighthouse.skipped ? { skipped: lighthouse.skipped } : lighthouseSummary,
    bundleLacks: missingFromBundle,
    pages: Object.fromEntries(headlineIds.map((id) => [id, { page: scenarios[id].page, measures: scenarios[id].measures, tag: scenarios[id].tag }])),
    runCounts: { scalingRuns, memoryRuns, layoutShiftRuns, blockingRuns, lighthouseRunCount },
    rows: { cap: rowCap, builtIn: builtInRows },
    totalSeconds: Number(((performance.now() - startedAt) / 1000).toFixed(1)),
  };
  return results;
}
