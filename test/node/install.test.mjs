// The package as a user gets it: `npm pack` of the built dist/, installed from the tarball into an empty project,
// without @lit-labs/ssr (an optional peer dependency, needed only to pre-render). Skipped, saying why, when npm can
// reach neither the registry nor its cache for lit and Floating UI.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';

const packageRoot = fileURLToPath(new URL('../..', import.meta.url));
const packageJson = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8'));
const workDir = mkdtempSync(join(tmpdir(), 'care-install-'));
const project = join(workDir, 'project');
after(() => rmSync(workDir, { recursive: true, force: true }));

/**
 * What an install may weigh, every file's size summed (`du -sh --apparent-size`). The target is 2 MB, which
 * cannot hold while lit is a dependency: lit, lit-html, lit-element and @lit/reactive-element are about 2.9 MB as
 * published (each with development and Node builds and source maps), and this package about 1.9 MB. The budget
 * catches what made installs weigh about 17 MB before: @lit-labs/ssr and its Node-only packages.
 */
const budgetBytes = 6 * 1024 * 1024;

/** Packages only server rendering brings; none of them may arrive with a plain install. */
const serverOnlyPackages = ['@lit-labs/ssr', '@lit-labs/ssr-client', 'parse5', 'node-fetch', 'web-streams-polyfill', '@types/node'];

const networkError = /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH)\b/;

let skipReason;

// No retries and a time limit: without a registry npm otherwise backs off and retries for minutes before failing.
function npm(args, cwd) {
  const options = ['--no-audit', '--no-fund', '--no-update-notifier', '--fetch-retries=0', '--fetch-timeout=20000'];
  return spawnSync('npm', [...args, ...options], { cwd, encoding: 'utf8', timeout: 120_000 });
}

