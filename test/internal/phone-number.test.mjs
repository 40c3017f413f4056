/**
 * keepPhoneNumbersWhole, rendered as the server renders it (lit's SSR), with lit's hydration markers
 * (`<!--lit-part-->`, `<?>`) taken out: the markup a reader's browser shows.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { keepPhoneNumbersWhole } from '../../dist/internal/phone-number.js';

const markup = (text) => collectResultSync(render(html`${keepPhoneNumbersWhole(text)}`)).replace(/<!--[^]*?-->|<\?>/g, '');

describe('keepPhoneNumbersWhole', () => {
  it('keeps "Call 1-800-662-4357" from breaking inside the number, in one run of text', () => {
    assert.equal(markup('Call 1-800-662-4357'), '<span>Call <span class="phone-number">1-800-662-4357</span></span>');
    assert.equal(
      markup('Llamar al 1-800-662-4357.'),
      '<span>Llamar al <span class="phone-number">1-800-662-4357</span>.</span>',
    );
  });

  it('leaves 988, 911 and short text codes as words, with no markup', () => {
    for (const text of ['Call or text 988', 'In danger now? Call 911.', 'Text HOME to 741741', 'Text 88788']) {
      assert.equal(keepPhoneNumbersWhole(text), text);
      assert.equal(markup(text), text);
    }
  });

  it('shows every number exactly as written, so a copied number dials as it reads', () => {
    assert.equal(
      markup('Call us: +1 (555) 010-0199 or 555.010.0100'),
      '<span>Call us: <span class="phone-number">+1 (555) 010-0199</span> or <span class="phone-number">555.010.0100</span></span>',
    );
  });

  it('wraps a long number and leaves 988 beside it alone', () => {
    assert.equal(
      markup('Call 988 or 1-800-662-4357 (TTY: 1-800-487-4889)'),
      '<span>Call 988 or <span class="phone-number">1-800-662-4357</span> (TTY: <span class="phone-number">1-800-487-4889</span>)</span>',
    );
  });

  it('never reads the text around a number as markup', () => {
    assert.equal(
      markup('<b>Call</b> 1-800-662-4357'),
      '<span>&lt;b&gt;Call&lt;/b&gt; <span class="phone-number">1-800-662-4357</span></span>',
    );
  });
});
