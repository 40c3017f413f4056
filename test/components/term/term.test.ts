import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, css } from 'lit';
import '../../../src/components/term/define.js';
import type { CareTerm, CareTermToggleDetail } from '../../../src/components/term/term.js';
import { glossary } from '../../../src/data/glossary.js';
import { closeDelayMs } from '../../../src/components/term/term-timing.js';
import { supportsPopover } from '../../../src/internal/popup.js';
import { resetWarnOnce } from '../../../src/internal/warn-once.js';
import { narrowPage, removeNarrowPages } from '../../helpers/narrow-page.js';

const waitOptions = { timeout: 5000 };

function trigger(element: CareTerm): HTMLElement {
  const found = element.shadowRoot!.querySelector<HTMLElement>('[part~="trigger"]');
  if (!found) throw new Error('no [part~="trigger"] in the shadow root');
  return found;
}

function tooltip(element: CareTerm): HTMLElement {
  const found = element.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]');
  if (!found) throw new Error('no [part="tooltip"] in the shadow root');
  return found;
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Whether a person can see the tooltip: laid out with a size, not hidden, and in the top layer where possible. */
function isShown(element: CareTerm): boolean {
  const popup = tooltip(element);
  const rect = popup.getBoundingClientRect();
  const visible = popup.ownerDocument.defaultView!.getComputedStyle(popup).display !== 'none' && rect.width > 0 && rect.height > 0;
  return supportsPopover ? visible && popup.matches(':popover-open') : visible;
}

function centre(target: Element): [number, number] {
  const rect = target.getBoundingClientRect();
  return [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)];
}

/** The focused element, looking through shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Asserts where focus is. Compares in the page and reports names only: a failed `expect(element).to.equal(other)`
 * makes the test runner serialise both elements, which can hang the page instead of failing the test.
 */
function expectFocusOn(expected: Element | null, where: string): void {
  const active = deepActiveElement();
  expect(active === expected, `focus is on ${active?.localName ?? 'nothing'}#${active?.id ?? ''}, not ${where}`).to.equal(
    true,
  );
}

/**
 * Renders a fixture and waits for every term in it to render. Only microtasks: open-wc's `fixture` waits for an
 * animation frame, and the test runner runs two pages at once, one of them in the background with no frames.
 */
async function renderFixture<T extends Element>(template: TemplateResult): Promise<T> {
  const rendered = fixtureSync<T>(template);
  await (rendered as Partial<LitElement>).updateComplete;
  const terms = [...rendered.querySelectorAll('care-term'), ...(rendered.shadowRoot?.querySelectorAll('care-term') ?? [])];
  await Promise.all(terms.map((term) => term.updateComplete));
  return rendered;
}

async function sentence(termId = 'iop', label = 'IOP') {
  const container = await renderFixture<HTMLDivElement>(html`<div lang="en">
    <button id="before">Before</button>
    <p>An <care-term term=${termId}>${label}</care-term> meets several evenings a week.</p>
    <button id="after">After</button>
  </div>`);
  const element = container.querySelector('care-term')!;
  await element.updateComplete;
  return { container, element };
}

