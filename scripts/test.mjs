#!/usr/bin/env node
/**
 * `npm test`: type-checks, builds, then runs every suite — Node checks of the published package, the WordPress plugin
 * in WordPress Playground, the browser tests in
 * Chromium, Firefox ESR and WebKit, and the Storybook story tests — and ends with one bare line of totals over all of
 * them: `N passed, N failed`, followed by `, N skipped (suite: count, reason …)` when a suite skipped tests (the
 * WordPress tests skip when Playground cannot start). A type error in any of the `typecheck` script's projects counts
 * as a failure.
 *
 * Chromium also runs the elements' tests on Lit's development build, failing on any Lit warning.
 *
 * TEST_BROWSERS=chromium,firefox limits the engines while developing; TEST_FILES=test/x.test.ts limits the files.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserExecutables, missingBrowsers } from './browsers.mjs';
import { summaryLine, tapSkipReasons } from './test-summary.mjs';

const engines = (process.env.TEST_BROWSERS ?? 'chromium,firefox,webkit').split(',').filter(Boolean);
const workDir = mkdtempSync(join(tmpdir(), 'care-level-widgets-test-'));

function run(command, args, { env = {}, capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Root, or passwordless sudo: then the missing browsers can be installed from Debian without asking anyone. */
function installPrefix() {
  if (process.getuid?.() === 0) return [];
  return spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0 ? ['sudo', '-n'] : null;
}

