/**
 * The script tag fetches only what a page shows: dist/care-level-widgets.js is a loader that imports each element's
 * chunk (dist/chunks/, listed with its shared files in dist/chunks/files.json) from beside its own URL, when the
 * element is on the page. Pages are loaded in iframes; what they fetched is read from the Resource Timing entries.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { widgetsRendered } from '../helpers/narrow-page.js';
import { loadFixture } from './fixture-page.js';

/** For each chunk entry (an element's tag, or `library`), every file the browser needs to run it. */
let chunkFiles: Record<string, string[]>;

before(async () => {
  chunkFiles = await (await fetch('/dist/chunks/files.json')).json();
});

/** The script files the page fetched from the folder its script tag is in, by name within that folder. */
function fetchedScripts(page: Window, folder: string): string[] {
  return page.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith(folder) && path.endsWith('.js'))
    .map((path) => path.slice(folder.length))
    .sort();
}

/**
 * The page's scripts once at least `count` have been recorded: a Resource Timing entry is added a little after its
 * module ran, so an element can be defined before the entry for its file is there. Gives up after 3 s and returns
 * what there is, for the assertion to show.
 */
async function fetchedScriptsSettled(page: Window, folder: string, count: number): Promise<string[]> {
  await waitUntil(() => fetchedScripts(page, folder).length >= count, '', { timeout: 3000 }).catch(() => undefined);
  return fetchedScripts(page, folder);
}

/** What a page showing `tags` should fetch: the loader, and each element's chunk with the files it shares. */
function expectedScripts(...tags: string[]): string[] {
  const chunks = new Set(tags.flatMap((tag) => chunkFiles[tag]));
  return ['care-level-widgets.js', ...[...chunks].map((file) => `chunks/${file}`)].sort();
}

/** The file the chunks' Spanish text is in, fetched the first time an element shows Spanish. */
const spanishText = 'chunks/text-es.js';

/**
 * The text an element shows, its shadow roots' and their elements' included (slotted text is not), once it has stopped changing: the
 * comparison renders its rows in steps.
 */
async function shownText(element: Element): Promise<string> {
  // Nodes of a page in an iframe are not instances of this window's Element.
  const read = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent!;
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const root = (node as Element).shadowRoot ?? node;
    return [...root.childNodes].map(read).join('');
  };
  let previous = '';
  await waitUntil(
    () => {
      const text = read(element).replace(/\s+/g, ' ').trim();
      const settled = text !== '' && text === previous;
      previous = text;
      return settled;
    },
    `<${element.localName}> never settled`,
    { interval: 100 },
  );
  return previous;
}

/** The data the library exports (levels, glossary, questions…), as JSON: every text in every language. */
function exportedData(library: Record<string, unknown>): string {
  return JSON.stringify(Object.entries(library).filter(([, value]) => typeof value === 'object'));
}

afterEach(() => {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
});

