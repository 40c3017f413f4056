import { widgetsRendered } from '../helpers/narrow-page.js';

/** What test/embedding/fixtures/page-monitor.js records on a fixture page before the widgets' script runs. */
export interface EmbeddingRecord {
  violations: string[];
  requests: string[];
  errors: string[];
  consoleErrors: string[];
}

export type FixtureWindow = Window &
  typeof globalThis & { __embeddingRecord?: EmbeddingRecord; __warnings?: string[]; CareLevelWidgets?: { version: string } };

/**
 * Loads a page of test/embedding/fixtures/ in an iframe, so it gets its own document, headers and stylesheets;
 * unless `upgrade` is false, waits until its elements are defined and rendered.
 */
export async function loadFixture(name: string, width = 1024, upgrade = true): Promise<FixtureWindow> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '800';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/embedding/fixtures/${name}`;
  document.body.append(frame);
  await loaded;
  const fixtureWindow = frame.contentWindow as FixtureWindow;
  if (upgrade) await widgetsRendered(fixtureWindow);
  return fixtureWindow;
}
