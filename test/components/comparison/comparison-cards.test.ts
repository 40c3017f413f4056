import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/comparison/define.js';
import type { CareComparison } from '../../../src/components/comparison/comparison.js';

/** `element` once rendered, and two frames later. */
async function settled(element: CareComparison): Promise<CareComparison> {
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await element.updateComplete;
  return element;
}

async function comparisonIn(width: number, attributes: { layout: string; config?: string }): Promise<CareComparison> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px"><care-comparison lang="en" layout=${attributes.layout} config=${attributes.config ?? '{}'}></care-comparison></div>`,
  );
  return settled(wrapper.querySelector('care-comparison')!);
}

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<care-comparison> sources', () => {
  it('are collapsed under the cards, behind "Sources (n)"', async function () {
    this.timeout(30000); // axe over four cards
    const element = await comparisonIn(360, { layout: 'cards' });
    const disclosure = element.shadowRoot!.querySelector<HTMLDetailsElement>('details[part~="sources"]')!;
    const count = disclosure.querySelectorAll('li').length;
    expect(count).to.be.greaterThan(5);
    expect(disclosure.open).to.equal(false);
    expect(text(disclosure.querySelector('summary'))).to.equal(`Sources (${count})`);
    expect(disclosure.getBoundingClientRect().height).to.be.below(80);
    await expect(element).to.be.accessible();
  });

  it('print open, like each card’s "More about …", and close again after printing unless the reader opened them', async () => {
    const element = await comparisonIn(360, { layout: 'cards' });
    const disclosure = element.shadowRoot!.querySelector<HTMLDetailsElement>('details[part~="sources"]')!;
    window.dispatchEvent(new Event('beforeprint'));
    expect(disclosure.open).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(disclosure.open).to.equal(false);

    const more = [...element.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details[part~="more"]')];
    expect(more.length).to.equal(4);
    window.dispatchEvent(new Event('beforeprint'));
    expect(more.every((details) => details.open), 'every card prints every fact').to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(more.filter((details) => !details.open)).to.have.length(4);

    disclosure.open = true;
    window.dispatchEvent(new Event('beforeprint'));
    window.dispatchEvent(new Event('afterprint'));
    expect(disclosure.open).to.equal(true);
  });

  it('stay a titled list beside the table', async () => {
    const element = await comparisonIn(1100, { layout: 'table' });
    expect(element.shadowRoot!.querySelector('details[part~="sources"]')).to.equal(null);
    const sources = element.shadowRoot!.querySelector('[part~="sources"]')!;
    expect(text(sources.querySelector('.sources-heading'))).to.equal('Sources');
    expect(sources.querySelector('ol')!.getBoundingClientRect().height).to.be.greaterThan(100);
  });
});

describe('<care-comparison> cards', () => {
  it('end with their facts, not a lone "—", when their level has no call or link', async () => {
    const config = JSON.stringify({ programs: { iop: { phone: '+1-555-0100' } } });
    const element = await comparisonIn(360, { layout: 'cards', config });
    const cards = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="card"]')];
    expect(cards.map((card) => card.dataset.level)).to.deep.equal(['inpatient', 'php', 'iop', 'outpatient']);
    for (const card of cards) {
      const cta = card.querySelector('.card-cta');
      if (card.dataset.level === 'iop') expect(text(cta)).to.contain('555');
      else expect(cta, card.dataset.level).to.equal(null);
      expect(text(card).endsWith('—'), card.dataset.level).to.equal(false);
    }
  });
});

describe('<care-comparison> glossary terms', () => {
  it('keep the punctuation after a term on the line of the word before it, at every width', async function () {
    this.timeout(60000); // a layout per width, and a box per character
    const strays = new Set<string>();
    for (let width = 880; width <= 1400; width += 24) {
      const element = await comparisonIn(width, { layout: 'table' });
      for (const cell of element.shadowRoot!.querySelectorAll('td')) {
        if (!cell.querySelector('care-term')) continue;
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        let previous: DOMRect | undefined;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest('.references, .visually-hidden')) continue;
          const characters = node.textContent!;
          for (let offset = 0; offset < characters.length; offset += 1) {
            if (/\s/.test(characters[offset])) continue;
            const range = document.createRange();
            range.setStart(node, offset);
            range.setEnd(node, offset + 1);
            const box = range.getBoundingClientRect();
            if (/[.,;:]/.test(characters[offset]) && previous && box.top > previous.bottom - 2) {
              strays.add(`"${characters.slice(Math.max(0, offset - 12), offset + 1)}" at ${width} px`);
            }
            previous = box;
          }
        }
      }
      element.parentElement!.remove();
    }
    expect([...strays]).to.deep.equal([]);
  });
});
