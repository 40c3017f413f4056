import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';

test('docs/clinical-rules.md is generated from the data and vignettes now in the code', () => {
  assert.doesNotThrow(
    () => execFileSync('node', ['scripts/clinical-docs.mjs', '--check'], { stdio: 'pipe' }),
    'docs/clinical-rules.md is out of date: run node scripts/clinical-docs.mjs',
  );
});
