import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { resizeViewport } from '../../helpers/viewport.js';
import { narrowPage, removeNarrowPages } from '../../helpers/narrow-page.js';
import '../../../src/components/crisis-banner/define.js';
import type { CareCrisisBanner } from '../../../src/components/crisis-banner/crisis-banner.js';

function links(banner: CareCrisisBanner): HTMLAnchorElement[] {
  return [...banner.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
}

function hrefs(banner: CareCrisisBanner): string[] {
  return links(banner).map((link) => link.getAttribute('href')!);
}

function linkNamed(banner: CareCrisisBanner, text: string): HTMLAnchorElement | undefined {
  return links(banner).find((link) => link.textContent!.replace(/\s+/g, ' ').trim().startsWith(text));
}

describe('<care-crisis-banner>', () => {
  afterEach(async () => {
    await resizeViewport(800, 600);
  });

  it('is a labelled region with real call, text and chat links for 988, 911 and the SAMHSA helpline', async () => {
    const banner = await fixture<CareCrisisBanner>(html`<care-crisis-banner lang="en"></care-crisis-banner>`);
    const region = banner.shadowRoot!.querySelector('aside')!;
    const heading = banner.shadowRoot!.querySelector('#heading')!;
    expect(region.getAttribute('aria-labelledby')).to.equal('heading');
    expect(heading.tagName).to.equal('H2');
    expect(heading.textContent).to.equal('Help is available right now');

    expect(linkNamed(banner, 'Call 988')!.getAttribute('href')).to.equal('tel:988');
    expect(linkNamed(banner, 'Text 988')!.getAttribute('href')).to.equal('sms:988');
    const chat = linkNamed(banner, 'Chat at 988lifeline.org')!;
    expect(chat.getAttribute('href')).to.equal('https://988lifeline.org/chat/');
    expect(chat.target).to.equal('_blank');
    expect(chat.rel).to.contain('noopener');
    expect(chat.textContent).to.contain('(opens in a new tab)');
    expect(linkNamed(banner, 'Call 911')!.getAttribute('href')).to.equal('tel:911');
    expect(linkNamed(banner, 'Call 1-800-662-4357')!.getAttribute('href')).to.equal('tel:18006624357');
    expect(linkNamed(banner, 'TTY 1-800-487-4889')!.getAttribute('href')).to.equal('tel:18004874889');
    expect(linkNamed(banner, 'Text 838255')!.getAttribute('href')).to.equal('sms:838255');
    expect(linkNamed(banner, 'Text 435748')!.getAttribute('href')).to.equal('sms:435748');
    expect(hrefs(banner)).to.include('sms:988?body=AYUDA');
  });

  it('explains the Spanish and Veterans options and leaves out the retired "press 3" option', async () => {
    const banner = await fixture<CareCrisisBanner>(html`<care-crisis-banner lang="en"></care-crisis-banner>`);
    const text = banner.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Veterans: call 988 and press 1 for the Veterans Crisis Line, or text 838255.');
    expect(text).to.contain('llame al 988 y marque 2, o envíe AYUDA por texto al 988');
    expect(text).to.contain('not a counseling line');
    expect(text).to.contain('(English only)');
    expect(text).not.to.match(/press 3|marque 3/i);
    const spanish = [...banner.shadowRoot!.querySelectorAll('[lang]')].map((node) => node.getAttribute('lang'));
    expect(spanish, 'Spanish text on an English page is marked lang="es"').to.include('es');
  });

  it('shows its own content instead of the fallback written inside it', async () => {
    const banner = await fixture<CareCrisisBanner>(
      html`<care-crisis-banner><p>In crisis? Call or text 988.</p></care-crisis-banner>`,
    );
    expect(banner.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(banner.querySelector('p')!.getClientRects().length, 'the fallback is not rendered').to.equal(0);
  });

  it('speaks Spanish from its own lang or an ancestor’s', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(
      html`<div lang="es-MX"><care-crisis-banner></care-crisis-banner></div>`,
    );
    const banner = wrapper.querySelector('care-crisis-banner')!;
    await banner.updateComplete;
    expect(banner.shadowRoot!.querySelector('#heading')!.textContent).to.equal('Hay ayuda disponible ahora mismo');
    expect(linkNamed(banner, 'Llamar al 988')!.getAttribute('href')).to.equal('tel:988');
    expect(linkNamed(banner, 'Llamar al 911')!.getAttribute('href')).to.equal('tel:911');
    expect(banner.shadowRoot!.textContent).to.contain('Línea 988 de Prevención del Suicidio y Crisis');
    expect(banner.shadowRoot!.textContent).to.contain('(se abre en una pestaña nueva)');
    expect(banner.shadowRoot!.querySelector('[lang="es"]'), 'no lang override on a Spanish page').to.equal(null);
    await expect(banner).to.be.accessible();
  });

  it('renders a one-line compact strip with 988, 911 and the Spanish text option', async () => {
    const banner = await fixture<CareCrisisBanner>(
      html`<care-crisis-banner lang="en" variant="compact"></care-crisis-banner>`,
    );
    const region = banner.shadowRoot!.querySelector('aside')!;
    expect(region.getAttribute('aria-label')).to.equal('Crisis support');
    expect(banner.shadowRoot!.querySelector('h2, h3')).to.equal(null);
    expect(hrefs(banner)).to.deep.equal([
      'tel:988',
      'sms:988',
      'https://988lifeline.org/chat/',
      'tel:911',
      'sms:988?body=AYUDA',
    ]);
    const chat = links(banner)[2];
    expect(chat.textContent).to.equal('Chat (opens in a new tab)');
    expect(chat.getAttribute('aria-label')).to.equal('Chat at 988lifeline.org (opens in a new tab)');
    await resizeViewport(1280, 600);
    expect(region.getBoundingClientRect().height, 'one line at 1280px').to.be.below(70);
    await expect(banner).to.be.accessible();

    banner.lang = 'es';
    await banner.updateComplete;
    expect(region.getAttribute('aria-label')).to.equal('Apoyo en caso de crisis');
    expect(hrefs(banner)).to.deep.equal(['tel:988', 'sms:988?body=AYUDA', 'https://988lifeline.org/chat/', 'tel:911']);
  });

  it('uses the heading level it is given, and services one level below', async () => {
    const banner = await fixture<CareCrisisBanner>(html`<care-crisis-banner heading-level="3"></care-crisis-banner>`);
    expect(banner.shadowRoot!.querySelector('#heading')!.tagName).to.equal('H3');
    expect(banner.shadowRoot!.querySelectorAll('h4').length).to.equal(3);
  });

  it('passes axe in light and dark themes', async () => {
    const banner = await fixture<CareCrisisBanner>(html`<care-crisis-banner lang="en"></care-crisis-banner>`);
    await expect(banner).to.be.accessible();
    banner.theme = 'dark';
    await banner.updateComplete;
    await expect(banner).to.be.accessible();
  });

  it('fits 320px with no horizontal scrolling and tap targets of at least 44px', async () => {
    for (const variant of ['full', 'compact'] as const) {
      const page = await narrowPage(320, 640, `<care-crisis-banner lang="en" variant="${variant}"></care-crisis-banner>`);
      const banner = page.querySelector('care-crisis-banner') as CareCrisisBanner;
      const width = page.documentElement.clientWidth;
      expect(banner.scrollWidth, variant).to.be.at.most(banner.clientWidth);
      expect(page.documentElement.scrollWidth, variant).to.be.at.most(width);
      for (const link of links(banner)) {
        const box = link.getBoundingClientRect();
        expect(box.height, link.textContent!).to.be.at.least(44);
        expect(box.right, link.textContent!).to.be.at.most(width);
      }
      removeNarrowPages();
    }
  });
});
