import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { widgetsRendered } from '../helpers/narrow-page.js';

/**
 * Elements pre-rendered by care-level-widgets/ssr (dist/ssr.js, on a page the test server's middleware renders: see
 * test/ssr/prerendered-page.mjs), in an iframe: visible before any script, complete with scripting disabled, and
 * interactive after dist/care-level-widgets-hydrate.js hydrates them, keeping the DOM the server sent. That script
 * loads dist/care-level-widgets-hydrate.full.js only when the page is idle or first used.
 */

type LitLike = HTMLElement & { updateComplete: Promise<unknown>; hasUpdated: boolean };

const tags = ['care-crisis-banner', 'care-term', 'care-comparison', 'care-questionnaire'];

async function loadPage(query: string, sandbox?: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = '1100';
  frame.height = '800';
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/ssr/prerendered.html?${query}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

function shadowText(element: Element | null): string {
  return element?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function links(element: Element | null): string[] {
  return [...(element?.shadowRoot?.querySelectorAll('a[href]') ?? [])].map((link) => link.getAttribute('href')!);
}

type PageWindow = Window & typeof globalThis;

/**
 * Records on `frame`'s page what it reports: its errors (returned) and console warnings (into `warnings`).
 */
function watchPage(frame: HTMLIFrameElement, warnings: string[] = []): string[] {
  const page = frame.contentWindow as PageWindow;
  const errors: string[] = [];
  page.addEventListener('error', (event) => errors.push(String(event.message)));
  page.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  const originalError = page.console.error;
  page.console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    originalError.apply(page.console, args);
  };
  page.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return errors;
}

/** Adds a script to the page, as a page would load it, and waits until it ran. */
async function addScript(frame: HTMLIFrameElement, src = '/dist/care-level-widgets-hydrate.js', integrity?: string): Promise<void> {
  const page = frame.contentDocument!;
  const script = page.createElement('script');
  script.src = src;
  if (integrity) {
    script.integrity = integrity;
    script.crossOrigin = 'anonymous';
  }
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  page.head.append(script);
  await loaded;
}

/**
 * Makes the page's browser idle only when the test says so: returns the function that runs what the page asked
 * to run when idle (nothing until it asked).
 */
function holdIdle(frame: HTMLIFrameElement): () => void {
  const page = frame.contentWindow as PageWindow;
  const callbacks: IdleRequestCallback[] = [];
  page.requestIdleCallback = (callback) => callbacks.push(callback);
  return () => callbacks.splice(0).forEach((callback) => callback({ didTimeout: false, timeRemaining: () => 50 }));
}

/** The hydrate files the page fetched, by name. */
function hydrateFilesFetched(frame: HTMLIFrameElement): string[] {
  return frame
    .contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname.split('/').pop()!)
    .filter((name) => name.startsWith('care-level-widgets-hydrate'));
}

/**
 * Adds the hydrate script to a page that has none, as a page would load it, and waits until every element rendered
 * (the script loads the elements once the page is idle). Returns the errors the page reported, and fills `warnings`
 * with its console warnings.
 */
async function hydrate(frame: HTMLIFrameElement, warnings: string[] = []): Promise<string[]> {
  const errors = watchPage(frame, warnings);
  await addScript(frame);
  await widgetsRendered(frame.contentWindow!);
  return errors;
}

/** The pre-rendered elements' headings, links, buttons and paragraphs, to tell hydrated from rendered again. */
function serverNodes(page: Document) {
  return tags.map((tag) => {
    const root = page.querySelector(tag)!.shadowRoot!;
    return [tag, root, [...root.querySelectorAll('h2, h3, a, button, th, p')]] as const;
  });
}

function expectKept(page: Document, kept: ReturnType<typeof serverNodes>): void {
  for (const [tag, root, nodes] of kept) {
    const element = page.querySelector(tag)!;
    expect(element.shadowRoot, tag).to.equal(root);
    const now = [...root.querySelectorAll('h2, h3, a, button, th, p')];
    expect(nodes.every((node) => node.isConnected), `${tag}: a node was replaced`).to.equal(true);
    expect(now.filter((node) => !nodes.includes(node)), `${tag}: nodes were rendered again`).to.deep.equal([]);
  }
}