describe('the script tag loads each element when it is on the page', () => {
  it('fetches only the banner on a banner-only page, from the folder dist/ was copied to', async () => {
    const page = await loadFixture('banner-only.html');
    expect(page.document.querySelector('care-crisis-banner')!.shadowRoot!.textContent).to.contain('988');
    const expected = expectedScripts('care-crisis-banner');
    expect(await fetchedScriptsSettled(page, '/test/copied-dist/', expected.length)).to.deep.equal(expected);
    expect(page.customElements.get('care-questionnaire')).to.equal(undefined);
    expect(page.__embeddingRecord!.errors).to.deep.equal([]);
  });

  it('fetches no questionnaire code, and no configuration checker, on a comparison-only page with no configuration', async () => {
    const page = await loadFixture('comparison-only.html');
    expect(page.document.querySelector('care-comparison')!.shadowRoot!.querySelector('table')).to.exist;
    const expected = expectedScripts('care-comparison');
    const fetched = await fetchedScriptsSettled(page, '/test/copied-dist/', expected.length);
    expect(fetched).to.deep.equal(expected);
    const checkerOnly = chunkFiles.validate.filter((file) => !chunkFiles['care-comparison'].includes(file));
    expect(checkerOnly, 'the configuration checker is a file of its own').to.have.length(1);
    const questionnaireOnly = chunkFiles['care-questionnaire'].filter((file) => !chunkFiles['care-comparison'].includes(file));
    expect(questionnaireOnly, 'the questionnaire has code of its own').not.to.be.empty;
    for (const file of questionnaireOnly) expect(fetched).not.to.include(`chunks/${file}`);
  });

  it('fetches Floating UI only when a glossary term first opens', async () => {
    const page = await loadFixture('comparison-only.html');
    const before = await fetchedScriptsSettled(page, '/test/copied-dist/', expectedScripts('care-comparison').length);
    const term = page.document.querySelector('care-comparison')!.shadowRoot!.querySelector('care-term')!;
    await (term as Element & { updateComplete: Promise<unknown> }).updateComplete;
    const tooltip = term.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
    term.shadowRoot!.querySelector<HTMLElement>('[part~="trigger"]')!.focus();
    await waitUntil(() => tooltip.dataset.placement, 'the definition was never positioned', { timeout: 5000 });
    const after = await fetchedScriptsSettled(page, '/test/copied-dist/', before.length + 1);
    const added = after.filter((file) => !before.includes(file));
    expect(added, 'one file more: Floating UI').to.deep.equal(chunkFiles['floating-ui.dom'].map((file) => `chunks/${file}`));
    const filesOfEveryElement = Object.entries(chunkFiles).flatMap(([name, files]) => (name.startsWith('care-') ? files : []));
    expect(filesOfEveryElement, 'no element loads it up front').not.to.include(added[0].replace('chunks/', ''));
  });

  it('loads an element added after the page loaded', async () => {
    const page = await loadFixture('banner-only.html');
    page.document.body.append(page.document.createElement('care-questionnaire'));
    await waitUntil(() => page.customElements.get('care-questionnaire'), 'the questionnaire was never defined');
    await widgetsRendered(page);
    expect(page.document.querySelector('care-questionnaire')!.shadowRoot!.textContent).to.contain('Start');
    const expected = expectedScripts('care-crisis-banner', 'care-questionnaire');
    expect(await fetchedScriptsSettled(page, '/test/copied-dist/', expected.length)).to.deep.equal(expected);
  });

  it('fetches every element, the configuration checker, nothing twice and no Spanish text on an English page', async () => {
    const page = await loadFixture('csp.html');
    const all = ['care-crisis-banner', 'care-term', 'care-comparison', 'care-questionnaire'];
    const expected = expectedScripts(...all, 'validate');
    const fetched = await fetchedScriptsSettled(page, '/dist/', expected.length);
    expect(fetched).to.deep.equal(expected);
    expect(fetched).not.to.include(spanishText);
    expect(page.__embeddingRecord!.violations).to.deep.equal([]);
  });

  it('says which file is missing when chunks/ was not copied, and leaves the page and the fallback as they were', async () => {
    const page = await loadFixture('without-chunks.html', 1024, false);
    await waitUntil(() => page.__embeddingRecord!.consoleErrors.length > 0, 'no error was logged', { timeout: 5000 });
    expect(page.__embeddingRecord!.consoleErrors).to.have.length(1);
    expect(page.__embeddingRecord!.consoleErrors[0]).to.match(
      /^care-level-widgets [\d.]+: could not load http:\/\/[^ ]+\/test\/dist-without-chunks\/chunks\/care-comparison\.js/,
    );
    expect(page.__embeddingRecord!.errors).to.deep.equal([]);
    expect(page.document.getElementById('comparison-fallback')!.getClientRects()).to.have.length(1);
    expect(page.document.getElementById('after')!.textContent).to.equal('The rest of the page.');
  });

  it('shows the default comparison, and says why, when the configuration checker was not copied', async () => {
    const page = await loadFixture('checker-missing.html');
    const comparison = page.document.querySelector('care-comparison')!;
    await waitUntil(() => comparison.shadowRoot?.querySelector('table'), 'the comparison never rendered', { timeout: 5000 });
    expect(comparison.shadowRoot!.querySelectorAll('thead th[scope="col"]'), 'all four levels').to.have.length(4);
    const checkerErrors = page.__embeddingRecord!.consoleErrors.filter((message) => message.includes('checks its configuration'));
    expect(checkerErrors).to.have.length(1);
    expect(checkerErrors[0]).to.contain('<care-comparison> could not load the code that checks its configuration, so it shows the defaults');
    expect(page.__embeddingRecord!.errors).to.deep.equal([]);
  });

  it('keeps the single file working on its own: every element defined, no chunk fetched', async () => {
    const page = await loadFixture('standalone.html');
    expect(page.customElements.get('care-questionnaire'), 'defines elements the page does not show too').to.exist;
    expect(page.document.querySelector('care-comparison')!.shadowRoot!.querySelector('table')).to.exist;
    expect(fetchedScripts(page, '/dist/')).to.deep.equal(['care-level-widgets.standalone.js']);
    expect((page as unknown as { CareLevelWidgets: { CareComparison: unknown } }).CareLevelWidgets.CareComparison).to.equal(
      page.customElements.get('care-comparison'),
    );
  });
});

