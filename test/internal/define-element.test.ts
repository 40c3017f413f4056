import { expect, fixture, html } from '@open-wc/testing';
import { CareTerm } from '../../src/components/term/term.js';
import { defineElement } from '../../src/internal/define-element.js';
import { version } from '../../src/version.js';

describe('defineElement', () => {
  const originalWarn = console.warn;
  let warnings: string[] = [];

  beforeEach(() => {
    warnings = [];
    console.warn = (message: string) => warnings.push(message);
  });

  afterEach(() => {
    console.warn = originalWarn;
  });

  it('registers a tag that is free', () => {
    class FreshElement extends HTMLElement {}
    defineElement('care-test-fresh', FreshElement);
    expect(customElements.get('care-test-fresh')).to.equal(FreshElement);
  });

  it('does nothing, silently, when the same class registers twice', () => {
    class TwiceElement extends HTMLElement {}
    defineElement('care-test-twice', TwiceElement);
    expect(() => defineElement('care-test-twice', TwiceElement)).not.to.throw();
    expect(warnings).to.deep.equal([]);
  });

  it('registers a subclass, without throwing, when the page already defined the class under a tag of its own', async () => {
    customElements.define('my-term', CareTerm);
    await import('../../src/components/term/define.js');
    const registered = customElements.get('care-term')!;
    expect(registered).not.to.equal(CareTerm);
    expect(registered.prototype).to.be.instanceOf(CareTerm);
    const term = await fixture<CareTerm>(html`<care-term term="iop" lang="en">IOP</care-term>`);
    expect(term.shadowRoot!.querySelector('[part~="trigger"]')!.textContent).to.contain('IOP');
    expect(warnings).to.deep.equal([]);
  });

  it('keeps the first classes and warns once, naming both versions, when another copy registers', () => {
    class FirstCopy extends HTMLElement {
      static version = '0.0.1';
    }
    class FirstCopyOther extends HTMLElement {
      static version = '0.0.1';
    }
    class SecondCopy extends HTMLElement {}
    class SecondCopyOther extends HTMLElement {}
    defineElement('care-test-clash', FirstCopy);
    defineElement('care-test-clash-other', FirstCopyOther);
    defineElement('care-test-clash', SecondCopy);
    defineElement('care-test-clash-other', SecondCopyOther);
    expect(customElements.get('care-test-clash')).to.equal(FirstCopy);
    expect(customElements.get('care-test-clash-other')).to.equal(FirstCopyOther);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.1').and.to.contain(version).and.to.contain('<care-test-clash>');
  });
});
