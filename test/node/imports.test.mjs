// Every entry of the package imports in Node, where there is no DOM: nothing throws, no DOM global appears, and the
// entries that only export classes, data or the renderer register no element. Each import runs in its own process,
// so one entry's globals cannot hide another's.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const entries = Object.entries(packageJson.exports)
  .filter(([, target]) => typeof target === 'object' && target.default?.endsWith('.js'))
  .map(([subpath]) => subpath.replace(/^\./, 'care-level-widgets'));

/** Imports `specifier` in a fresh Node process and reports what it left behind. */
function importAlone(specifier) {
  const script = `
    const before = typeof customElements;
    const module = await import(${JSON.stringify(specifier)});
    const tags = ['care-comparison', 'care-questionnaire', 'care-term', 'care-crisis-banner'];
    console.log(JSON.stringify({
      exports: Object.keys(module).length,
      document: typeof document,
      window: typeof window,
      htmlElement: typeof HTMLElement,
      customElementsBefore: before,
      defined: typeof customElements === 'undefined' ? [] : tags.filter((tag) => customElements.get(tag)),
      bundleGlobal: typeof globalThis.CareLevelWidgets,
    }));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(result.status, 0, `importing ${specifier} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1));
}

test('the package exports the entries this test covers', () => {
  for (const entry of ['care-level-widgets', 'care-level-widgets/define', 'care-level-widgets/data', 'care-level-widgets/ssr']) {
    assert.ok(entries.includes(entry), `${entry} is not in package.json exports`);
  }
  for (const name of ['comparison', 'questionnaire', 'term', 'crisis-banner']) {
    assert.ok(entries.includes(`care-level-widgets/${name}`));
    assert.ok(entries.includes(`care-level-widgets/${name}/define`));
  }
});

for (const entry of entries) {
  const registers = entry.endsWith('/define') || entry.endsWith('/ssr');
  test(`${entry} imports in Node without a DOM, and ${registers ? 'creates no DOM' : 'defines nothing'}`, () => {
    const outcome = importAlone(entry);
    assert.ok(outcome.exports > 0 || entry.endsWith('/define'), `${entry} exports nothing`);
    assert.equal(outcome.document, 'undefined', 'a document appeared');
    assert.equal(outcome.window, 'undefined', 'a window appeared');
    assert.equal(outcome.htmlElement, 'undefined', 'an HTMLElement global appeared');
    assert.equal(outcome.bundleGlobal, 'undefined', 'the script-tag global appeared');
    assert.equal(outcome.customElementsBefore, 'undefined', 'Node had a customElements registry before the import');
    if (registers) {
      // Lit's Node build brings its own server-side registry (no DOM); the define entries register there, which is
      // what Lit SSR renders from.
      assert.ok(outcome.defined.length > 0);
    } else {
      assert.deepEqual(outcome.defined, [], `${entry} registered ${outcome.defined.join(', ')}`);
    }
  });
}
