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

  it('fetches no questionnaire code on a comparison-only page', async () => {
    const page = await loadFixture('comparison-only.html');
    expect(page.document.querySelector('care-comparison')!.shadowRoot!.querySelector('table')).to.exist;
    const expected = expectedScripts('care-comparison');
    const fetched = await fetchedScriptsSettled(page, '/test/copied-dist/', expected.length);
    expect(fetched).to.deep.equal(expected);
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
    expect(added, 'one file more: Floating UI').to.have.length(1);
    const filesOfEveryEntry = Object.values(chunkFiles).flat();
    expect(filesOfEveryEntry, 'no element loads it up front').not.to.include(added[0].replace('chunks/', ''));
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

  it('fetches every element and nothing twice on a page that shows them all', async () => {
    const page = await loadFixture('csp.html');
    const all = ['care-crisis-banner', 'care-term', 'care-comparison', 'care-questionnaire'];
    const expected = expectedScripts(...all);
    expect(await fetchedScriptsSettled(page, '/dist/', expected.length)).to.deep.equal(expected);
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
