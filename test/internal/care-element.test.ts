/**
 * What every element gets from CareElement: the language and theme within one update, one policy for attribute
 * values it cannot use, headings that fit the page, and dependencies registered by its define.
 */
import { expect, fixture, fixtureCleanup, fixtureSync, html } from '@open-wc/testing';
import '../../src/components/questionnaire/define.js';
import '../../src/components/comparison/define.js';
import type { CareComparison } from '../../src/components/comparison/comparison.js';
import type { CareCrisisBanner } from '../../src/components/crisis-banner/crisis-banner.js';
import type { CareQuestionnaire } from '../../src/components/questionnaire/questionnaire.js';
import type { CareTerm } from '../../src/components/term/term.js';
import { CareElement } from '../../src/internal/care-element.js';
import { precedingHeadingLevel } from '../../src/internal/care-section-element.js';
import { resetWarnOnce } from '../../src/internal/warn-once.js';

function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => messages.push(args.join(' '));
  return { messages, restore: () => (console.warn = original) };
}

describe('CareElement', () => {
  beforeEach(() => resetWarnOnce());

  it('applies a lang change within the same update, in the banner and the questionnaire', async () => {
    const banner = await fixture<CareCrisisBanner>(html`<care-crisis-banner lang="en"></care-crisis-banner>`);
    banner.lang = 'es';
    await banner.updateComplete;
    expect(banner.shadowRoot!.textContent).to.contain('Hay ayuda disponible ahora mismo');

    const questionnaire = await fixture<CareQuestionnaire>(html`<care-questionnaire lang="en"></care-questionnaire>`);
    questionnaire.setAttribute('lang', 'es');
    await questionnaire.updateComplete;
    expect(questionnaire.shadowRoot!.textContent).to.contain('¿Por dónde podría empezar?');
  });

  it('ignores a theme or variant it does not accept, with one console warning each, and renders as without it', async () => {
    const warnings = captureWarnings();
    try {
      const banner = await fixture<CareCrisisBanner>(
        html`<care-crisis-banner lang="en" theme="purple" variant="tiny"></care-crisis-banner>`,
      );
      banner.requestUpdate();
      await banner.updateComplete;
      expect(warnings.messages).to.deep.equal([
        'care-level-widgets: <care-crisis-banner theme="purple"> is ignored: use light or dark.',
        'care-level-widgets: <care-crisis-banner variant="tiny"> is ignored: use full or compact.',
      ]);
      expect(banner.shadowRoot!.querySelector('[part~="base"]')!.classList.contains('full')).to.equal(true);
    } finally {
      warnings.restore();
    }
  });

  it('ignores a persist value other than session, with a warning, and stores nothing', async () => {
    const warnings = captureWarnings();
    try {
      const questionnaire = await fixture<CareQuestionnaire>(
        html`<care-questionnaire lang="en" persist="local"></care-questionnaire>`,
      );
      questionnaire.answers = { 'for-whom': 'self' };
      questionnaire.showQuestion(1);
      await questionnaire.updateComplete;
      expect(warnings.messages).to.deep.equal([
        'care-level-widgets: <care-questionnaire persist="local"> is ignored: use session.',
      ]);
      expect(sessionStorage.length + localStorage.length).to.equal(0);
    } finally {
      warnings.restore();
    }
  });

  it('marks its content lang="en" on a page in a language it does not speak, and nothing when they match', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div lang="fr">
        <care-crisis-banner></care-crisis-banner>
        <care-questionnaire></care-questionnaire>
        <div lang="es-MX"><care-crisis-banner variant="compact"></care-crisis-banner></div>
      </div>
    `);
    const [french, spanish] = page.querySelectorAll<CareCrisisBanner>('care-crisis-banner');
    const questionnaire = page.querySelector<CareQuestionnaire>('care-questionnaire')!;
    await Promise.all([french.updateComplete, spanish.updateComplete, questionnaire.updateComplete]);
    expect(french.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
    expect(questionnaire.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
    expect(spanish.shadowRoot!.querySelector('[part~="base"]')!.hasAttribute('lang')).to.equal(false);
    expect(spanish.shadowRoot!.textContent).to.contain('¿En crisis?');
    await expect(page).to.be.accessible();
  });

  it('passes only a theme it accepts on to the banner it renders', async () => {
    const questionnaire = await fixture<CareQuestionnaire>(
      html`<care-questionnaire lang="en" theme="dark"></care-questionnaire>`,
    );
    questionnaire.answers = { safety: 'thoughts' };
    questionnaire.showResult();
    await questionnaire.updateComplete;
    expect(questionnaire.shadowRoot!.querySelector('care-crisis-banner')!.getAttribute('theme')).to.equal('dark');
  });

  it('takes the heading level one below the nearest heading before it, unless heading-level says otherwise', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div>
        <h1>Treatment</h1>
        <section><h2>Crisis help</h2></section>
        <care-crisis-banner lang="en"></care-crisis-banner>
        <care-crisis-banner lang="en" heading-level="4"></care-crisis-banner>
      </div>
    `);
    const [auto, fixed] = page.querySelectorAll<CareCrisisBanner>('care-crisis-banner');
    await Promise.all([auto.updateComplete, fixed.updateComplete]);
    expect(auto.shadowRoot!.querySelector('[part="heading"]')!.localName).to.equal('h3');
    expect(fixed.shadowRoot!.querySelector('[part="heading"]')!.localName).to.equal('h4');
    expect(fixed.getAttribute('heading-level')).to.equal('4');

    fixtureCleanup();
    const alone = await fixture<CareQuestionnaire>(html`<care-questionnaire lang="en"></care-questionnaire>`);
    expect(alone.shadowRoot!.querySelector('.heading')!.localName).to.equal('h2');
  });

  it('fits its heading again to the headings before it when it moves', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div>
        <h1>Treatment</h1>
        <section id="top"><care-crisis-banner lang="en"></care-crisis-banner></section>
        <h3>Details</h3>
        <section id="deep"></section>
      </div>
    `);
    const banner = page.querySelector<CareCrisisBanner>('care-crisis-banner')!;
    await banner.updateComplete;
    expect(banner.shadowRoot!.querySelector('[part="heading"]')!.localName).to.equal('h2');
    page.querySelector('#deep')!.append(banner);
    await banner.updateComplete;
    expect(banner.shadowRoot!.querySelector('[part="heading"]')!.localName).to.equal('h4');
  });

  it('looks at the page before it only to render a heading: never for a term, nor with heading-level', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><h1>Treatment</h1><div id="before"></div></div>`);
    const before = page.querySelector<HTMLDivElement>('#before')!;
    let looked = 0;
    const querySelectorAll = before.querySelectorAll.bind(before);
    before.querySelectorAll = ((selectors: string) => {
      looked += 1;
      return querySelectorAll(selectors);
    }) as typeof before.querySelectorAll;
    const term = document.createElement('care-term') as CareTerm;
    term.setAttribute('term', 'iop');
    term.textContent = 'IOP';
    const banner = document.createElement('care-crisis-banner') as CareCrisisBanner;
    banner.setAttribute('heading-level', '3');
    page.append(term, banner);
    await Promise.all([term.updateComplete, banner.updateComplete]);
    expect(banner.shadowRoot!.querySelector('[part="heading"]')!.localName).to.equal('h3');
    expect(looked).to.equal(0);
  });

  it('goes back to its default, without a warning, when a morphing library removes a reflected attribute', async () => {
    const warnings = captureWarnings();
    try {
      const page = await fixture<HTMLDivElement>(html`
        <div>
          <care-crisis-banner lang="en" variant="compact"></care-crisis-banner>
          <care-comparison lang="en" layout="cards"></care-comparison>
        </div>
      `);
      const banner = page.querySelector<CareCrisisBanner>('care-crisis-banner')!;
      const comparison = page.querySelector<CareComparison>('care-comparison')!;
      await Promise.all([banner.updateComplete, comparison.updateComplete]);
      banner.removeAttribute('variant');
      comparison.removeAttribute('layout');
      await Promise.all([banner.updateComplete, comparison.updateComplete]);
      expect(banner.variant).to.equal('full');
      expect(banner.shadowRoot!.querySelector('[part~="base"]')!.classList.contains('full')).to.equal(true);
      expect(comparison.layout).to.equal('auto');
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('shares its ElementInternals with a subclass, which may also ask attachInternals() for them', async () => {
    class CareInternalsProbe extends CareElement {
      readonly askedFor = this.attachInternals();
      readonly inherited = this.internals;
    }
    customElements.define('care-internals-probe', CareInternalsProbe);
    const probe = await fixture<CareInternalsProbe>(html`<care-internals-probe></care-internals-probe>`);
    expect(probe.askedFor).to.be.instanceOf(ElementInternals);
    expect(probe.askedFor).to.equal(probe.inherited);
  });

  it('finds the nearest heading across shadow roots', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><h4>Before</h4><div id="host"></div></div>`);
    const shadow = host.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>no heading here</p><span id="inside"></span>';
    expect(precedingHeadingLevel(shadow.querySelector('#inside')!)).to.equal(4);
    expect(precedingHeadingLevel(host.querySelector('h4')!)).to.equal(null);
  });

  it('shows what the page wrote inside it, and is pending, from its definition until its first render', async () => {
    const banner = fixtureSync<CareCrisisBanner>(
      html`<care-crisis-banner lang="en"><p id="fallback">In crisis? Call or text 988.</p></care-crisis-banner>`,
    );
    const fallback = banner.querySelector('#fallback')!;
    // Defined, with its shadow root, but its first render waits for a task of its own.
    expect(banner.shadowRoot).to.not.equal(null);
    expect(banner.shadowRoot!.textContent).to.not.contain('988');
    expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
    const customStates = CSS.supports('selector(:state(pending))');
    if (customStates) expect(banner.matches(':state(pending)')).to.equal(true);

    await banner.updateComplete;
    expect(banner.shadowRoot!.textContent).to.contain('988');
    expect(fallback.getBoundingClientRect().height).to.equal(0);
    if (customStates) expect(banner.matches(':state(pending)')).to.equal(false);
  });

  it('registers the elements it renders when only its own define is imported', () => {
    expect(customElements.get('care-crisis-banner')).to.not.equal(undefined);
  });
});
