/**
 * Runs test/**\/*.test.ts in one real browser engine, chosen by TEST_BROWSER (chromium, firefox or webkit).
 * `npm test` (scripts/test.mjs) runs it once per engine and adds up the results.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { testServerMiddleware } from './test/server/middleware.mjs';
import { browserExecutables } from './scripts/browsers.mjs';

const engine = process.env.TEST_BROWSER ?? 'chromium';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startWebKitDriver() {
  const port = await freePort();
  const driver = spawn(browserExecutables.webkit.driver, [`--port=${port}`], { stdio: 'ignore' });
  process.on('exit', () => driver.kill());
  await new Promise((resolve) => setTimeout(resolve, 500));
  return port;
}

async function launcherFor(name) {
  switch (name) {
    case 'chromium':
      return chromeLauncher({
        // Each test page in its own window: a background tab gets no animation frames and no real mouse moves.
        createPage: ({ context }) => context.newPage({ type: 'window' }),
        launchOptions: {
          executablePath: browserExecutables.chromium.binary,
          headless: true,
          args: [
            '--no-sandbox',
            '--disable-dev-shm-usage',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
          ],
        },
      });
    case 'firefox':
      return chromeLauncher({
        puppeteer,
        launchOptions: { browser: 'firefox', executablePath: browserExecutables.firefox.binary, headless: true },
      });
    case 'webkit':
      return webdriverLauncher({
        automationProtocol: 'webdriver',
        hostname: '127.0.0.1',
        port: await startWebKitDriver(),
        path: '/',
        capabilities: {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: browserExecutables.webkit.binary, args: ['--automation'] },
          'wdio:enforceWebDriverClassic': true,
        },
      });
    default:
      throw new Error(`TEST_BROWSER must be chromium, firefox or webkit, not "${name}"`);
  }
}

/**
 * Serves /__fixtures/react-app.js: test/fixtures/react/mount.mjs and its app.tsx bundled with React and the elements.
 * React ships CommonJS, which the test server does not transform, so esbuild bundles it on request. The app imports
 * `care-level-widgets/…` as the README shows; here that resolves to the sources.
 */
function reactFixturePlugin() {
  return {
    name: 'react-fixture',
    async serve(context) {
      if (context.path !== '/__fixtures/react-app.js') return undefined;
      const result = await build({
        entryPoints: ['test/fixtures/react/mount.mjs'],
        alias: { 'care-level-widgets': './src' },
        jsx: 'automatic',
        bundle: true,
        format: 'esm',
        target: 'es2021',
        write: false,
        tsconfig: 'tsconfig.json',
        define: { 'process.env.NODE_ENV': '"development"' },
        logLevel: 'silent',
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}

/** Writes pass/fail counts to TEST_RESULTS_FILE so scripts/test.mjs can print totals over every engine. */
function countingReporter(resultsFile) {
  const count = (suite, totals) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) totals.skipped += 1;
      else if (test.passed) totals.passed += 1;
      else totals.failed += 1;
    }
    for (const child of suite?.suites ?? []) count(child, totals);
  };
  return {
    onTestRunFinished({ sessions }) {
      if (!resultsFile) return;
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.failed;
        count(session.testResults, totals);
        // A file that failed to load or threw outside a test has no failing test of its own: count it once.
        if (!session.passed && totals.failed === before) totals.failed += 1;
      }
      writeFileSync(resultsFile, JSON.stringify(totals));
    },
  };
}

/**
 * `resize-viewport`: @web/test-runner's own set-viewport has no WebDriver support, so WebKit resizes its window
 * instead, corrected by the difference between the window's outer and inner size. Tests call it through
 * test/helpers/viewport.ts.
 */
function resizeViewportPlugin() {
  return {
    name: 'resize-viewport-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'resize-viewport') return undefined;
      const { width, height } = payload;
      if (session.browser.type === 'puppeteer') {
        await session.browser.getPage(session.id).setViewport({ width, height });
        return true;
      }
      if (session.browser.type === 'webdriver') {
        const driver = session.browser.driver;
        await driver.setWindowSize(width, height);
        const inner = await driver.execute('return [window.innerWidth, window.innerHeight]');
        await driver.setWindowSize(width + (width - inner[0]), height + (height - inner[1]));
        return true;
      }
      throw new Error(`resize-viewport is not supported for browser type ${session.browser.type}`);
    },
  };
}

/**
 * `emulate-media-features`: media features such as `forced-colors` and `prefers-color-scheme`, which
 * @web/test-runner's emulate-media command and Puppeteer's emulateMediaFeatures() cannot all set. Chromium only,
 * through a DevTools protocol session kept open per page (closing it would drop the emulation); elsewhere it
 * answers false, and test/helpers/media.ts skips the test.
 */
function emulateMediaFeaturesPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (engine !== 'chromium') return false;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: payload.features });
      return true;
    },
  };
}

/**
 * `LIT_DEV_MODE=1` resolves Lit's development build, whose warnings the production build leaves out, and makes each
 * test file import test/helpers/lit-dev-warnings.ts first: a Lit warning then fails the test that caused it.
 */
const litDevMode = process.env.LIT_DEV_MODE === '1';

function failOnLitWarningsPlugin() {
  return {
    name: 'fail-on-lit-warnings',
    transform(context) {
      if (!/^\/test\/.*\.test\.ts$/.test(context.path)) return undefined;
      return { body: `import '/test/helpers/lit-dev-warnings.ts';\n${context.body}` };
    },
  };
}

export default {
  files: process.env.TEST_FILES ? process.env.TEST_FILES.split(',') : ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: [litDevMode ? 'development' : 'production'] },
  // Firefox moves focus only in the page in front, and the keyboard tests need focus: one page at a time there.
  concurrency: engine === 'chromium' ? 2 : 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  browsers: [await launcherFor(engine)],
  middleware: testServerMiddleware,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' }),
    resizeViewportPlugin(),
    emulateMediaFeaturesPlugin(),
    reactFixturePlugin(),
    ...(litDevMode ? [failOnLitWarningsPlugin()] : []),
  ],
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), countingReporter(process.env.TEST_RESULTS_FILE)],
};
