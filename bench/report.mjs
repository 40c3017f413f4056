/**
 * Prints the benchmark's tables and the budgets' verdicts from results alone (what bench/results.json holds), as
 * text or, with `markdown`, as the README's tables. Sections whose measurement was left out are left out.
 */
import { lighthouseCategories } from './lighthouse.mjs';
import { formatKb, formatMs, formatRatio, markdownTable, textTable } from './stats.mjs';

const headlineIds = ['baseline', 'comparison', 'questionnaire'];

export function printReport(results, checks, { markdown = false, publishableRuns }) {
  const { sizes, render, machine, runs, firefoxSkipped, scaling, blocking, prerendered } = results;
  const memorySummary = results.memory;
  const layoutShifts = results.layoutShift;
  const lighthouseSummary = Array.isArray(results.lighthouse) ? results.lighthouse : [];
  const { scalingRuns, memoryRuns, blockingRuns, layoutShiftRuns, lighthouseRunCount } = results.runCounts;
  const { cap: rowCap, builtIn: builtInRows } = results.rows;
  const scenarios = results.pages;
  const { viewport } = machine;
  const format = markdown ? markdownTable : textTable;
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

  if (results.fetched) {
    const { fetched } = results;
    section(
      'What each kind of page fetches',
      'The scripts Chromium fetched from dist/ to show each page (the loader care-level-widgets.js and the chunks it imported), each weighed as gzip -9 of the built file; then every chunk together, and the single file for comparison.',
      [{ title: 'Page' }, { title: 'Files', align: 'right' }, { title: 'Gzip', align: 'right' }],
      [
        ...fetched.pages.map((row) => [row.error ? `${row.page} (failed: ${row.error})` : row.page, String(row.files.length), formatKb(row.gzip)]),
        ['every chunk together, with the loader', String(fetched.everyChunk.files), formatKb(fetched.everyChunk.gzip)],
        ['care-level-widgets.standalone.js (one file)', '1', formatKb(fetched.standalone.gzip)],
      ],
    );
  }

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

  if (scaling.length > 0) section(
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
  if (memoryRuns > 0) section(
    'Memory (Chromium, after garbage collection)',
    `JS heap in use, DOM nodes (shadow roots included) and layout objects, median of ${memoryRuns} loads, once everything has rendered.`,
    [{ title: 'Page' }, { title: 'JS heap used', align: 'right' }, { title: 'DOM nodes', align: 'right' }, { title: 'Layout objects', align: 'right' }],
    [
      ['Static HTML table (baseline)', memorySummary.baseline],
      ['Every element (crisis banner, term, comparison, questionnaire)', memorySummary.every],
    ].map(([page, summary]) => [page, megabytes(summary.jsHeapUsed.median), count(summary.domNodes.median), count(summary.layoutObjects.median)]),
  );

  if (layoutShifts.length > 0) section(
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

  if (!prerendered.error && prerendered.runs > 0) {
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
      markdown
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
  if (results.lighthouse.skipped && !['--no-lighthouse', '--quick'].includes(results.lighthouse.skipped)) {
    problems.push(`Lighthouse skipped: ${results.lighthouse.skipped}`);
  }
  if (problems.length > 0) console.log(`Problems seen while measuring:\n${[...new Set(problems)].map((problem) => `  ${problem}`).join('\n')}\n`);

  console.log(`Budgets (bench/budget.json):`);
  for (const check of checks) {
    const verdict = !check.measured ? '--  ' : check.ok ? 'ok  ' : 'OVER';
    const detail = check.problem ? ` — cannot be checked: ${check.problem}` : check.measured ? '' : ' — not measured in this run';
    console.log(
      `  ${verdict} ${check.what}: ${Number.isFinite(check.actual) ? check.shown(check.actual) : 'n/a'} (budget ${check.atLeast ? 'at least' : 'at most'} ${check.shown(check.limit)})${detail}`,
    );
  }
}
