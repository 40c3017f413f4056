/**
 * Main-thread blocking in Chromium: each page loaded in a fresh context at a phone's width (412 px) and a laptop's
 * (1280 px), unthrottled and with the CPU slowed 4x (Chrome DevTools Protocol `Emulation.setCPUThrottlingRate`) on
 * a slow 4G network, as Lighthouse's mobile run does, with a performance trace. Without the network's pace a slowed
 * CPU gets the whole bundle before the page's first paint, as no phone does, and the browser's first layout of the
 * page lands in the script's task. From the trace: the renderer main thread's tasks, the longest task, the longest
 * task that ran the widgets' code (the loader's or a chunk's: its evaluation, or a callback, microtask, timer or
 * observer of it), and Total Blocking Time (Lighthouse's definition: every task's time over 50 ms, from first
 * contentful paint until the page is quiet). The comparison and baseline pages also report their in-page first-view time
 * (bench/pages/harness.js).
 */

import { PredefinedNetworkConditions } from 'puppeteer-core';
import { withFreshPage } from './render.mjs';

/** The widgets' code: the script tag's loader and the chunks it loads. */
const widgetPaths = ['/dist/care-level-widgets.js', '/dist/chunks/'];

export const taskViewports = {
  412: { width: 412, height: 823 },
  1280: { width: 1280, height: 800 },
};

const traceCategories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading', 'v8.execute', 'blink.user_timing'];

/** The traced page's navigation: its `navigationStart` (the document at `url`) and so its renderer main thread. */
function pageNavigation(events, url) {
  const starts = events.filter((event) => event.name === 'navigationStart' && event.args?.data?.documentLoaderURL);
  return starts.find((event) => event.args.data.documentLoaderURL === url) ?? starts.find((event) => event.args.data.documentLoaderURL.startsWith('http'));
}

/** Tasks, TBT and attributions from a Chromium trace's events. */
export function analyseTrace(events, { url, bundlePaths = widgetPaths } = {}) {
  const navigation = pageNavigation(events, url);
  if (!navigation) return { error: 'no navigation to the page in the trace' };
  const onMain = events.filter((event) => event.pid === navigation.pid && event.tid === navigation.tid);
  const complete = onMain.filter((event) => event.ph === 'X' && typeof event.dur === 'number').sort((a, b) => a.ts - b.ts);
  const navigationStart = navigation.ts;
  const fcp = onMain.find((event) => event.name === 'firstContentfulPaint' && event.ts >= navigationStart)?.ts;
  const tasks = complete.filter((event) => event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask');
  const runsBundle = (event) => {
    const data = event.args?.data ?? event.args?.beginData;
    const url = data?.url ?? data?.stackTrace?.[0]?.url ?? '';
    return typeof url === 'string' && bundlePaths.some((path) => url.includes(path));
  };
  const bundleEvents = complete.filter(runsBundle);
  let next = 0;
  const summary = tasks.filter((task) => task.ts + task.dur >= navigationStart).map((task) => {
    const end = task.ts + task.dur;
    while (next < bundleEvents.length && bundleEvents[next].ts < task.ts) next += 1;
    const fromBundle = next < bundleEvents.length && bundleEvents[next].ts < end;
    // tdur: the main thread's own CPU time in the task, which a busy machine inflates far less than the wall time.
    return { start: (task.ts - navigationStart) / 1000, duration: task.dur / 1000, cpu: (task.tdur ?? task.dur) / 1000, fromBundle };
  });
  const fcpMs = fcp === undefined ? 0 : (fcp - navigationStart) / 1000;
  const blocking = summary
    .filter((task) => task.start + task.duration > fcpMs)
    .reduce((total, task) => total + Math.max(0, task.duration - 50), 0);
  const longest = (list, key = 'duration') => list.reduce((max, task) => Math.max(max, task[key]), 0);
  return {
    longestTaskCpu: longest(summary, 'cpu'),
    longestBundleTaskCpu: longest(summary.filter((task) => task.fromBundle), 'cpu'),
    fcp: fcp === undefined ? undefined : fcpMs,
    tbt: blocking,
    longestTask: longest(summary),
    longestBundleTask: longest(summary.filter((task) => task.fromBundle)),
    longTasks: summary.filter((task) => task.duration > 50).map((task) => ({ ...task, start: Math.round(task.start), duration: Math.round(task.duration), cpu: Math.round(task.cpu) })),
  };
}

/**
 * Loads `url` once in a fresh context at `viewport` with the CPU `throttle` times slower, traces it until the page
 * has been quiet for a while, and returns the trace's analysis plus the in-page first-view time when the page has
 * the bench harness.
 */
export async function traceLoad(browser, url, { viewport, throttle }) {
  return withFreshPage(
    browser,
    url,
    async (page) => {
      const firstView = await page.evaluate(async () => {
        if (!window.benchResult) return undefined;
        const result = await window.benchResult;
        return result?.laidOut;
      });
      // Quiet: what the elements do after load (observers, deferred work) lands in the trace too.
      await new Promise((resolve) => setTimeout(resolve, 750 * throttle));
      const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
      const events = Array.isArray(trace) ? trace : trace.traceEvents;
      return { ...analyseTrace(events, { url }), firstView };
    },
    {
      size: { ...viewport, deviceScaleFactor: 1 },
      timeout: 120_000,
      prepare: async (page) => {
        const session = await page.createCDPSession();
        await session.send('Emulation.setCPUThrottlingRate', { rate: throttle });
        if (throttle > 1) await page.emulateNetworkConditions(PredefinedNetworkConditions['Slow 4G']);
        await page.tracing.start({ categories: traceCategories });
      },
    },
  );
}