function installFromDebian(prefix, packages) {
  const command = (args) => {
    const [program, ...rest] = [...prefix, ...args];
    return spawnSync(program, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  };
  return command(['apt-get', 'update']) && command(['apt-get', 'install', '-y', '--no-install-recommends', ...packages]);
}

let missing = missingBrowsers(engines);
if (missing.length > 0) {
  const labels = missing.map((engine) => browserExecutables[engine].label).join(', ');
  const packages = missing.flatMap((engine) => browserExecutables[engine].package.split(' '));
  const prefix = installPrefix();
  if (prefix) {
    console.log(`\nMissing browser: ${labels}. Installing from Debian: apt-get install ${packages.join(' ')}\n`);
    if (installFromDebian(prefix, packages)) missing = missingBrowsers(engines);
  }
  if (missing.length > 0) {
    console.error(`\nMissing browser: ${labels}.\nInstall it from Debian with:\n\n  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}\n`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

// The WordPress plugin's tests run its PHP under php-cli; without it they are skipped, saying so.
const phpBinary = process.env.PHP_BINARY || 'php';
if (spawnSync(phpBinary, ['-v'], { stdio: 'ignore' }).error) {
  const prefix = installPrefix();
  if (prefix) {
    console.log('\nMissing PHP (the WordPress plugin tests use it). Installing from Debian: apt-get install php-cli\n');
    installFromDebian(prefix, ['php-cli']);
  } else {
    console.log('\nMissing PHP: the WordPress plugin tests that need it are skipped. Install it with:\n\n  sudo apt-get install -y php-cli\n');
  }
}

const results = [];

/** The tsc projects of package.json's `typecheck` script, one result each, so `npm test` fails on a type error. */
async function typecheckSuite() {
  const { scripts } = JSON.parse(readFileSync('package.json', 'utf8'));
  const projects = [...scripts.typecheck.matchAll(/-p\s+(\S+)/g)].map((match) => match[1]);
  let passed = 0;
  let failed = projects.length === 0 ? 1 : 0;
  for (const project of projects) {
    console.log(`\ntsc --noEmit -p ${project}`);
    const { code } = await run('node', ['node_modules/typescript/bin/tsc', '--noEmit', '--pretty', '-p', project]);
    if (code === 0) passed += 1;
    else failed += 1;
  }
  results.push({ suite: 'typecheck', passed, failed, skipped: 0 });
}

async function buildSuite() {
  const { code } = await run('node', ['scripts/build.mjs']);
  results.push({ suite: 'build', passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 });
  return code === 0;
}

/**
 * Every test/**\/*.test.mjs but the WordPress suite's: the Node tests sit beside the browser tests of the src/
 * folder they test (test/components/comparison/comparison-view.test.mjs, test/engine/, test/config/, test/ssr/),
 * test/bench/ tests the benchmark's budgets, and test/node/ holds the tests of the package as a whole.
 */
function nodeTestFiles() {
  return readdirSync('test', { recursive: true })
    .map((file) => join('test', file))
    .filter((file) => file.endsWith('.test.mjs') && !file.startsWith(join('test', 'wordpress')))
    .sort();
}

async function nodeSuite() {
  const { code, output } = await run('node', ['--test', '--test-reporter=tap', ...nodeTestFiles()], { capture: true });
  const number = (label) => Number(output.match(new RegExp(`^# ${label} (\\d+)`, 'm'))?.[1] ?? 0);
  const failed = number('fail') + (code !== 0 && number('fail') === 0 ? 1 : 0);
  results.push({ suite: 'node', passed: number('pass'), failed, skipped: number('skipped'), skipReasons: tapSkipReasons(output) });
}

/** The WordPress plugin in WordPress Playground (test/wordpress/); its tests skip, saying why, if Playground cannot start. */
async function wordpressSuite() {
  const started = Date.now();
  const { code, output } = await run('node', ['--test', '--test-reporter=tap', 'test/wordpress/'], { capture: true });
  const number = (label) => Number(output.match(new RegExp(`^# ${label} (\\d+)`, 'm'))?.[1] ?? 0);
  const failed = number('fail') + (code !== 0 && number('fail') === 0 ? 1 : 0);
  const seconds = Math.round((Date.now() - started) / 1000);
  results.push({
    suite: 'wordpress',
    passed: number('pass'),
    failed,
    skipped: number('skipped'),
    skipReasons: tapSkipReasons(output),
    seconds,
  });
}

async function browserSuite(engine, { suite = engine, env = {} } = {}) {
  const resultsFile = join(workDir, `${suite.replace(/\W+/g, '-')}.json`);
  const wtr = ['node_modules/.bin/web-test-runner', '--config', 'web-test-runner.config.mjs'];
  const [command, args] = engine === 'webkit' ? ['xvfb-run', ['-a', ...wtr]] : [wtr[0], wtr.slice(1)];
  const started = Date.now();
  const { code } = await run(command, args, { env: { TEST_BROWSER: engine, TEST_RESULTS_FILE: resultsFile, ...env } });
  const totals = existsSync(resultsFile)
    ? JSON.parse(readFileSync(resultsFile, 'utf8'))
    : { passed: 0, failed: 0, skipped: 0 };
  if (code !== 0 && totals.failed === 0) totals.failed = 1;
  results.push({ suite, ...totals, seconds: Math.round((Date.now() - started) / 1000) });
}

/**
 * The elements' own tests once more, in Chromium only, on Lit's development build: any warning Lit gives there fails
 * (see test/helpers/lit-dev-warnings.ts). The other runs use the production build users get, which never warns.
 */
async function litDevelopmentSuite() {
  const files = process.env.TEST_FILES ?? 'test/components/**/*.test.ts,test/internal/*.test.ts';
  await browserSuite('chromium', { suite: 'chromium, Lit dev', env: { LIT_DEV_MODE: '1', TEST_FILES: files } });
}

async function storySuite() {
  if (!existsSync('.storybook/vitest.config.mjs')) return;
  const reportFile = join(workDir, 'stories.json');
  const { code } = await run('node_modules/.bin/vitest', [
    'run',
    '--config',
    '.storybook/vitest.config.mjs',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
  ]);
  const report = existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : undefined;
  const passed = report?.numPassedTests ?? 0;
  let failed = report?.numFailedTests ?? 0;
  if (code !== 0 && failed === 0) failed = 1;
  results.push({ suite: 'stories (chromium)', passed, failed, skipped: report?.numPendingTests ?? 0 });
}

// The build comes first: Storybook's typecheck reads the manifest it writes (dist/custom-elements.json).
const built = await buildSuite();
await typecheckSuite();
if (built) {
  await nodeSuite();
  await wordpressSuite();
  for (const engine of engines) await browserSuite(engine);
  if (engines.includes('chromium')) await litDevelopmentSuite();
  await storySuite();
}
rmSync(workDir, { recursive: true, force: true });

console.log('\nSuite                 passed  failed  skipped');
for (const { suite, passed, failed, skipped, seconds } of results) {
  const time = seconds === undefined ? '' : `  (${seconds} s)`;
  console.log(`${suite.padEnd(20)}  ${String(passed).padStart(6)}  ${String(failed).padStart(6)}  ${String(skipped).padStart(7)}${time}`);
}
console.log(`\n${summaryLine(results)}`);
process.exit(results.some((result) => result.failed > 0) ? 1 : 0);
