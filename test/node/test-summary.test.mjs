import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summaryLine, tapSkipReasons } from '../../scripts/test-summary.mjs';

test('npm test ends with the bare totals when nothing was skipped', () => {
  const results = [
    { suite: 'node', passed: 40, failed: 0, skipped: 0 },
    { suite: 'chromium', passed: 300, failed: 1, skipped: 0 },
  ];
  assert.equal(summaryLine(results), '340 passed, 1 failed');
});

test('npm test names the skipped tests in its last line, per suite, with the reason', () => {
  const tap = [
    'ok 1 - saves the settings # SKIP WordPress Playground did not start (php is not installed)',
    'ok 2 - shows the block # SKIP WordPress Playground did not start (php is not installed)',
    'ok 3 - renders the shortcode',
    '# skipped 2',
  ].join('\n');
  const results = [
    { suite: 'node', passed: 40, failed: 0, skipped: 0 },
    { suite: 'wordpress', passed: 1, failed: 0, skipped: 2, skipReasons: tapSkipReasons(tap) },
    { suite: 'webkit', passed: 300, failed: 0, skipped: 1 },
  ];
  assert.equal(
    summaryLine(results),
    '341 passed, 0 failed, 3 skipped (wordpress: 2, WordPress Playground did not start (php is not installed) | webkit: 1)',
  );
});

test('a skip without a reason still counts, and says so', () => {
  assert.deepEqual(tapSkipReasons('ok 4 - a test # SKIP\nok 5 - another'), ['no reason given']);
});
