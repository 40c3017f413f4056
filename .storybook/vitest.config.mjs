/**
 * Runs every story as a test in Debian's Chromium (no Playwright browser download): it must render, pass its play
 * function, have no axe violation (`a11y.test: 'error'` in preview.ts) and log no console error (vitest.setup.ts).
 * The second project repeats every story in the dark theme, in Spanish, right to left, so contrast and layout
 * regressions there fail too.
 *
 *   node_modules/.bin/vitest run --config .storybook/vitest.config.mjs
 *
 * Needs dist/custom-elements.json (`npm run build:manifest`).
 */
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

const configDir = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));

function storyProject(name, initialGlobals) {
  return {
    extends: true,
    plugins: [storybookTest({ configDir, initialGlobals })],
    test: {
      name,
      setupFiles: fileURLToPath(new URL('vitest.setup.ts', import.meta.url)),
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({
          launchOptions: {
            executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
            args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
          },
        }),
        instances: [{ browser: 'chromium' }],
      },
    },
  };
}

export default defineConfig({
  root,
  test: {
    projects: [
      storyProject('stories', {}),
      storyProject('stories (dark, es, rtl)', { theme: 'dark', locale: 'es', direction: 'rtl' }),
    ],
  },
});