describe('the script tag loads the Spanish text only when an element shows Spanish', () => {
  it('shows every element in the same Spanish as the single file, with its text fetched once', async () => {
    const [loaded, single] = await Promise.all([loadFixture('spanish.html'), loadFixture('spanish-standalone.html')]);
    for (const tag of ['care-crisis-banner', 'care-term', 'care-comparison', 'care-questionnaire']) {
      const text = await shownText(loaded.document.querySelector(tag)!);
      expect(text, tag).to.equal(await shownText(single.document.querySelector(tag)!));
    }
    expect(await shownText(loaded.document.querySelector('care-comparison')!)).to.contain('Programa de hospitalización parcial');
    const fetched = fetchedScripts(loaded, '/test/copied-dist/');
    expect(fetched.filter((file) => file === spanishText)).to.have.length(1);
    expect(loaded.__embeddingRecord!.errors).to.deep.equal([]);
  });

  it('asks the same questions in Spanish as the single file', async () => {
    const [loaded, single] = await Promise.all([loadFixture('spanish.html'), loadFixture('spanish-standalone.html')]);
    const firstQuestion = async (page: Window): Promise<string> => {
      const questionnaire = page.document.querySelector('care-questionnaire')!;
      const start = [...questionnaire.shadowRoot!.querySelectorAll('button')].find((button) => /Empezar/.test(button.textContent!));
      expect(start, 'the Spanish start button').to.exist;
      start!.click();
      await waitUntil(() => questionnaire.shadowRoot!.querySelector('fieldset'), 'no question was shown');
      return shownText(questionnaire);
    };
    expect(await firstQuestion(loaded)).to.equal(await firstQuestion(single));
  });

  it('resolves load() with the library\'s data in every language, as the single file has it', async () => {
    const [loaded, single] = await Promise.all([loadFixture('comparison-only.html'), loadFixture('spanish-standalone.html')]);
    const library = await (loaded as unknown as { CareLevelWidgets: { load(): Promise<Record<string, unknown>> } }).CareLevelWidgets.load();
    const singleLibrary = (single as unknown as { CareLevelWidgets: Record<string, unknown> }).CareLevelWidgets;
    expect(exportedData(library)).to.contain('Programa de hospitalización parcial');
    expect(exportedData(library)).to.equal(exportedData(singleLibrary));
  });

  it('shows English, and says why, when the Spanish text was not copied', async () => {
    const page = await loadFixture('spanish-text-missing.html');
    const banner = page.document.querySelector('care-crisis-banner')!;
    expect(await shownText(banner)).to.contain('Help is available right now');
    expect(banner.shadowRoot!.querySelector('[lang="en"]'), 'the English is marked as English').to.exist;
    expect(page.__embeddingRecord!.consoleErrors).to.have.length(1);
    expect(page.__embeddingRecord!.consoleErrors[0]).to.contain('the Spanish text could not load, so the elements show English');
    expect(page.__embeddingRecord!.errors).to.deep.equal([]);
  });
});
