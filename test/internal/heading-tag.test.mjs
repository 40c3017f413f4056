/** headingTag, as the heading an element renders on the server: lit's static html with the tag it gives. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit/static-html.js';
import { headingTag } from '../../dist/internal/heading-tag.js';

const heading = (level, fallback) => {
  const tag = headingTag(level, fallback);
  return collectResultSync(render(html`<${tag}>Levels of care compared</${tag}>`)).replace(/<!--[^]*?-->/g, '');
};

describe('headingTag', () => {
  it('renders the heading level the page asks for, from 2 to 6', () => {
    for (const level of [2, 3, 4, 5, 6]) {
      assert.equal(heading(level, 2), `<h${level}>Levels of care compared</h${level}>`);
    }
  });

  it('never renders the page’s h1, nor a level HTML does not have', () => {
    assert.equal(heading(1, 3), '<h2>Levels of care compared</h2>');
    assert.equal(heading(-4, 3), '<h2>Levels of care compared</h2>');
    assert.equal(heading(7, 3), '<h6>Levels of care compared</h6>');
    assert.equal(heading(Infinity, 3), '<h6>Levels of care compared</h6>');
  });

  it('drops a fraction, and uses the element’s own level when the attribute is not a number', () => {
    assert.equal(heading(3.7, 2), '<h3>Levels of care compared</h3>');
    assert.equal(heading(Number('three'), 4), '<h4>Levels of care compared</h4>');
  });
});