before(() => {
  const packed = npm(['pack', '--json', '--pack-destination', workDir], packageRoot);
  assert.equal(packed.status, 0, `npm pack failed:\n${packed.stderr}`);
  const [{ filename }] = JSON.parse(packed.stdout);
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'empty-project', private: true, type: 'module' })}\n`);
  const installed = npm(['install', '--prefer-offline', join(workDir, filename)], project);
  if (installed.error?.code === 'ETIMEDOUT') {
    skipReason = 'npm install of the packed tarball did not finish within 2 minutes (no registry, or a very slow one)';
    return;
  }
  if (installed.status !== 0 && networkError.test(installed.stderr)) {
    skipReason = `npm could not reach the registry for lit and Floating UI, nor find them in its cache (${installed.stderr.match(networkError)[0]})`;
    return;
  }
  assert.equal(installed.status, 0, `npm install of the packed tarball failed:\n${installed.stderr}`);
});

/** Runs an ES module script inside the project, as its own code would, and returns its process result. */
function runInProject(script) {
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
}

/** The summed size of every file under `folder` (links counted as links, as du counts them). */
function folderBytes(folder) {
  let bytes = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    bytes += entry.isDirectory() ? folderBytes(path) : lstatSync(path).size;
  }
  return bytes;
}

/** Every installed package's name (`@scope/name` for scoped ones) at the top of node_modules. */
function installedPackages() {
  const modules = join(project, 'node_modules');
  return readdirSync(modules)
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) => (name.startsWith('@') ? readdirSync(join(modules, name)).map((scoped) => `${name}/${scoped}`) : [name]));
}

const megabytes = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

test('an install brings no server-rendering packages and stays within its budget', (t) => {
  if (skipReason) return t.skip(skipReason);
  const packages = installedPackages();
  assert.ok(packages.includes('care-level-widgets') && packages.includes('lit'), packages.join(', '));
  assert.deepEqual(packages.filter((name) => serverOnlyPackages.includes(name)), []);
  const total = folderBytes(join(project, 'node_modules'));
  const share = packages
    .map((name) => [name, folderBytes(join(project, 'node_modules', name))])
    .sort(([, a], [, b]) => b - a)
    .map(([name, bytes]) => `${name} ${megabytes(bytes)}`)
    .join(', ');
  t.diagnostic(`node_modules: ${megabytes(total)} (${share})`);
  assert.ok(total <= budgetBytes, `node_modules holds ${megabytes(total)}, over ${megabytes(budgetBytes)}: ${share}`);
});

test('care-level-widgets/data runs in the installed package, without a DOM', (t) => {
  if (skipReason) return t.skip(skipReason);
  const { status, stdout, stderr } = runInProject(`
    const { levelIds, recommend } = await import('care-level-widgets/data');
    const { crisis, level } = recommend({ safety: 'plan-or-recent' });
    console.log(JSON.stringify({ document: typeof document, levelIds, crisis, level }));`);
  assert.equal(status, 0, stderr);
  assert.deepEqual(JSON.parse(stdout), { document: 'undefined', levelIds: ['inpatient', 'php', 'iop', 'outpatient'], crisis: true, level: null });
});

test('every element entry resolves and imports in the installed package (Lit\'s Node build), the define entries registering', (t) => {
  if (skipReason) return t.skip(skipReason);
  const entries = Object.entries(packageJson.exports)
    .filter(([subpath, target]) => target.default?.endsWith('.js') && subpath !== './ssr')
    .map(([subpath, target]) => [subpath.replace(/^\./, 'care-level-widgets'), target.default.replace(/^\.\//, '')]);
  assert.ok(entries.some(([specifier]) => specifier === 'care-level-widgets/comparison'), entries.join(', '));
  const { status, stdout, stderr } = runInProject(`
    const entries = ${JSON.stringify(entries)};
    const outcome = {};
    for (const [specifier] of entries) {
      const module = await import(specifier);
      outcome[specifier] = { resolved: import.meta.resolve(specifier), exports: Object.keys(module).length };
    }
    const tags = ['care-comparison', 'care-questionnaire', 'care-term', 'care-crisis-banner'];
    console.log(JSON.stringify({ outcome, defined: tags.filter((tag) => customElements.get(tag)) }));`);
  assert.equal(status, 0, stderr);
  const { outcome, defined } = JSON.parse(stdout);
  for (const [specifier, file] of entries) {
    assert.ok(outcome[specifier].resolved.endsWith(`/node_modules/care-level-widgets/${file}`), `${specifier}: ${outcome[specifier].resolved}`);
    assert.ok(outcome[specifier].exports > 0 || specifier.endsWith('/define'), `${specifier} exports nothing`);
  }
  assert.deepEqual(defined, ['care-comparison', 'care-questionnaire', 'care-term', 'care-crisis-banner']);
});

const installMessage = `care-level-widgets/ssr needs @lit-labs/ssr: npm install @lit-labs/ssr@${packageJson.peerDependencies['@lit-labs/ssr']}`;

test('@lit-labs/ssr is an optional peer dependency, as the message asking for it says', () => {
  assert.equal(packageJson.peerDependenciesMeta['@lit-labs/ssr'].optional, true);
  assert.equal(packageJson.dependencies['@lit-labs/ssr'], undefined);
  assert.equal(packageJson.dependencies['@lit-labs/ssr-client'], undefined);
  assert.match(readFileSync(join(packageRoot, 'src/ssr.ts'), 'utf8'), new RegExp(`const litSsrRange = '${packageJson.peerDependencies['@lit-labs/ssr'].replace(/\W/g, '\\$&')}';`));
});

test('without @lit-labs/ssr, importing care-level-widgets/ssr throws an Error saying how to install it', (t) => {
  if (skipReason) return t.skip(skipReason);
  const { status, stdout, stderr } = runInProject(`
    try {
      await import('care-level-widgets/ssr');
      console.log(JSON.stringify({ imported: true }));
    } catch (error) {
      console.log(JSON.stringify({ name: error.name, message: error.message, cause: error.cause?.code }));
    }`);
  assert.equal(status, 0, stderr);
  assert.deepEqual(JSON.parse(stdout), { name: 'Error', message: installMessage, cause: 'ERR_MODULE_NOT_FOUND' });
});

test('without @lit-labs/ssr, the CLI says how to install it in one line and exits with 1', (t) => {
  if (skipReason) return t.skip(skipReason);
  const cli = join(project, 'node_modules/.bin/care-level-widgets');
  const { status, stdout, stderr } = spawnSync(cli, ['render', 'care-comparison'], { cwd: project, encoding: 'utf8' });
  assert.equal(status, 1);
  assert.equal(stdout, '');
  assert.equal(stderr, `care-level-widgets: ${installMessage}\n`);
});

test('the published modules import only the dependencies and the optional peer (@lit-labs/ssr-client is bundled)', (t) => {
  if (skipReason) return t.skip(skipReason);
  const allowed = new Set([...Object.keys(packageJson.dependencies), ...Object.keys(packageJson.peerDependencies)]);
  const dist = join(project, 'node_modules/care-level-widgets/dist');
  const bareImport = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"'./][^"']*)["']/g;
  const imported = new Map();
  for (const file of readdirSync(dist, { recursive: true }).filter((name) => name.endsWith('.js'))) {
    for (const [, specifier] of readFileSync(join(dist, file), 'utf8').matchAll(bareImport)) {
      const name = specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
      imported.set(name, new Set([...(imported.get(name) ?? []), file]));
    }
  }
  for (const [name, files] of imported) assert.ok(allowed.has(name), `${[...files].join(', ')} import ${name}, not a dependency`);
  assert.deepEqual([...imported.get('@lit-labs/ssr')], [join('ssr', 'render-element.js')]);
});