/** The element and its ancestors in the flat tree: through slots and out of shadow roots, as pointer events go. */
function withFlatTreeAncestors(element: Element | undefined): Element[] {
  const chain: Element[] = [];
  for (let node = element ?? null; node; ) {
    chain.push(node);
    node = node.assignedSlot ?? node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  return chain;
}

let hoveredChain: Element[] = [];

/** Fires the pointerleave and pointerenter events a real mouse move onto `target` (or off everything) would fire. */
function dispatchPointerMove(target: Element | undefined, [x, y]: [number, number]): void {
  const chain = withFlatTreeAncestors(target);
  const init = { pointerType: 'mouse', isPrimary: true, clientX: x, clientY: y };
  for (const left of hoveredChain.filter((element) => !chain.includes(element))) {
    left.dispatchEvent(new PointerEvent('pointerleave', init));
  }
  for (const entered of chain.filter((element) => !hoveredChain.includes(element)).reverse()) {
    entered.dispatchEvent(new PointerEvent('pointerenter', init));
  }
  hoveredChain = chain;
}

/**
 * Moves the mouse to the centre of `target`, or off every element to the page's top-left corner, as the pointer
 * events such a move fires: the same in every engine and every run. A real mouse move (`sendMouse`) never reaches a
 * page in a background tab, where the test runner runs one of its two concurrent files, and waiting to find out
 * made the result depend on a timer.
 */
async function movePointer(target?: Element): Promise<void> {
  dispatchPointerMove(target, target ? centre(target) : [0, 0]);
}

class TermHostForTest extends LitElement {
  static override styles = css`
    th {
      overflow: hidden;
      max-width: 4rem;
    }
  `;

  override render() {
    return html`<table>
      <thead>
        <tr>
          <th scope="col"><care-term term="php">PHP</care-term></th>
          <th scope="col"><care-term term="iop">IOP</care-term></th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>20 hours</td>
          <td>9 hours</td>
        </tr>
      </tbody>
    </table>`;
  }
}
customElements.define('term-host-for-test', TermHostForTest);

/**
 * The pointer events a finger's tap fires, in order. Synthetic: the test runner has no touch screen command. Some
 * engines (Chromium on Android) focus a tapped button, others (Safari on iOS) do not; `focuses` chooses.
 */
async function tap(target: HTMLElement, { focuses = true } = {}): Promise<void> {
  const init = { pointerType: 'touch', isPrimary: true, bubbles: true, composed: true };
  target.dispatchEvent(new PointerEvent('pointerover', init));
  target.dispatchEvent(new PointerEvent('pointerenter', { ...init, bubbles: false }));
  target.dispatchEvent(new PointerEvent('pointerdown', init));
  if (focuses) target.focus();
  target.dispatchEvent(new PointerEvent('pointerup', init));
  target.dispatchEvent(new PointerEvent('pointerout', init));
  target.dispatchEvent(new PointerEvent('pointerleave', { ...init, bubbles: false }));
  target.click();
  const host = (target.getRootNode() as ShadowRoot).host as CareTerm | undefined;
  await host?.updateComplete;
}

/**
 * Resolves after a timer of `ms` started now has run: any timer of `ms` or less started before it has run by then too
 * (the HTML standard runs timers of the same window in order of their due time).
 */
function afterTimersOf(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('<care-term>', () => {
  beforeEach(() => {
    resetWarnOnce();
  });

  afterEach(() => {
    removeNarrowPages();
  });

  it('shows the word as a button named by the word and described by its definition in the same shadow root', async () => {
    const { element } = await sentence();
    const term = trigger(element);
    expect(text(element)).to.equal('IOP');
    expect(term.localName).to.equal('button');
    expect((term as HTMLButtonElement).type).to.equal('button');
    expect(term.hasAttribute('role')).to.equal(false);
    expect(term.hasAttribute('aria-label')).to.equal(false);
    const slot = term.querySelector('slot')!;
    expect(slot.assignedNodes().map((node) => node.textContent).join('').trim()).to.equal('IOP');
    expect(term.tabIndex).to.equal(0);
    const describedBy = term.getAttribute('aria-describedby')!;
    const description = element.shadowRoot!.getElementById(describedBy);
    expect(description === tooltip(element), 'the description is not the tooltip').to.equal(true);
    expect(description!.getAttribute('role')).to.equal('tooltip');
    expect(text(description)).to.contain(glossary.iop.expansion!.en);
    expect(text(description)).to.contain(glossary.iop.definition.en);
    expect(description!.querySelector('a, button, input, [tabindex]')).to.equal(null);
    expect(isShown(element)).to.equal(false);
  });

  it("shows the glossary's own short form when the element is empty", async () => {
    const element = await renderFixture<CareTerm>(html`<care-term term="cbt" lang="es"></care-term>`);
    const slot = element.shadowRoot!.querySelector('slot')!;
    expect(text(slot)).to.equal(glossary.cbt.term.es);
    expect(trigger(element).getBoundingClientRect().width).to.be.greaterThan(0);
  });

  it('keeps the line height of the sentence it sits in', async () => {
    const container = await renderFixture<HTMLParagraphElement>(html`<p style="font-size: 20px; line-height: 40px">
      Plain words
    </p>`);
    const plainHeight = container.getBoundingClientRect().height;
    container.innerHTML = 'Plain <care-term term="iop">IOP</care-term> words';
    const element = container.querySelector('care-term')!;
    await element.updateComplete;
    expect(container.getBoundingClientRect().height).to.equal(plainHeight);
    expect(getComputedStyle(trigger(element)).fontSize).to.equal('20px');
  });

  it('accepts the id in capitals and common aliases', async () => {
    const capitals = await renderFixture<CareTerm>(html`<care-term term=" MAT ">MAT</care-term>`);
    expect(text(tooltip(capitals))).to.contain(glossary.mat.definition.en);
    const alias = await renderFixture<CareTerm>(html`<care-term term="withdrawal-management">withdrawal</care-term>`);
    expect(text(tooltip(alias))).to.contain(glossary.detox.definition.en);
  });

  it('opens on hover, stays while the pointer moves onto the tooltip, and closes when it leaves', async () => {
    const { element } = await sentence();
    await movePointer();
    const toggled = oneEvent(element, 'care-term-toggle');
    await movePointer(trigger(element));
    await waitUntil(() => isShown(element), 'the tooltip did not open on hover', waitOptions);
    const { detail } = (await toggled) as CustomEvent<CareTermToggleDetail>;
    expect(detail).to.deep.equal({ open: true, term: 'iop' });

    await movePointer(tooltip(element));
    // Leaving the term started the close delay; by the time a timer as long, started after that, has run, it has run.
    await afterTimersOf(closeDelayMs);
    await element.updateComplete;
    expect(isShown(element), 'the tooltip closed while hovered').to.equal(true);

    await movePointer();
    await waitUntil(() => !isShown(element), 'the tooltip did not close after the pointer left', waitOptions);
  });

  it('opens on keyboard focus, closes on Escape with focus kept, and lets Tab move on', async () => {
    const { container, element } = await sentence();
    container.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expectFocusOn(trigger(element), 'the term');
    await waitUntil(() => isShown(element), 'the tooltip did not open on focus', waitOptions);

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !isShown(element), 'Escape did not close the tooltip', waitOptions);
    expectFocusOn(trigger(element), 'the term');

    await sendKeys({ press: 'Tab' });
    expectFocusOn(container.querySelector('#after'), 'the button after');
    expect(isShown(element)).to.equal(false);
  });

  it('sets up no popup until its definition first opens, and positions it once open', async () => {
    const { element } = await sentence();
    const popupOf = () => (element as unknown as { popup?: unknown }).popup;
    expect(popupOf(), 'a closed term set up a popup').to.equal(undefined);
    expect(tooltip(element).dataset.placement, 'a closed term was positioned').to.equal(undefined);
    trigger(element).click();
    await waitUntil(() => isShown(element) && tooltip(element).dataset.placement !== undefined, 'the tooltip was not placed', waitOptions);
    expect(popupOf(), 'an opened term has no popup').to.not.equal(undefined);
  });

  it('toggles the definition with Enter and Space, the keys that press a button, and says so with aria-expanded', async () => {
    const { container, element } = await sentence();
    const expanded = () => trigger(element).getAttribute('aria-expanded');
    expect(expanded()).to.equal('false');
    container.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => isShown(element), 'the tooltip did not open on focus', waitOptions);
    await element.updateComplete;
    expect(expanded()).to.equal('true');
    const toggles: boolean[] = [];
    element.addEventListener('care-term-toggle', (event) => toggles.push(event.detail.open));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !isShown(element), 'Enter did not close the tooltip', waitOptions);
    await element.updateComplete;
    expect(expanded()).to.equal('false');
    await sendKeys({ press: ' ' });
    await waitUntil(() => isShown(element), 'Space did not open the tooltip again', waitOptions);
    await element.updateComplete;
    expect(expanded()).to.equal('true');
    expect(toggles).to.deep.equal([false, true]);
    expectFocusOn(trigger(element), 'the term');
  });

  it('opens on a tap and closes on a second tap, whether or not the tap focuses the button', async () => {
    for (const focuses of [true, false]) {
      const { container, element } = await sentence();
      await tap(trigger(element), { focuses });
      await waitUntil(() => isShown(element), `the first tap did not open it (focuses: ${focuses})`, waitOptions);
      await tap(trigger(element), { focuses });
      await waitUntil(() => !isShown(element), `the second tap did not close it (focuses: ${focuses})`, waitOptions);
      await tap(trigger(element), { focuses });
      await waitUntil(() => isShown(element), `a third tap did not open it again (focuses: ${focuses})`, waitOptions);
      container.remove();
    }
  });

  it('closes on a tap elsewhere on the page', async () => {
    const { container, element } = await sentence();
    await tap(trigger(element), { focuses: false });
    await waitUntil(() => isShown(element), 'the tap did not open it', waitOptions);
    await tap(container.querySelector<HTMLButtonElement>('#after')!, { focuses: false });
    await waitUntil(() => !isShown(element), 'a tap elsewhere did not close it', waitOptions);
  });

  it('focuses its button when the element itself is focused', async () => {
    const { element } = await sentence();
    element.focus();
    expectFocusOn(trigger(element), 'the term');
    await waitUntil(() => isShown(element), 'the tooltip did not open on focus', waitOptions);
  });

  it('closes when focus leaves the term', async () => {
    const { container, element } = await sentence();
    container.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => isShown(element), 'the tooltip did not open on focus', waitOptions);
    await sendKeys({ press: 'Tab' });
    expectFocusOn(container.querySelector('#after'), 'the button after');
    await waitUntil(() => !isShown(element), 'the tooltip stayed open after blur', waitOptions);
  });

  it('keeps the tooltip inside a 320 px viewport for a term at the right edge', async () => {
    const page = await narrowPage(
      320,
      640,
      `<p style="margin-top: 12rem; text-align: end">The <care-term term="asam">ASAM</care-term></p>`,
    );
    const element = page.querySelector('care-term') as CareTerm;
    const width = page.documentElement.clientWidth;
    expect(trigger(element).getBoundingClientRect().right).to.be.greaterThan(width - 60);
    trigger(element).focus();
    await waitUntil(() => isShown(element), 'the tooltip did not open', waitOptions);
    await waitUntil(() => tooltip(element).dataset.placement, 'the tooltip was never placed', waitOptions);
    const rect = tooltip(element).getBoundingClientRect();
    expect(rect.width).to.be.greaterThan(200);
    expect(rect.left).to.be.at.least(0);
    expect(rect.right).to.be.at.most(width);
    expect(rect.top).to.be.at.least(0);
    expect(page.documentElement.scrollWidth).to.be.at.most(width);
  });

  it('flips below the term when there is no room above', async () => {
    const container = await renderFixture<HTMLDivElement>(html`<div lang="en">
      <care-term term="iop">IOP</care-term>
    </div>`);
    const element = container.querySelector('care-term')!;
    trigger(element).focus();
    await waitUntil(() => tooltip(element).dataset.placement === 'bottom', 'the tooltip did not flip', waitOptions);
    expect(tooltip(element).getBoundingClientRect().top).to.be.at.least(trigger(element).getBoundingClientRect().bottom);
  });

  it('is not clipped by an overflow: hidden ancestor', async () => {
    const container = await renderFixture<HTMLDivElement>(html`<div
      style="margin-top: 12rem; width: 6rem; height: 2rem; overflow: hidden"
    >
      <care-term term="php">PHP</care-term>
    </div>`);
    const element = container.querySelector('care-term')!;
    trigger(element).focus();
    await waitUntil(() => isShown(element), 'the tooltip did not open', waitOptions);
    await waitUntil(() => tooltip(element).dataset.placement === 'top', 'the tooltip was not placed above', waitOptions);
    const box = container.getBoundingClientRect();
    const rect = tooltip(element).getBoundingClientRect();
    expect(rect.top).to.be.lessThan(box.top);
    const [x, y] = centre(tooltip(element));
    const hit = element.shadowRoot!.elementFromPoint(x, y);
    expect(hit === tooltip(element) || tooltip(element).contains(hit)).to.equal(true);
  });

  it('shows the Spanish definition in a Spanish page', async () => {
    const element = await renderFixture<CareTerm>(html`<care-term term="iop" lang="es">IOP</care-term>`);
    expect(text(tooltip(element))).to.contain(glossary.iop.expansion!.es);
    expect(text(tooltip(element))).to.contain(glossary.iop.definition.es);
    expect(tooltip(element).getAttribute('lang')).to.equal('es');
  });

  it('shows an unknown term as plain text, not focusable, with one warning naming the valid ids', async () => {
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const container = await renderFixture<HTMLDivElement>(html`<div>
        <care-term term="not-a-term-for-test">Jargon</care-term>
        <care-term term="not-a-term-for-test">Jargon</care-term>
      </div>`);
      const [first] = container.querySelectorAll('care-term');
      await first.updateComplete;
      expect(text(first)).to.equal('Jargon');
      expect(first.shadowRoot!.querySelector('button, [tabindex], [part="tooltip"]')).to.equal(null);
      first.focus();
      expect(document.activeElement).not.to.equal(first);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('not-a-term-for-test');
      expect(warnings[0]).to.contain('iop');
      expect(warnings[0]).to.contain('peer-support');

      // Each test starts with no warning given: after a reset the same mistake warns again, once.
      resetWarnOnce();
      const again = await renderFixture<CareTerm>(html`<care-term term="not-a-term-for-test">Jargon</care-term>`);
      await again.updateComplete;
      expect(warnings).to.have.length(2);
    } finally {
      console.warn = originalWarn;
    }
  });

  it('closes cleanly when removed while open, and works again when put back', async () => {
    const { container, element } = await sentence();
    trigger(element).focus();
    await waitUntil(() => isShown(element), 'the tooltip did not open', waitOptions);
    const paragraph = element.parentElement!;
    element.remove();
    await element.updateComplete;

    paragraph.append(element);
    await element.updateComplete;
    expect(isShown(element), 'the tooltip came back open with the element').to.equal(false);
    container.querySelector<HTMLButtonElement>('#before')!.focus();
    trigger(element).focus();
    await waitUntil(() => isShown(element), 'the tooltip did not open after reconnecting', waitOptions);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !isShown(element), 'Escape did not close it after reconnecting', waitOptions);
  });

  it("works inside another element's shadow root, in a table header cell", async () => {
    const host = await renderFixture<TermHostForTest>(html`<term-host-for-test lang="en"></term-host-for-test>`);
    const [, element] = host.shadowRoot!.querySelectorAll('care-term');
    await element.updateComplete;
    await movePointer();
    await movePointer(trigger(element));
    await waitUntil(() => isShown(element), 'the nested tooltip did not open on hover', waitOptions);
    const describedBy = trigger(element).getAttribute('aria-describedby')!;
    expect(text(element.shadowRoot!.getElementById(describedBy))).to.contain(glossary.iop.definition.en);
    const cell = element.closest('th')!.getBoundingClientRect();
    expect(tooltip(element).getBoundingClientRect().width).to.be.greaterThan(cell.width);
    await expect(host).to.be.accessible();
  });

  it('renders without reading the page, as server rendering needs', async () => {
    const element = await renderFixture<CareTerm>(html`<care-term term="iop">IOP</care-term>`);
    const reads: string[] = [];
    const documentElement = Object.getOwnPropertyDescriptor(Document.prototype, 'documentElement')!;
    Object.defineProperty(document, 'documentElement', {
      configurable: true,
      get() {
        reads.push('document.documentElement');
        return documentElement.get!.call(this);
      },
    });
    try {
      element.render();
    } finally {
      delete (document as { documentElement?: unknown }).documentElement;
    }
    expect(reads).to.deep.equal([]);
  });

  it('has no axe violations, closed and open', async () => {
    const { container, element } = await sentence();
    await expect(container).to.be.accessible();
    trigger(element).focus();
    await waitUntil(() => isShown(element), 'the tooltip did not open', waitOptions);
    await expect(container).to.be.accessible();
  });

  it('has no axe violations in the dark theme, open', async () => {
    const container = await renderFixture<HTMLDivElement>(html`<div lang="en" style="background: #17202a; color: #e6edf3">
      <p>An <care-term term="dbt" theme="dark">DBT</care-term> group meets weekly.</p>
    </div>`);
    const element = container.querySelector('care-term')!;
    trigger(element).focus();
    await waitUntil(() => isShown(element), 'the tooltip did not open', waitOptions);
    await expect(container).to.be.accessible();
  });
});
