import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const report = readFileSync('docs/accessibility.md', 'utf8');

/** Every test file under test/, by its name. */
function testFiles(folder = 'test') {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? testFiles(join(folder, entry.name)) : /\.test\.(ts|mjs)$/.test(entry.name) ? [join(folder, entry.name)] : [],
  );
}

test('docs/accessibility.md names the version in package.json', () => {
  assert.doesNotThrow(
    () => execFileSync('node', ['scripts/accessibility-report.mjs', '--check'], { stdio: 'pipe' }),
    'docs/accessibility.md names another version: run node scripts/accessibility-report.mjs',
  );
});

test('docs/accessibility.md claims no testing with screen readers, which has not been done', () => {
  assert.doesNotMatch(report, /manual checks? with screen readers/i);
  assert.match(report, /No screen reader/);
});

test('every test docs/accessibility.md cites exists, in the file it names', () => {
  const files = new Map(testFiles().map((path) => [path.split('/').at(-1), readFileSync(path, 'utf8')]));
  // A citation: `file.test.ts` followed by one or more "title" or "start of a title…", separated by commas.
  const citation = /`([\w-]+\.test\.(?:ts|mjs))`((?:[ ,;]*"[^"]+")*)/g;
  const cited = [...report.matchAll(citation)];
  assert.ok(cited.length > 30, `only ${cited.length} citations found`);
  const missing = [];
  for (const [, file, titles] of cited) {
    const source = files.get(file);
    if (!source) {
      missing.push(`${file} (no such file)`);
      continue;
    }
    for (const [, title] of titles.matchAll(/"([^"]+)"/g)) {
      // "…" stands for words left out: the first piece starts a title, the others follow in it.
      const [start, ...rest] = title.split('…').filter(Boolean);
      const startsTitle = [`'`, '`', '"'].some((quote) => source.includes(`${quote}${start}`));
      if (!startsTitle || !rest.every((piece) => source.includes(piece))) missing.push(`${file} "${title}"`);
    }
  }
  assert.deepEqual(missing, []);
});
