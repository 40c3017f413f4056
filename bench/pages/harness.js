/*
 * The benchmark's in-page timer, loaded in <head> of every bench page before anything measured. `bench.start()`
 * runs as an inline script just before the measured content (the static table, or the script-tag bundle); the
 * `bench.when…` calls after it record when the content is in the DOM and laid out, and `window.benchResult`
 * resolves with the numbers for bench/run.mjs to read.
 */
(() => {
  const bundlePath = '/dist/care-level-widgets.js';
  let startTime = Number.NaN;
  let resolveResult;
  window.benchResult = new Promise((resolve) => {
    resolveResult = resolve;
  });

  // A MessageChannel task yields to the event loop without the 4 ms clamp of nested setTimeout calls.
  const channel = new MessageChannel();
  const waiting = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  const nextTask = () =>
    new Promise((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

  // When each element class was registered: the bundle has then been parsed and its modules evaluated up to it.
  const definedAt = {};
  const define = customElements.define.bind(customElements);
  customElements.define = (name, ...rest) => {
    definedAt[name] = performance.now();
    return define(name, ...rest);
  };

  async function waitFor(check, timeoutMs = 10000) {
    const giveUpAt = performance.now() + timeoutMs;
    for (;;) {
      const found = check();
      if (found) return found;
      if (performance.now() > giveUpAt) return undefined;
      await nextTask();
    }
  }

  function forceLayout(elements) {
    for (const element of elements) element.getBoundingClientRect();
    return document.documentElement.offsetHeight;
  }

  /**
   * When the script-tag bundle was fetched after `bench.start()`, the clock starts when its download ended, so the
   * numbers are script execution (parse, compile, run, render, layout), not the local network.
   */
  function measuredStart() {
    const bundle = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith(bundlePath));
    const downloadWait = bundle ? Math.max(0, bundle.responseEnd - startTime) : 0;
    return { from: startTime + downloadWait, downloadWait };
  }

  /** What the page holds when a wait gives up, so a failure in the output explains itself. */
  function diagnosis() {
    return [...document.querySelectorAll('care-comparison, care-questionnaire')]
      .map((element) => {
        const root = element.shadowRoot;
        const table = root?.querySelector('table');
        const state = !customElements.get(element.localName)
          ? 'not defined'
          : !root
            ? 'no shadow root'
            : table
              ? `a table of ${table.rows.length} rows`
              : `no table (${root.querySelectorAll('*').length} elements)`;
        return `<${element.localName}>: ${state}`;
      })
      .join('; ');
  }

  async function finish(label, found, extra = {}) {
    if (!found) {
      resolveResult({ error: `${label} did not appear within 10 s (${diagnosis() || 'no element'})`, ...extra });
      return;
    }
    forceLayout(found);
    const laidOutAt = performance.now();
    await nextFrame();
    const frameAt = performance.now();
    const { from, downloadWait } = measuredStart();
    const defined = Object.fromEntries(Object.entries(definedAt).map(([name, time]) => [name, time - from]));
    resolveResult({ laidOut: laidOutAt - from, nextFrame: frameAt - from, downloadWait, defined, ...extra });
  }

  /**
   * A table counts as complete once its last row shows the last row's label. A narrow comparison shows cards
   * instead of a table: they count once the last card holds it. Only that row or card is read: the wait checks on
   * every task, and reading a whole table's text each time would slow the page it measures.
   */
  function completeTables(roots, { lastRowLabel }) {
    const tables = roots.map((root) => root?.querySelector('table, [role="table"], .cards-view'));
    const lastPart = (table) => (table.localName === 'table' ? table.rows[table.rows.length - 1] : table.lastElementChild);
    const complete = (table) => table && lastPart(table)?.textContent.includes(lastRowLabel);
    return tables.length > 0 && tables.every(complete) ? tables : undefined;
  }

  window.bench = {
    start() {
      performance.mark('bench-start');
      startTime = performance.now();
    },

    /** The static baseline: every <table> on the page holds every row (`{ lastRowLabel }`). */
    async whenStaticTablesRendered(expected) {
      const roots = () => [...document.querySelectorAll('table')].map((table) => table.parentElement);
      await finish('The static table', await waitFor(() => completeTables(roots(), expected)));
    },

    /** Every <care-comparison> has a table in its shadow root that holds every row (`{ lastRowLabel }`). */
    async whenComparisonsRendered(expected) {
      const roots = () => [...document.querySelectorAll('care-comparison')].map((element) => element.shadowRoot);
      await finish(
        'A <care-comparison> table holding every row',
        await waitFor(() => completeTables(roots(), expected)),
      );
    },

    /** The questionnaire's first button (Start) is rendered, visible, enabled and takes focus. */
    async whenQuestionnaireInteractive() {
      const startButton = () => {
        const root = document.querySelector('care-questionnaire')?.shadowRoot;
        const button = root?.querySelector('button.primary') ?? root?.querySelector('button');
        if (!button || button.disabled || button.getClientRects().length === 0) return undefined;
        button.focus();
        return root.activeElement === button ? [button] : undefined;
      };
      await finish('An enabled, focusable Start button in <care-questionnaire>', await waitFor(startButton));
    },

    /** Every custom element on the page is defined and has finished its first update. */
    async whenElementsSettled() {
      const tags = [...new Set([...document.querySelectorAll('*')].map((el) => el.localName))].filter((tag) =>
        tag.includes('-'),
      );
      await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
      const elements = tags.length > 0 ? [...document.querySelectorAll(tags.join(','))] : [];
      await Promise.all(elements.map((element) => element.updateComplete));
      await nextFrame();
      await nextFrame();
      resolveResult({ tags });
    },

    /**
     * Goes through the questionnaire with `answers` (an option value by question id) and times each step: from the
     * click on Start or Continue to the next screen's heading being rendered and laid out.
     */
    async questionnaireSteps(answers) {
      const element = document.querySelector('care-questionnaire');
      const root = element.shadowRoot;
      const heading = () => root.querySelector('[data-focus-target]')?.textContent.trim().replace(/\s+/g, ' ');
      const timeClick = async (button) => {
        await nextFrame();
        await nextTask();
        const before = heading();
        const clickedAt = performance.now();
        button.click();
        const changed = await waitFor(() =>
          heading() && heading() !== before ? [root.firstElementChild ?? root.host] : undefined,
        );
        if (!changed) throw new Error(`The heading stayed "${before}" after clicking "${button.textContent.trim()}"`);
        forceLayout(changed);
        return performance.now() - clickedAt;
      };
      const start = await timeClick(root.querySelector('button.primary') ?? root.querySelector('button'));
      const steps = [];
      let result = Number.NaN;
      for (let step = 0; step < 40; step += 1) {
        const radio = root.querySelector('input[type="radio"]');
        if (!radio) break;
        const value = answers[radio.name];
        const choice = root.querySelector(
          `input[type="radio"][name="${CSS.escape(radio.name)}"][value="${CSS.escape(value ?? '')}"]`,
        );
        if (!choice) throw new Error(`No bench answer for question "${radio.name}"`);
        choice.click();
        await element.updateComplete;
        const time = await timeClick(root.querySelector('button[type="submit"]'));
        if (root.querySelector('input[type="radio"]')) steps.push(time);
        else result = time;
      }
      return { start, steps, result, finalHeading: heading() };
    },
  };
})();
