/** Where the test and bench scripts find the browsers Debian installs, and how to install the ones missing. */
import { existsSync } from 'node:fs';

export const browserExecutables = {
  chromium: { binary: process.env.CHROME_PATH || '/usr/bin/chromium', package: 'chromium', label: 'Chromium' },
  firefox: { binary: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', package: 'firefox-esr', label: 'Firefox ESR' },
  webkit: {
    binary: process.env.WEBKIT_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    driver: process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver',
    package: 'webkit2gtk-driver xvfb',
    label: 'WebKit (WebKitGTK MiniBrowser)',
  },
};

/** The install command for every engine whose files are missing, or an empty list when all are there. */
export function missingBrowsers(engines = Object.keys(browserExecutables)) {
  return engines.filter((engine) => {
    const { binary, driver } = browserExecutables[engine];
    return !existsSync(binary) || (driver && !existsSync(driver)) || (engine === 'webkit' && !existsSync('/usr/bin/xvfb-run'));
  });
}
