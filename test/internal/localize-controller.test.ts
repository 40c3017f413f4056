import { expect, fixture, html } from '@open-wc/testing';
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
