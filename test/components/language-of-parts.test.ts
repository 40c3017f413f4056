/**
 * WCAG 3.1.2 Language of parts: on a page in a language the widgets do not speak, every word they show is marked
 * with the language it is in, in every element and view (the comparison's table, cards and error message included).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { CareElement } from '../../src/internal/care-element.js';

/** The language a text node is read in: the `lang` of its nearest ancestor, crossing out of shadow roots. */
function languageOf(node: Node): string {
  for (let element: Element | null = node.parentElement; element; ) {
    const lang = element.getAttribute('lang');
    if (lang !== null) return lang;
    element = element.parentElement ?? ((element.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return document.documentElement.lang;
}

/** Every non-blank text node the elements in `root` render, in their shadow roots (nested ones included). */
function renderedText(root: Element | ShadowRoot): Text[] {
  const found: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element && node.shadowRoot) found.push(...renderedText(node.shadowRoot));
    const fallbackNotShown = node.parentElement instanceof HTMLSlotElement && node.parentElement.assignedNodes().length > 0;
    if (node instanceof Text && node.getRootNode() instanceof ShadowRoot && node.data.trim() && !fallbackNotShown) {
      found.push(node);
    }
    if (node instanceof Element && /^(style|script)$/.test(node.localName)) walker.nextSibling();
  }
  return found;
}

async function allRendered(page: Element): Promise<void> {
  const pending = () => [...page.querySelectorAll<CareElement>('*')].filter((element) => 'updateComplete' in element);
  await Promise.all(pending().map((element) => element.updateComplete));
}

describe('language of parts on a French page', () => {
  it('marks every word of every element as English, in the comparison’s table, cards and error view', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div lang="fr">
        <p>Nos niveaux de soins.</p>
        <care-comparison layout="table"></care-comparison>
        <care-comparison layout="cards"></care-comparison>
        <care-comparison config="nope"></care-comparison>
        <care-questionnaire></care-questionnaire>
        <care-crisis-banner></care-crisis-banner>
        <care-crisis-banner variant="compact"></care-crisis-banner>
        <p>Un <care-term term="iop">IOP</care-term> se réunit trois soirs par semaine.</p>
      </div>
    `);
    await allRendered(page);
    for (const comparison of page.querySelectorAll('care-comparison')) {
      const root = comparison.shadowRoot!;
      await Promise.all([...root.querySelectorAll<CareElement>('care-term')].map((term) => term.updateComplete));
    }
    const texts = renderedText(page);
    expect(texts.length, 'text was found').to.be.greaterThan(100);
    const french = texts.filter((node) => languageOf(node).startsWith('fr')).map((node) => node.data.trim());
    expect(french, 'text marked as French').to.deep.equal([]);
    const error = page.querySelector('care-comparison[config="nope"]')!.shadowRoot!.querySelector('[part~="error"]');
    expect(error, 'the error view').to.exist;
    expect(languageOf(error!.firstChild!)).to.equal('en');
  });
});
