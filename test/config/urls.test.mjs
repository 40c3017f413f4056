/**
 * Which links a center's configuration may give, and what it is told when one is refused. The browser's own URL
 * parsing is checked in each engine by test/config/urls.test.ts; these run the same rules in Node, where a site
 * builder or the CLI validates a configuration file.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { configLimits } from '../../dist/config/limits.js';
import { isConfigUrl, isSafeUrl } from '../../dist/config/urls.js';
import { validateConfig } from '../../dist/data.js';

const refusedScheme = (path, scheme) =>
  `${path}: "${scheme}" links are not allowed; use an http:, https: or mailto: URL (put phone numbers in "phone").`;
const malformed = (path, url) =>
  `${path}: expected an http:, https: or mailto: URL, or a path on this site, but found ${JSON.stringify(url)}.`;

/** The messages a center reads for `url` as its contact link. */
const contactUrlMessages = (url) => {
  const result = validateConfig({ contact: { url } });
  return result.ok ? [] : result.errors.map((error) => error.message);
};

describe('a configuration’s links', () => {
  it('takes web pages, e-mail links and paths on the site', () => {
    for (const url of [
      'https://example.org/iop',
      'HTTP://EXAMPLE.ORG:8080/',
      'mailto:intake@example.org',
      '/intake',
      'intake.html#form',
      '?from=widget',
    ]) {
      assert.deepEqual(contactUrlMessages(url), [], url);
      assert.equal(isConfigUrl(url), true, url);
    }
  });

  it('refuses script, data, file, ftp and tel links, naming the scheme as a browser would read it', () => {
    const cases = {
      'javascript:alert(1)': 'javascript:',
      ' JavaScript:alert(1)': 'javascript:',
      'java\tscript:alert(1)': 'javascript:',
      '\u0000javascript:alert(1)': 'javascript:',
      'data:text/html,<b>x</b>': 'data:',
      'vbscript:msgbox(1)': 'vbscript:',
      'file:///etc/passwd': 'file:',
      'ftp://example.org/forms': 'ftp:',
      'tel:5550100': 'tel:',
    };
    for (const [url, scheme] of Object.entries(cases)) {
      assert.deepEqual(contactUrlMessages(url), [refusedScheme('contact.url', scheme)], JSON.stringify(url));
      assert.equal(isConfigUrl(url), false, JSON.stringify(url));
    }
  });

  it('sends a phone number given as a tel: link to "phone", though the elements themselves make tel: links', () => {
    const result = validateConfig({ programs: { iop: { url: 'tel:+1-555-0100' } } });
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.errors.map((error) => error.message),
      [refusedScheme('programs.iop.url', 'tel:')],
    );
    assert.equal(isSafeUrl('tel:+15550100'), true);
    assert.equal(validateConfig({ programs: { iop: { phone: '+1-555-0100' } } }).ok, true);
  });

  it('refuses a web link a browser would read differently, quoting it back as it was written', () => {
    for (const url of [
      'https://our center.example/',
      '//example.org/intake',
      'https:example.org',
      'http://[::1',
      'https://user@example.org/',
    ]) {
      assert.deepEqual(contactUrlMessages(url), [malformed('contact.url', url)], url);
    }
  });

  it('asks for text or no key at all when the link is blank, and says what it found when it is not text', () => {
    for (const url of ['', '  ']) {
      assert.deepEqual(contactUrlMessages(url), ['contact.url: is empty; give the text or leave the key out.']);
    }
    assert.deepEqual(contactUrlMessages(42), [
      `contact.url: expected a URL of at most ${configLimits.urlLength} characters, but found a number (42).`,
    ]);
  });
});
