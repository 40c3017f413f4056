// care-level-widgets/ssr against the @lit-labs/ssr installed and against the same package patched as lit/lit#5238
// patches it (the host stack is popped after every element, with or without a shadow root): the lean terms inside a
// comparison keep `defer-hydration` with both, so they never hydrate before their host.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const packageRoot = new URL('../..', import.meta.url).pathname;
const workDir = mkdtempSync(join(tmpdir(), 'care-ssr-host-stack-'));
after(() => rmSync(workDir, { recursive: true, force: true }));

/** The comparison's nested terms, and how many of them carry defer-hydration, rendered from `dist` in `root`. */
function nestedTerms(root) {
  const script = `
    const { renderElement } = await import(${JSON.stringify(join(root, 'dist/ssr.js'))});
    const terms = renderElement('care-comparison').match(/<care-term[^>]*>/g) ?? [];
    console.log(JSON.stringify({ terms: terms.length, deferred: terms.filter((tag) => / defer-hydration[ >]/.test(tag)).length }));`;
  const { stdout, stderr } = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.ok(stdout, stderr);
  return JSON.parse(stdout);
}

/** A copy of the built package whose node_modules are this one's, except @lit-labs/ssr, patched as lit/lit#5238. */
function packageWithPatchedLitSsr() {
  const root = join(workDir, 'package');
  cpSync(join(packageRoot, 'dist'), join(root, 'dist'), { recursive: true, filter: (path) => !path.endsWith('.zip') });
  cpSync(join(packageRoot, 'package.json'), join(root, 'package.json'));
  const modules = join(packageRoot, 'node_modules');
  mkdirSync(join(root, 'node_modules/@lit-labs'), { recursive: true });
  for (const name of readdirSync(modules)) {
    if (name !== '@lit-labs') symlinkSync(join(modules, name), join(root, 'node_modules', name));
  }
  for (const name of readdirSync(join(modules, '@lit-labs'))) {
    if (name !== 'ssr') symlinkSync(join(modules, '@lit-labs', name), join(root, 'node_modules/@lit-labs', name));
  }
  const ssr = join(root, 'node_modules/@lit-labs/ssr');
  cpSync(join(modules, '@lit-labs/ssr'), ssr, { recursive: true });
  const renderValue = join(ssr, 'lib/render-value.js');
  const poppedInsideBranch = /(shadowResult\.push\('<\/template>'\);)\s*(shadowResult\.push\(\(\) => \{\s*renderInfo\.customElementHostStack\.pop\(\);\s*\}\);)\s*\}/;
  const source = readFileSync(renderValue, 'utf8');
  assert.match(source, poppedInsideBranch, '@lit-labs/ssr no longer pops the host stack where 4.1.0 does: update this test');
  writeFileSync(renderValue, source.replace(poppedInsideBranch, '$1\n}\n$2'));
  return root;
}

test('nested terms keep defer-hydration with the installed @lit-labs/ssr', () => {
  const { terms, deferred } = nestedTerms(packageRoot);
  assert.ok(terms > 5, `${terms} terms`);
  assert.equal(deferred, terms);
});

test('nested terms keep defer-hydration when @lit-labs/ssr pops the host stack after every element (lit/lit#5238)', () => {
  const { terms, deferred } = nestedTerms(packageWithPatchedLitSsr());
  assert.ok(terms > 5, `${terms} terms`);
  assert.equal(deferred, terms);
});
