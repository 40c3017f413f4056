/**
 * Lighthouse on a page, in Debian's Chromium (CHROME_PATH, else /usr/bin/chromium) through chrome-launcher: no
 * browser is downloaded. `throttlingMethod: 'devtools'` applies a real 4x CPU slowdown and slow-4G network in the
 * browser (not Lighthouse's simulation), as the issue measured. Mobile is Lighthouse's default phone (412 × 823);
 * desktop is 1280 × 800 with its desktop throttling.
 */

async function loadLighthouse() {
  try {
    const [{ default: lighthouse, desktopConfig }, chromeLauncher] = await Promise.all([
      import('lighthouse'),
      import('chrome-launcher'),
    ]);
    return { lighthouse, desktopConfig, chromeLauncher };
  } catch (error) {
    return { missing: String(error.message ?? error).split('\n')[0] };
  }
}

export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Runs Lighthouse once on `url` as `formFactor` (`mobile` or `desktop`) and returns its scores and metrics. */
async function runOnce(modules, url, formFactor) {
  const { lighthouse, desktopConfig, chromeLauncher } = modules;
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: lighthouseCategories, throttlingMethod: 'devtools' };
    const config =
      formFactor === 'desktop'
        ? {
            ...desktopConfig,
            settings: {
              ...desktopConfig.settings,
              throttlingMethod: 'devtools',
              screenEmulation: { mobile: false, width: 1280, height: 800, deviceScaleFactor: 1, disabled: false },
            },
          }
        : undefined;
    const result = await lighthouse(url, flags, config);
    const lhr = result?.lhr;
    if (!lhr) return { error: 'Lighthouse returned no result' };
    if (lhr.runtimeError) return { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
    const scores = Object.fromEntries(lighthouseCategories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100)]));
    const numeric = (id) => lhr.audits[id]?.numericValue;
    const failing = lighthouseCategories.flatMap((category) =>
      (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
        .map((ref) => `${category}: ${ref.id} (${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score})`),
    );
    return {
      scores,
      tbt: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      fcp: numeric('first-contentful-paint'),
      lcp: numeric('largest-contentful-paint'),
      longTasks: (lhr.audits['long-tasks']?.details?.items ?? []).map((item) => ({ url: item.url, duration: Math.round(item.duration) })),
      failing,
      version: lhr.lighthouseVersion,
    };
  } finally {
    chrome.kill();
  }
}

/** Lighthouse `runs` times per form factor on `url`; `undefined` entries for runs that failed, with the reason. */
export async function lighthouseRuns(url, { runs, formFactors = ['mobile', 'desktop'], progress = () => {} }) {
  const modules = await loadLighthouse();
  if (modules.missing) return { skipped: `lighthouse is not installed (${modules.missing})` };
  const results = {};
  for (const formFactor of formFactors) {
    results[formFactor] = [];
    for (let run = 1; run <= runs; run += 1) {
      progress(`Lighthouse ${formFactor}: run ${run} of ${runs}`);
      try {
        results[formFactor].push(await runOnce(modules, url, formFactor));
      } catch (error) {
        results[formFactor].push({ error: String(error.message ?? error).split('\n')[0] });
      }
    }
  }
  return { results };
}
