// A real static-site generator renders the widgets at build time: Eleventy 3 with @lit-labs/eleventy-plugin-lit builds
// test/fixtures/eleventy/ from the built package, and the page holds each element's declarative shadow root and text.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Eleventy from '@11ty/eleventy';

const fixture = new URL('../fixtures/eleventy/', import.meta.url).pathname;

test('Eleventy with the Lit plugin pre-renders the elements into the page', async () => {
  const output = mkdtempSync(join(tmpdir(), 'care-eleventy-'));
  try {
    const eleventy = new Eleventy(fixture, output, { configPath: join(fixture, 'eleventy.config.mjs'), quietMode: true });
    await eleventy.write();
    const page = readFileSync(join(output, 'index.html'), 'utf8');
    const shadowRoot = '<template shadowroot="open" shadowrootmode="open">';
    assert.match(page, new RegExp(`<care-crisis-banner[^>]*>${shadowRoot}`));
    assert.match(page, new RegExp(`<care-comparison[^>]*>${shadowRoot}`));
    assert.ok(page.includes('Help is available right now'), 'the banner text is missing');
    assert.ok(page.includes('Comparación de niveles de atención'), 'the Spanish comparison is missing');
    assert.ok(page.includes('555-0100'), "the center's phone from the config attribute is missing");
    assert.ok(page.includes('href="tel:988"'), 'the 988 link is missing');
    assert.ok(page.includes('<h1>Our levels of care</h1>'), 'the template itself did not render');
  } finally {
    rmSync(output, { recursive: true, force: true });
  }
});
