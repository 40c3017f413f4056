import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resolveLang } from '../../src/internal/localize-controller.js';
import { toLocale } from '../../src/data/locale.js';

describe('language resolution', () => {
  it('prefers the element’s own lang, then the nearest ancestor’s, then <html lang>', async () => {
    const tree = await fixture<HTMLDivElement>(html`<div lang="es-MX"><span id="inner"></span><b lang="en"></b></div>`);
    expect(resolveLang(tree.querySelector('#inner')!)).to.equal('es-MX');
    expect(resolveLang(tree.querySelector('b')!)).to.equal('en');
    const loose = await fixture<HTMLSpanElement>(html`<span></span>`);
    expect(resolveLang(loose)).to.equal(document.documentElement.lang);
  });

  it('crosses shadow roots to find an ancestor’s lang', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
    const inner = document.createElement('p');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLang(inner)).to.equal('es');
  });

  it('maps region tags to a supported language and anything else to English', () => {
    expect(toLocale('es-MX')).to.equal('es');
    expect(toLocale('EN-us')).to.equal('en');
    expect(toLocale('fr')).to.equal('en');
    expect(toLocale(undefined)).to.equal('en');
  });
});

describe('following language changes', () => {
  it('re-renders a widget inside a shadow root, and the widgets nested in it, when its own lang changes', async () => {
    await import('../../src/components/comparison/define.js');
    await import('../../src/components/term/define.js');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const comparison = document.createElement('care-comparison') as HTMLElement & { updateComplete: Promise<unknown> };
    comparison.setAttribute('lang', 'en');
    host.attachShadow({ mode: 'open' }).append(comparison);
    await comparison.updateComplete;
    const term = comparison.shadowRoot!.querySelector('care-term') as HTMLElement & { updateComplete: Promise<unknown> };
    await term.updateComplete;
    const definition = () => term.shadowRoot!.querySelector('[role="tooltip"]')!.getAttribute('lang');
    expect(definition()).to.equal('en');

    comparison.setAttribute('lang', 'es');
    await waitUntil(() => comparison.shadowRoot!.textContent!.includes('Comparación de niveles'), 'still English');
    await waitUntil(() => definition() === 'es', 'the nested term stayed English');
  });
});
