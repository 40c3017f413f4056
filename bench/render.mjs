/**
 * Rendering, memory and layout-shift measurements in headless browsers driven by puppeteer-core. The HTTP cache is
 * disabled, every tab opens in a fresh browser context, and loads run one at a time.
 */
import puppeteer, { PredefinedNetworkConditions } from 'puppeteer-core';

export const viewport = { width: 1280, height: 800 };

export async function launchChromium() {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-gpu',
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      '--disable-features=BackForwardCache',
    ],
  });
}

export async function launchFirefox() {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
    headless: true,
  });
}

/** Opens `url` in a fresh context, runs `use(page)` and closes everything; page errors make the load fail. */
export async function withFreshPage(browser, url, use, { prepare, size = viewport, timeout = 60_000 } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(String(error.message ?? error)));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.setViewport(size);
    await page.setCacheEnabled(false);
    await prepare?.(page);
    await page.goto(url, { waitUntil: 'load', timeout });
    const result = await use(page);
    return { ...result, ...(problems.length > 0 ? { pageErrors: problems } : {}) };
  } finally {
    await context.close();
  }
}

/**
 * A tab in a fresh browser context: `time(url)` loads a bench page in it and returns what the in-page timer
 * (bench/pages/harness.js) measured. The server gives every load byte-distinct bundle code, so a tab that loads
 * several pages never reuses an earlier load's compiled script.
 */
export async function openTimingTab(browser) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  await page.setCacheEnabled(false);
  let problems = [];
  page.on('pageerror', (error) => problems.push(String(error.message ?? error)));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  return {
    async time(url, { afterLoad } = {}) {
      problems = [];
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      let timing = await page.evaluate(() => window.benchResult);
      if (!timing.error && afterLoad) timing = { ...timing, ...(await afterLoad(page)) };
      return { ...timing, ...(problems.length > 0 ? { pageErrors: problems } : {}) };
    },
    close: () => context.close(),
  };
}

/** The questionnaire's step times, walking through it with `answers` (an option value by question id). */
export function questionnaireSteps(answers) {
  return async (page) => {
    try {
      return { steps: await page.evaluate((given) => window.bench.questionnaireSteps(given), answers) };
    } catch (error) {
      return { stepsError: String(error.message ?? error).split('\n')[0] };
    }
  };
}

/**
 * Memory once the page has settled: after a forced garbage collection, the JS heap in use and the DOM nodes and
 * layout objects alive, from the Chrome DevTools Protocol's `Performance.getMetrics`.
 */
export function memoryOf(browser, url) {
  return withFreshPage(browser, url, async (page) => {
    const settled = await page.evaluate(() => window.benchResult);
    const session = await page.createCDPSession();
    await session.send('Performance.enable');
    await session.send('HeapProfiler.collectGarbage');
    const { metrics } = await session.send('Performance.getMetrics');
    const metric = (name) => metrics.find((entry) => entry.name === name)?.value;
    return {
      jsHeapUsed: metric('JSHeapUsedSize'),
      domNodes: metric('Nodes'),
      layoutObjects: metric('LayoutObjects'),
      error: settled.error,
    };
  });
}

function installLayoutShiftObserver() {
  window.benchLayoutShifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      const moved = (entry.sources ?? []).map(({ node }) => {
        const element = node?.nodeType === Node.ELEMENT_NODE ? node : node?.parentElement;
        if (!element) return 'a removed node';
        const host = element.getRootNode().host;
        const name = `<${element.localName}${element.id ? `#${element.id}` : ''}>`;
        return host ? `${name} in <${host.localName}>` : name;
      });
      window.benchLayoutShifts.push({ value: entry.value, startTime: entry.startTime, moved });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

async function settleCustomElements() {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const tags = [...new Set([...document.querySelectorAll('*')].map((element) => element.localName))].filter((tag) =>
    tag.includes('-'),
  );
  const defined = Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  await Promise.race([defined, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  const elements = tags.length > 0 ? [...document.querySelectorAll(tags.join(','))] : [];
  await Promise.all(elements.map((element) => element.updateComplete));
  await frame();
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 500));
}

/**
 * Cumulative Layout Shift as web-vitals defines it: the largest session window of shifts (gaps under 1 s, windows
 * under 5 s), from the page's start until its custom elements have rendered and half a second has passed.
 */
export function cumulativeLayoutShift(shifts) {
  let largest = 0;
  let windowValue = 0;
  let windowStart = Number.NEGATIVE_INFINITY;
  let previous = Number.NEGATIVE_INFINITY;
  for (const shift of shifts) {
    if (shift.startTime - previous >= 1000 || shift.startTime - windowStart >= 5000) {
      windowValue = 0;
      windowStart = shift.startTime;
    }
    windowValue += shift.value;
    previous = shift.startTime;
    largest = Math.max(largest, windowValue);
  }
  return largest;
}

/** Layout shift while `url` loads, unthrottled or on simulated slow 4G with a 4x slower CPU (Lighthouse's mobile). */
export function layoutShiftOf(browser, url, { slow = false, size = viewport } = {}) {
  return withFreshPage(
    browser,
    url,
    async (page) => {
      await page.evaluate(settleCustomElements);
      const shifts = await page.evaluate(() => window.benchLayoutShifts);
      return {
        detail: shifts,
        cls: cumulativeLayoutShift(shifts),
        shifts: shifts.length,
        shiftedElements: [...new Set(shifts.flatMap((shift) => shift.moved))],
      };
    },
    {
      size,
      prepare: async (page) => {
        await page.evaluateOnNewDocument(installLayoutShiftObserver);
        if (slow) {
          await page.emulateNetworkConditions(PredefinedNetworkConditions['Slow 4G']);
          await page.emulateCPUThrottling(4);
        }
      },
    },
  );
}
