/**
 * The budgets of bench/budget.json judged against measured results (what bench/results.json holds). Pure: it reads
 * nothing but its arguments, so `npm run bench -- --check --results bench/results.json` can judge a results file
 * alone, without measuring. A check whose measurement was left out (`--quick`, `--no-lighthouse`) is `measured: false`
 * and neither passes nor fails.
 */
import { formatKb, formatMs, formatRatio } from './stats.mjs';

/** The worst (largest) of some medians; NaN when one of them was not measured. */
function worstOf(values) {
  return values.length > 0 && values.every((value) => Number.isFinite(value)) ? Math.max(...values) : Number.NaN;
}

export function checkBudgets(results, budget) {
  const { render } = results;
  const blockingOf = (id, width, throttle) =>
    results.blocking.find((row) => row.id === id && row.width === width && row.throttle === throttle);
  const lighthouseSummary = Array.isArray(results.lighthouse) ? results.lighthouse : [];
  const comparisonRatio = render.chromium.comparison.laidOut.median / render.chromium.baseline.laidOut.median;
  const bytes = (value) => `${formatKb(value)} (${value} bytes)`;
  const fetchedPage = (id) => results.fetched?.pages.find((row) => row.id === id);
  const checks = [
    ...Object.entries(budget.fetchedGzipBytes ?? {}).map(([id, limit]) => ({
      name: `fetchedGzipBytes.${id}`,
      what: `scripts fetched by the ${fetchedPage(id)?.page ?? id} page, gzip`,
      actual: fetchedPage(id)?.gzip ?? Number.NaN,
      limit,
      shown: bytes,
      problem: fetchedPage(id)?.error,
    })),
    {
      name: 'everyChunkGzipBytes',
      what: 'the loader and every chunk together, gzip',
      actual: results.fetched?.everyChunk.gzip ?? Number.NaN,
      limit: budget.everyChunkGzipBytes,
      shown: bytes,
      problem: results.bundleLacks?.length > 0 ? `the single file lacks ${results.bundleLacks.join(', ')}, so the build is not the whole library` : undefined,
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
      actual: results.prerendered.ratio ?? Number.NaN,
      limit: budget.prerenderedComparisonVsStatic,
      shown: formatRatio,
      problem: results.prerendered.error,
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
      actual: worstOf([412, 1280].map((width) => blockingOf('demo', width, 4)?.longestWidgetTask.median)),
      limit: budget.demoLongestWidgetTaskMs,
      shown: formatMs,
      problem: blockingOf('demo', 412, 4)?.errors[0] ?? blockingOf('demo', 1280, 4)?.errors[0],
    },
    {
      name: 'demoTbtOverStaticMs',
      what: 'demo site TBT minus the same page without the widgets at 4x CPU (medians; worse of 412 and 1280 px)',
      actual: worstOf(
        [412, 1280].map((width) => blockingOf('demo', width, 4)?.tbt.median - blockingOf('demostatic', width, 4)?.tbt.median),
      ),
      limit: budget.demoTbtOverStaticMs,
      shown: formatMs,
      problem: blockingOf('demostatic', 412, 4)?.errors[0] ?? blockingOf('demostatic', 1280, 4)?.errors[0],
    },
    {
      name: 'demoCls',
      what: 'demo site CLS (worst median of 412 and 1280 px, unthrottled and slow 4G + 4x CPU)',
      actual: worstOf(results.layoutShift.filter((shift) => shift.url === '/demo/index.html').map((shift) => shift.cls.median)),
      limit: budget.demoCls,
      shown: (value) => value.toFixed(3),
    },
    ...(lighthouseSummary.length > 0
      ? [
          ...Object.keys(budget.lighthouseMinScores ?? {}).map((category) => ({
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
      measured: Number.isFinite(check.actual) || check.problem !== undefined,
      ok:
        check.problem === undefined &&
        Number.isFinite(check.actual) &&
        (check.atLeast ? check.actual >= check.limit : check.actual <= check.limit),
    }));
  return checks;
}
