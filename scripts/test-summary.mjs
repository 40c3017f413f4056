/**
 * The last lines of `npm test` (scripts/test.mjs): totals over every suite, and what was skipped and why, so a run
 * that quietly left tests out never reads like a full one.
 */

/** Counts and reasons from a `node --test --test-reporter=tap` run: `ok 3 - name # SKIP reason`. */
export function tapSkipReasons(output) {
  return [...output.matchAll(/^\s*ok \d+ - .*? # SKIP(?: (.*))?$/gm)].map((match) => match[1]?.trim() || 'no reason given');
}

/**
 * `1051 passed, 0 failed`, then `, 8 skipped (wordpress: 8, WordPress Playground did not start …)` when anything was
 * skipped. Each result is `{ suite, passed, failed, skipped, skipReasons? }`.
 */
export function summaryLine(results) {
  const sum = (key) => results.reduce((total, result) => total + result[key], 0);
  const line = `${sum('passed')} passed, ${sum('failed')} failed`;
  const skipped = sum('skipped');
  if (skipped === 0) return line;
  const parts = results
    .filter((result) => result.skipped > 0)
    .map(({ suite, skipped: count, skipReasons = [] }) => {
      const reasons = [...new Set(skipReasons)];
      return `${suite}: ${count}${reasons.length > 0 ? `, ${reasons.join('; ')}` : ''}`;
    });
  return `${line}, ${skipped} skipped (${parts.join(' | ')})`;
}
