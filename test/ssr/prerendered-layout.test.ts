import { expect } from '@open-wc/testing';
import { widgetsRendered } from '../helpers/narrow-page.js';

/**
 * A comparison pre-rendered with `layout="auto"` (test/ssr/prerendered-page.mjs, `?layout=auto`) shows the view its
 * width calls for before any script runs, since a container query chooses it, and hydrating it moves nothing.
 */

interface LayoutShift extends PerformanceEntry {
  readonly value: number;
  readonly hadRecentInput: boolean;
}

async function loadPage(width: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '800';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/test/ssr/prerendered.html?layout=auto';
  document.body.append(frame);
  await loaded;
  return frame;
}

const nextFrame = (page: Window) => new Promise((resolve) => page.requestAnimationFrame(() => resolve(undefined)));

/** Adds the hydrate script, as a page would, and waits until every element has rendered; returns the warnings. */
async function hydrate(frame: HTMLIFrameElement): Promise<{ errors: string[]; warnings: string[] }> {
  const page = frame.contentWindow as Window & typeof globalThis;
  const logged = { errors: [] as string[], warnings: [] as string[] };
  page.addEventListener('error', (event) => logged.errors.push(String(event.message)));
  page.console.error = (...args: unknown[]) => logged.errors.push(args.map(String).join(' '));
  page.console.warn = (...args: unknown[]) => logged.warnings.push(args.map(String).join(' '));
  const script = page.document.createElement('script');
  script.src = '/dist/care-level-widgets-hydrate.js';
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  page.document.head.append(script);
  await loaded;
  await widgetsRendered(page);
  await nextFrame(page);
  await nextFrame(page);
  return logged;
}

const shown = (element: Element | null | undefined) => (element?.getClientRects().length ?? 0) > 0;

/** Where the comparison is and how big, and where everything after it in the page starts. */
function boxes(page: Document): string[] {
  const comparison = page.querySelector('care-comparison')!;
  const { top, left, width, height } = comparison.getBoundingClientRect();
  const after = [...page.querySelectorAll('care-comparison ~ *')].map((element) => {
    const box = element.getBoundingClientRect();
    return `${element.localName} at ${Math.round(box.top)}, ${Math.round(box.left)}`;
  });
  return [`care-comparison at ${Math.round(top)}, ${Math.round(left)}, ${Math.round(width)} × ${Math.round(height)}`, ...after];
}

afterEach(() => {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
});

describe('a pre-rendered comparison with layout="auto"', () => {
  it('shows cards at 375 px before any script, and hydrating moves nothing below it', async function () {
    this.timeout(20000);
    const frame = await loadPage(375);
    const page = frame.contentDocument!;
    const view = frame.contentWindow!;
    expect(view.customElements.get('care-comparison')).to.equal(undefined);
    const root = page.querySelector('care-comparison')!.shadowRoot!;
    expect(shown(root.querySelector('[part~="card"]')), 'cards before the script').to.equal(true);
    expect(shown(root.querySelector('table')), 'the table before the script').to.equal(false);
    expect(page.documentElement.scrollWidth).to.be.at.most(375);

    const shifts: LayoutShift[] = [];
    const observes = PerformanceObserver.supportedEntryTypes?.includes('layout-shift');
    const observer = observes
      ? new (view as Window & typeof globalThis).PerformanceObserver((list) =>
          shifts.push(...(list.getEntries() as LayoutShift[])),
        )
      : undefined;
    observer?.observe({ type: 'layout-shift', buffered: true });
    const before = boxes(page);
    const cards = [...root.querySelectorAll('[part~="card"]')];

    const { errors, warnings } = await hydrate(frame);
    expect(errors).to.deep.equal([]);
    expect(warnings, 'hydration rendered it again').to.deep.equal([]);
    expect(boxes(page)).to.deep.equal(before);
    expect(cards.every((card) => card.isConnected), 'the cards were rendered again').to.equal(true);
    expect(shown(root.querySelector('[part~="card"]')), 'cards after hydrating').to.equal(true);
    expect(shown(root.querySelector('table')), 'the table after hydrating').to.equal(false);
    if (observer) {
      observer.takeRecords().forEach((entry) => shifts.push(entry as LayoutShift));
      observer.disconnect();
      const score = shifts.filter((shift) => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0);
      expect(score, 'cumulative layout shift').to.be.at.most(0.01);
    }
  });

  it('shows the table at 1024 px before any script, and keeps it when it hydrates', async () => {
    const frame = await loadPage(1024);
    const page = frame.contentDocument!;
    const root = page.querySelector('care-comparison')!.shadowRoot!;
    expect(shown(root.querySelector('table')), 'the table before the script').to.equal(true);
    expect(shown(root.querySelector('[part~="card"]')), 'cards before the script').to.equal(false);
    const before = boxes(page);
    const { warnings } = await hydrate(frame);
    expect(warnings).to.deep.equal([]);
    expect(boxes(page)).to.deep.equal(before);
    expect(shown(root.querySelector('table'))).to.equal(true);
  });

  it('has no duplicate ids, with both views in its markup', async () => {
    const frame = await loadPage(375);
    const root = frame.contentDocument!.querySelector('care-comparison')!.shadowRoot!;
    expect(root.querySelector('.table-view table'), 'the table is in the markup').to.exist;
    const ids = [...root.querySelectorAll('[id]')].map((element) => element.id);
    expect(ids.length).to.be.greaterThan(0);
    expect(new Set(ids).size).to.equal(ids.length);
  });
});
