import { expect, waitUntil } from '@open-wc/testing';
import { loadFixture } from './fixture-page.js';

/**
 * The script-tag bundle (dist/care-level-widgets.js, built by `npm test` before the browser suites) on whole pages,
 * each loaded in an iframe so it gets its own document, headers and stylesheets.
 */

async function startQuestionnaire(questionnaire: Element): Promise<void> {
  const start = [...questionnaire.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent?.includes('Start'));
  start!.click();
  await (questionnaire as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

function shadowText(element: Element | null): string {
  return element?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

afterEach(() => {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
});

describe('the script-tag bundle on a page with a strict Content-Security-Policy', () => {
  it('renders every element with no CSP violation and no error', async () => {
    const page = await loadFixture('csp.html');
    const record = page.__embeddingRecord!;
    expect(shadowText(page.document.querySelector('care-comparison'))).to.contain('IOP');
    expect(page.document.querySelector('care-comparison')!.shadowRoot!.querySelector('table')).to.exist;
    const questionnaire = page.document.querySelector('care-questionnaire')!;
    await startQuestionnaire(questionnaire);
    expect(questionnaire.shadowRoot!.querySelector('form fieldset legend')).to.exist;
    expect(shadowText(page.document.querySelector('care-crisis-banner'))).to.contain('988');
    expect(record.violations).to.deep.equal([]);
    expect(record.errors).to.deep.equal([]);
  });

  it('reads the configuration from a child <script type="application/json">', async () => {
    const page = await loadFixture('csp.html');
    const headers = [...page.document.querySelector('care-comparison')!.shadowRoot!.querySelectorAll('th[scope="col"]')];
    expect(headers).to.have.length(3);
    expect(shadowText(page.document.querySelector('care-comparison'))).to.contain('555-0100');
  });

  it('exposes the library as window.CareLevelWidgets', async () => {
    const page = await loadFixture('csp.html');
    expect(page.CareLevelWidgets?.version).to.match(/^\d+\.\d+\.\d+/);
  });
});

describe('privacy', () => {
  it('makes no network request and writes no cookie or storage while a person uses the widgets', async () => {
    const page = await loadFixture('csp.html');
    const questionnaire = page.document.querySelector('care-questionnaire')!;
    await startQuestionnaire(questionnaire);
    const firstOption = questionnaire.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!;
    firstOption.click();
    questionnaire.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await (questionnaire as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    // Opening a definition must not fetch anything either: open one and wait until it shows.
    const term = page.document.querySelector('care-term')!;
    const termTrigger = term.shadowRoot!.querySelector<HTMLElement>('[part~="trigger"]');
    expect(termTrigger, 'the term has no trigger button').to.exist;
    termTrigger!.focus();
    const definition = term.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
    await waitUntil(
      () => definition.getBoundingClientRect().height > 0 && page.getComputedStyle(definition).display !== 'none',
      'the definition did not open',
      { timeout: 5000 },
    );

    const loadedResources = page.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      // The page itself, the script tag and the chunks it loads from beside it, and the test server's own script
      // (injected into every page it serves).
      .filter(
        (path) =>
          !path.startsWith('/test/embedding/fixtures/') &&
          path !== '/dist/care-level-widgets.js' &&
          !/^\/dist\/chunks\/[\w-]+\.js$/.test(path) &&
          !path.startsWith('/__web-dev-server'),
      );
    expect(loadedResources).to.deep.equal([]);
    expect(page.__embeddingRecord!.requests).to.deep.equal([]);
    expect(page.document.cookie).to.equal('');
    expect(page.localStorage.length).to.equal(0);
    expect(page.sessionStorage.length).to.equal(0);
  });
});

describe('after the script runs', () => {
  it('hides the fallback content, which the elements replace', async () => {
    const page = await loadFixture('csp.html');
    const fallback = page.document.querySelector<HTMLElement>('#questionnaire-fallback')!;
    expect(fallback.getClientRects()).to.have.length(0);
    expect(page.document.querySelector('care-questionnaire')!.getBoundingClientRect().height).to.be.greaterThan(100);
  });
});

describe('loading the script more than once', () => {
  it('neither throws nor warns when the same version loads twice', async () => {
    const page = await loadFixture('twice.html');
    expect(page.__embeddingRecord!.errors).to.deep.equal([]);
    expect(page.document.querySelector('care-comparison')!.shadowRoot!.querySelector('table')).to.exist;
  });

  it('keeps the first definition beside another version and warns once, naming both versions', async () => {
    const page = await loadFixture('other-version.html');
    expect(page.__embeddingRecord!.errors).to.deep.equal([]);
    expect((page.customElements.get('care-term') as unknown as { version: string }).version).to.equal('0.0.9');
    expect(page.__warnings).to.have.length(1);
    expect(page.__warnings![0]).to.contain('0.0.9').and.to.contain(page.CareLevelWidgets!.version);
    expect(page.document.querySelector('care-comparison')!.shadowRoot!.querySelector('table')).to.exist;
  });
});

describe('the window.CareLevelWidgets global', () => {
  it('is the loader, not an element the page gave id="CareLevelWidgets", and loads the library', async () => {
    const page = await loadFixture('clobbered.html');
    expect(page.__embeddingRecord!.errors).to.deep.equal([]);
    const global = page.CareLevelWidgets as unknown;
    // Booleans, not the objects: chai would spend minutes describing another page's element in its message.
    expect(global instanceof page.HTMLElement, 'window.CareLevelWidgets is the element').to.equal(false);
    expect(String(page.CareLevelWidgets!.version)).to.match(/^\d+\.\d+\.\d+/);
    const library = await (global as { load(): Promise<{ CareComparison?: unknown }> }).load();
    expect(library.CareComparison === page.customElements.get('care-comparison'), 'CareComparison').to.equal(true);
    expect(page.document.getElementById('CareLevelWidgets')!.textContent).to.equal('Levels of care');
  });
});

describe('a hostile theme', () => {
  it('keeps text readable and laid out while inheriting the page font family', async () => {
    const page = await loadFixture('hostile.html', 320);
    const comparison = page.document.querySelector('care-comparison')!;
    const style = page.getComputedStyle(comparison);
    expect(style.whiteSpace).to.equal('normal');
    expect(style.textTransform).to.equal('none');
    expect(style.letterSpacing).to.be.oneOf(['normal', '0px']);
    expect(parseFloat(style.fontSize)).to.be.at.least(16);
    expect(parseFloat(style.lineHeight)).to.be.at.least(parseFloat(style.fontSize) * 1.3);
    expect(style.fontFamily).to.contain('Courier New');
    for (const tag of ['care-comparison', 'care-questionnaire', 'care-crisis-banner']) {
      const element = page.document.querySelector(tag)!;
      expect(element.scrollWidth, `${tag} scrolls sideways`).to.be.at.most(element.clientWidth + 1);
    }
    expect(page.document.documentElement.scrollWidth).to.be.at.most(321);
  });
});

describe('before the script runs', () => {
  it('shows the fallback content the site owner wrote inside each element', async () => {
    const page = await loadFixture('fallback.html', 1024, false);
    const link = page.document.querySelector<HTMLAnchorElement>('care-comparison a')!;
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(page.customElements.get('care-comparison')).to.equal(undefined);
  });

  it('reserves space for the elements so the page does not jump when they upgrade', async () => {
    const page = await loadFixture('fallback.html', 1024, false);
    const comparison = page.document.querySelector('care-comparison')!;
    expect(page.getComputedStyle(comparison).display).to.be.oneOf(['block', 'flow-root']);
    expect(comparison.getBoundingClientRect().height).to.be.greaterThan(300);
  });
});
