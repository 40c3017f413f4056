import { expect } from '@open-wc/testing';
import { configUrlProtocols, isConfigUrl, isSafeUrl, telUrl, urlProtocol } from '../../src/config/urls.js';

describe('urlProtocol', () => {
  it('gives the scheme a browser would follow, lowercase, after its own clean-up of spaces, tabs and newlines', () => {
    expect(urlProtocol('HTTPS://example.org')).to.equal('https:');
    expect(urlProtocol('  JavaScript:alert(1)')).to.equal('javascript:');
    expect(urlProtocol('java\tscript:alert(1)')).to.equal('javascript:');
    expect(urlProtocol('java\nscript:alert(1)')).to.equal('javascript:');
  });

  it('resolves relative links to the page’s https', () => {
    for (const url of ['/intake', 'intake.html#form', '?step=2', '#top', '../iop', '']) {
      expect(urlProtocol(url), url).to.equal('https:');
    }
  });

  it('gives undefined for a URL that cannot be parsed', () => {
    expect(urlProtocol('http://[::1')).to.equal(undefined);
  });
});

describe('isSafeUrl', () => {
  it('allows http, https, tel, mailto and relative links', () => {
    for (const url of [
      'https://example.org',
      'http://x.org/a?b#c',
      'tel:+15550100',
      'MAILTO:a@x.org',
      '/intake',
      '#top',
    ]) {
      expect(isSafeUrl(url), url).to.equal(true);
    }
  });

  it('refuses script, data, file and blob links however they are spelled, blank text and anything not a string', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,x',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:x',
      'http://[::1',
      '',
      ' \t ',
      42,
      null,
      undefined,
      { toString: () => 'https://example.org' },
    ]) {
      expect(isSafeUrl(url), String(url)).to.equal(false);
    }
  });
});

describe('isConfigUrl', () => {
  it('allows what isSafeUrl allows except tel:, which belongs in a configuration’s phone', () => {
    expect(configUrlProtocols).to.deep.equal(['http:', 'https:', 'mailto:']);
    for (const url of ['https://example.org/iop', 'mailto:intake@example.org', '/intake', 'intake.html']) {
      expect(isConfigUrl(url), url).to.equal(true);
    }
    for (const url of ['tel:5550100', 'javascript:alert(1)', 'data:text/html,x', 'ftp://example.org']) {
      expect(isConfigUrl(url), url).to.equal(false);
    }
  });
});

describe('telUrl', () => {
  it('keeps only the digits and the plus of a phone number as people write it', () => {
    expect(telUrl('+1 (555) 010-0199')).to.equal('tel:+15550100199');
    expect(telUrl('555.010.0100')).to.equal('tel:5550100100');
    expect(telUrl('988')).to.equal('tel:988');
  });

  it('makes a link that isSafeUrl accepts', () => {
    expect(isSafeUrl(telUrl('+1-555-0100'))).to.equal(true);
  });
});