/** Clicks a term's word and waits for it to say it opened. */
async function opens(term: LitLike): Promise<void> {
  let opened = false;
  term.addEventListener('care-term-toggle', (event) => {
    opened ||= (event as CustomEvent<{ open: boolean }>).detail.open;
  });
  term.shadowRoot!.querySelector<HTMLButtonElement>('[part~="trigger"]')!.click();
  await waitUntil(() => opened, `<care-term term="${term.getAttribute('term')}"> did not open`);
}

afterEach(() => {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  sessionStorage.clear();
});

function buttonNamed(element: Element, words: string): HTMLButtonElement {
  const button = [...element.shadowRoot!.querySelectorAll('button')].find((candidate) => candidate.textContent?.includes(words));
  if (!button) throw new Error(`<${element.localName}> has no button "${words}"`);
  return button;
}

describe('pre-rendered elements (care-level-widgets/ssr)', () => {
  it('are visible and laid out before any script runs', async () => {
    const frame = await loadPage('');
    const page = frame.contentDocument!;
    for (const tag of tags) {
      const element = page.querySelector(tag)!;
      expect(frame.contentWindow!.customElements.get(tag), tag).to.equal(undefined);
      expect(element.shadowRoot, `${tag} has no shadow root`).to.not.equal(null);
      expect(element.getBoundingClientRect().height, `${tag} has no height`).to.be.greaterThan(10);
    }
    expect(shadowText(page.querySelector('care-crisis-banner'))).to.contain('988');
    expect(shadowText(page.querySelector('care-comparison'))).to.contain('Levels of care compared');
    expect(shadowText(page.querySelector('care-questionnaire'))).to.contain('Start');
    const table = page.querySelector('care-comparison')!.shadowRoot!.querySelector('table')!;
    expect(table.getBoundingClientRect().width).to.be.greaterThan(300);
  });

  it('hydrate without errors, and a term opens and the questionnaire starts', async () => {
    const frame = await loadPage('');
    const errors = await hydrate(frame);
    expect(errors).to.deep.equal([]);
    const page = frame.contentDocument!;

    const term = page.querySelector('care-term') as unknown as LitLike;
    await opens(term);

    // A term inside the comparison was sent without a shadow root: it upgrades when the comparison hydrates.
    const nested = page.querySelector('care-comparison')!.shadowRoot!.querySelector('care-term') as unknown as LitLike;
    await nested.updateComplete;
    expect(nested.hasAttribute('defer-hydration')).to.equal(false);
    await opens(nested);

    const questionnaire = page.querySelector('care-questionnaire') as LitLike;
    buttonNamed(questionnaire, 'Start').click();
    await questionnaire.updateComplete;
    expect(questionnaire.shadowRoot!.querySelector('form fieldset legend')).to.exist;
  });

  it('keep the DOM nodes the server sent when they hydrate (every engine, not only Chromium)', async () => {
    const frame = await loadPage('');
    const page = frame.contentDocument!;
    const kept = serverNodes(page);
    expect(kept.every(([, , nodes]) => nodes.length > 0)).to.equal(true);
    await hydrate(frame);
    expectKept(page, kept);
  });

  it('fetch only the small hydrate script until the browser is idle, then hydrate without rendering again', async () => {
    const frame = await loadPage('');
    const page = frame.contentDocument!;
    const kept = serverNodes(page);
    const errors = watchPage(frame);
    const idle = holdIdle(frame);
    await addScript(frame);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(hydrateFilesFetched(frame)).to.deep.equal(['care-level-widgets-hydrate.js']);
    for (const tag of tags) expect(frame.contentWindow!.customElements.get(tag), tag).to.equal(undefined);

    idle();
    await widgetsRendered(frame.contentWindow!);
    expect(hydrateFilesFetched(frame)).to.deep.equal(['care-level-widgets-hydrate.js', 'care-level-widgets-hydrate.full.js']);
    expectKept(page, kept);
    expect(errors).to.deep.equal([]);
  });

  it('hydrate at the first key before the browser is idle, and act on that key: Enter on a focused term', async () => {
    const frame = await loadPage('');
    const term = frame.contentDocument!.querySelector('care-term') as LitLike;
    const trigger = term.shadowRoot!.querySelector<HTMLButtonElement>('[part~="trigger"]')!;
    let opened = false;
    term.addEventListener('care-term-toggle', (event) => {
      opened ||= (event as CustomEvent<{ open: boolean }>).detail.open;
    });
    const errors = watchPage(frame);
    trigger.focus();
    holdIdle(frame); // never idle
    await addScript(frame);
    expect(frame.contentWindow!.customElements.get('care-term')).to.equal(undefined);
    expect(frame.contentDocument!.activeElement).to.equal(term);

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => opened, 'the term did not open after Enter');
    expect(term.shadowRoot!.querySelector('[part~="trigger"]')).to.equal(trigger);
    expect(errors).to.deep.equal([]);
  });

  it('hydrate at a click before the browser is idle, and click the pre-rendered button again once hydrated', async () => {
    const frame = await loadPage('');
    const term = frame.contentDocument!.querySelector('care-term') as LitLike;
    const trigger = term.shadowRoot!.querySelector('[part~="trigger"]');
    const errors = watchPage(frame);
    holdIdle(frame);
    await addScript(frame);
    await opens(term);
    expect(hydrateFilesFetched(frame)).to.include('care-level-widgets-hydrate.full.js');
    expect(term.shadowRoot!.querySelector('[part~="trigger"]')).to.equal(trigger);
    expect(errors).to.deep.equal([]);
  });

  it('load the elements at once when one on the page was not pre-rendered, and render it', async () => {
    const frame = await loadPage('');
    const added = frame.contentDocument!.createElement('care-crisis-banner');
    frame.contentDocument!.body.append(added);
    const errors = watchPage(frame);
    holdIdle(frame);
    await addScript(frame);
    await widgetsRendered(frame.contentWindow!);
    expect(shadowText(added)).to.contain('988');
    expect(errors).to.deep.equal([]);
  });

  it('load the elements once when the hydrate script is on the page twice', async () => {
    const frame = await loadPage('');
    const warnings: string[] = [];
    const errors = watchPage(frame, warnings);
    const idle = holdIdle(frame);
    await addScript(frame);
    await addScript(frame, '/dist/care-level-widgets-hydrate.js?copy=2');
    idle();
    await widgetsRendered(frame.contentWindow!);
    expect(hydrateFilesFetched(frame)).to.deep.equal([
      'care-level-widgets-hydrate.js',
      'care-level-widgets-hydrate.js',
      'care-level-widgets-hydrate.full.js',
    ]);
    const added = frame.contentDocument!.createElement('care-comparison');
    frame.contentDocument!.body.append(added);
    await widgetsRendered(frame.contentWindow!);
    expect(added.shadowRoot!.querySelector('table'), 'an element added later').to.exist;
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });

  it('work beside the loader (care-level-widgets.js), whichever script defines the elements', async () => {
    const frame = await loadPage('');
    const warnings: string[] = [];
    const errors = watchPage(frame, warnings);
    const idle = holdIdle(frame);
    await addScript(frame, '/dist/care-level-widgets.js');
    await addScript(frame);
    await widgetsRendered(frame.contentWindow!);
    idle();
    await waitUntil(() => hydrateFilesFetched(frame).includes('care-level-widgets-hydrate.full.js'), 'the full script did not load');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const term = frame.contentDocument!.querySelector('care-term') as LitLike;
    await opens(term);
    expect(shadowText(frame.contentDocument!.querySelector('care-comparison'))).to.contain('555-0100');
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });

  it('from another site, load the full file with the integrity hash the small script carries, and refuse another', async () => {
    const integrity = (await (await fetch('/dist/integrity.json')).json()) as Record<string, string>;
    // 127.0.0.1 is another origin than the tests' localhost: a CDN, as far as the page can tell.
    const cdn = (folder: string) => `${location.protocol}//127.0.0.1:${location.port}/test/${folder}/`;
    const fullScriptOf = (frame: HTMLIFrameElement) =>
      frame.contentDocument!.querySelector<HTMLScriptElement>('script[src$="care-level-widgets-hydrate.full.js"]')!;

    const frame = await loadPage('');
    const kept = serverNodes(frame.contentDocument!);
    const errors = watchPage(frame);
    await addScript(frame, `${cdn('cdn')}care-level-widgets-hydrate.js`, integrity['care-level-widgets-hydrate.js']);
    await widgetsRendered(frame.contentWindow!);
    expect(fullScriptOf(frame).integrity).to.equal(integrity['care-level-widgets-hydrate.full.js']);
    expect(fullScriptOf(frame).crossOrigin).to.equal('anonymous');
    expectKept(frame.contentDocument!, kept);
    expect(errors).to.deep.equal([]);

    const altered = await loadPage('');
    const alteredErrors = watchPage(altered);
    const idle = holdIdle(altered);
    await addScript(altered, `${cdn('cdn-altered')}care-level-widgets-hydrate.js`, integrity['care-level-widgets-hydrate.js']);
    idle();
    await waitUntil(() => alteredErrors.some((error) => error.includes('could not load')), 'no error for the altered file');
    expect(alteredErrors.join('\n')).to.contain(`${cdn('cdn-altered')}care-level-widgets-hydrate.full.js`);
    expect(altered.contentWindow!.customElements.get('care-comparison')).to.equal(undefined);
    expect(shadowText(altered.contentDocument!.querySelector('care-comparison'))).to.contain('Levels of care compared');
  });

  it('with the hydrate script tag in the page, hydrate once the page is idle', async () => {
    const frame = await loadPage('script=hydrate');
    await widgetsRendered(frame.contentWindow!);
    const comparison = frame.contentDocument!.querySelector('care-comparison') as LitLike;
    expect(comparison.hasUpdated).to.equal(true);
    expect(shadowText(comparison)).to.contain('555-0100');
  });

  it('show the questionnaire\'s phone instead of a Start button that would do nothing, until the script runs', async () => {
    const shown = (element: Element | null | undefined) => (element?.getClientRects().length ?? 0) > 0;
    const startButton = (root: ShadowRoot) =>
      [...root.querySelectorAll('button')].find((button) => button.textContent?.includes('Start'));
    const withoutScript = await loadPage('script=hydrate', 'allow-same-origin');
    const off = withoutScript.contentDocument!.querySelector('care-questionnaire')!.shadowRoot!;
    expect(shown(startButton(off))).to.equal(false);
    const fallback = off.querySelector('.without-script')!;
    expect(shown(fallback)).to.equal(true);
    expect(fallback.textContent).to.match(/The questions need JavaScript[^.]*; to talk about where to start/);
    const call = fallback.querySelector('a')!;
    expect(shown(call)).to.equal(true);
    expect(call.getAttribute('href')).to.equal('tel:+15550100');
    expect(call.textContent).to.contain('Call us');

    const frame = await loadPage('');
    const root = frame.contentDocument!.querySelector('care-questionnaire')!.shadowRoot!;
    expect(shown(startButton(root)), 'before the script').to.equal(false);
    await hydrate(frame);
    expect(shown(startButton(root)), 'after the script').to.equal(true);
    expect(shown(root.querySelector('.without-script'))).to.equal(false);
  });

  it('render again, with one warning, when a configuration set before hydrating does not match the markup', async () => {
    const frame = await loadPage('');
    const comparison = frame.contentDocument!.querySelector('care-comparison') as LitLike & { config?: unknown };
    expect(comparison.shadowRoot!.querySelectorAll('th[scope="col"]')).to.have.length(3);
    // An object of the page's own realm, as the page's script would set.
    const pageJson = (frame.contentWindow as Window & typeof globalThis).JSON;
    comparison.config = pageJson.parse('{ "levels": ["inpatient", "php", "iop", "outpatient"] }');
    const warnings: string[] = [];
    const errors = await hydrate(frame, warnings);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<care-comparison> was rendered again in the browser');
    expect(comparison.shadowRoot!.querySelectorAll('th[scope="col"]')).to.have.length(4);
    expect(comparison.shadowRoot!.querySelectorAll('style')).to.have.length(0);

    comparison.config = pageJson.parse('{ "levels": ["iop", "outpatient"] }');
    await comparison.updateComplete;
    expect(comparison.shadowRoot!.querySelectorAll('th[scope="col"]')).to.have.length(2);
  });

  it('render again, with one warning, when their language changed before hydrating', async () => {
    const frame = await loadPage('lang=es');
    const banner = frame.contentDocument!.querySelector('care-crisis-banner') as LitLike;
    expect(shadowText(banner)).to.contain('Hay ayuda disponible ahora mismo');
    banner.lang = 'en';
    const warnings: string[] = [];
    const errors = await hydrate(frame, warnings);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<care-crisis-banner> was rendered again in the browser');
    expect(shadowText(banner)).to.contain('Help is available right now');
    expect(shadowText(banner)).not.to.contain('Hay ayuda');

    banner.lang = 'es';
    await banner.updateComplete;
    expect(shadowText(banner)).to.contain('Hay ayuda disponible ahora mismo');
  });

  it('take a returning visitor back to the saved question after hydrating, and keep working', async () => {
    const progress = { answers: {}, screen: 'question', questionIndex: 0 };
    sessionStorage.setItem('care-level-widgets:questionnaire', JSON.stringify(progress));
    const frame = await loadPage('persist=session');
    const questionnaire = frame.contentDocument!.querySelector('care-questionnaire') as LitLike;
    expect(shadowText(questionnaire)).to.contain('Start');
    const warnings: string[] = [];
    const errors = await hydrate(frame, warnings);
    await questionnaire.updateComplete;
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    expect(questionnaire.shadowRoot!.querySelector('form fieldset legend')).to.exist;

    buttonNamed(questionnaire, 'Back').click();
    await questionnaire.updateComplete;
    expect(questionnaire.shadowRoot!.querySelector('form fieldset legend')).not.to.exist;
    buttonNamed(questionnaire, 'Start').click();
    await questionnaire.updateComplete;
    expect(questionnaire.shadowRoot!.querySelector('form fieldset legend')).to.exist;
  });

  it('read completely with scripting disabled: text and links', async () => {
    const frame = await loadPage('script=hydrate', 'allow-same-origin');
    const page = frame.contentDocument!;
    expect(frame.contentWindow!.customElements.get('care-comparison')).to.equal(undefined);

    const banner = page.querySelector('care-crisis-banner');
    expect(shadowText(banner)).to.contain('Help is available right now');
    expect(shadowText(banner)).to.contain('SAMHSA');
    expect(links(banner)).to.include.members(['tel:988', 'tel:911']);
    expect(links(banner).some((href) => href.startsWith('sms:'))).to.equal(true);

    const comparison = page.querySelector('care-comparison')!;
    const text = shadowText(comparison);
    for (const words of ['Levels of care compared', 'Intensive outpatient', 'Our program', 'Sources']) {
      expect(text, words).to.contain(words);
    }
    expect(text).to.contain('IOP'); // a nested term, sent as its text
    expect(links(comparison)).to.include('https://example.org/iop');
    expect(links(comparison).some((href) => href.startsWith('tel:'))).to.equal(true);
    expect(links(comparison).filter((href) => href.startsWith('https://')).length).to.be.greaterThan(3); // sources
    expect(comparison.shadowRoot!.querySelectorAll('th[scope="col"]')).to.have.length(3);
    expect(comparison.getBoundingClientRect().height).to.be.greaterThan(300);
  });
});
