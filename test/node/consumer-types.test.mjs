import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsc = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));

test('a strict TypeScript consumer (React 19 TSX, the README React app, Vue props, plain DOM) type-checks the published types', () => {
  // skipLibCheck is false in the fixture, so every .d.ts it loads is checked, the generated JSX and Vue types included.
  const result = spawnSync(process.execPath, [tsc, '-p', 'test/fixtures/consumer', '--listFiles'], {
    cwd: root,
    encoding: 'utf8',
  });
  const output = `${result.stdout}${result.stderr}`;
  const errors = output.split('\n').filter((line) => /error TS\d+/.test(line) || line.startsWith('  '));
  assert.equal(result.status, 0, `tsc -p test/fixtures/consumer failed:\n${errors.join('\n') || output}`);
  for (const file of ['dist/index.d.ts', 'dist/define.d.ts', 'dist/types/jsx.d.ts', 'dist/types/vue.d.ts', 'test/fixtures/react/app.tsx']) {
    assert.ok(output.includes(`${root}${file}`), `the consumer project loads ${file}`);
  }
});
