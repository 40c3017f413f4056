import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
// Only the comparison's own define: it must register the <care-term> it uses too.
import '../../../src/components/comparison/define.js';
import type { CareTerm } from '../../../src/components/term/term.js';
import { resetWarnOnce } from '../../../src/internal/warn-once.js';
import type {
  CareComparison,
  CareConfigErrorDetail,
  CareCtaDetail,
} from '../../../src/components/comparison/comparison.js';
import { comparisonRowIds } from '../../../src/data/comparison-rows.js';
import { glossary } from '../../../src/data/glossary.js';
import { levels } from '../../../src/data/levels.js';
import { sources } from '../../../src/data/sources.js';
import { narrowPage } from '../../helpers/narrow-page.js';
import { resizeViewport } from '../../helpers/viewport.js';

const englishRowLabels = [
  'Where you sleep',
  'Hours of treatment a week',
  'Typical schedule',
  'How long it lasts',
  'Work or school',
  'Medical and psychiatric care',
  'Services',
  'Relative cost',
  'Insurance',
  'Who it fits',
  'Who it does not fit',
  'ASAM level (4th edition)',
];

const waitOptions = { timeout: 5000, interval: 20 };

function root(element: CareComparison): ShadowRoot {
  return element.shadowRoot!;
}

function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function columnHeaders(element: CareComparison): HTMLTableCellElement[] {
  return [...root(element).querySelectorAll<HTMLTableCellElement>('th[scope="col"]')];
}

function rowHeaders(element: CareComparison): string[] {
  return [...root(element).querySelectorAll('th[scope="row"]')].map((header) => text(header));
}

/** The level names as the column headings start, such as "IOP" or "Outpatient". */
function columnNames(element: CareComparison): string[] {
  return columnHeaders(element).map((header) => text(header.querySelector('.level-name')));
}

function rowCells(element: CareComparison, label: string): HTMLTableCellElement[] {
  const header = [...root(element).querySelectorAll('th[scope="row"]')].find((cell) => text(cell) === label);
  if (!header) throw new Error(`no row "${label}" in: ${rowHeaders(element).join(' | ')}`);
  return [...header.parentElement!.querySelectorAll('td')];
}

function isShown(element: Element | null): boolean {
  return !!element && element.getBoundingClientRect().height > 0 && getComputedStyle(element).display !== 'none';
}

/** The focused element, looking through shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The <care-term> (in the comparison's shadow root) whose button has focus, if one has. */
function focusedTerm(element: CareComparison): CareTerm | undefined {
  const active = root(element).activeElement;
  return active?.localName === 'care-term' ? (active as CareTerm) : undefined;
}

/** A comparison in a box of `width` pixels in this page, so a test can resize its container. */
async function inBox(width: number, template = html`<care-comparison lang="en"></care-comparison>`) {
  const box = fixtureSync<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  const element = await settled(box.querySelector('care-comparison')!);
  return { box, element };
}

const showsTable = (element: CareComparison) => isShown(root(element).querySelector('table'));
const showsCards = (element: CareComparison) => isShown(root(element).querySelector('[part~="card"]'));

/** A comparison once it has rendered every row and two frames have passed. */
async function newComparison(template = html`<care-comparison lang="en"></care-comparison>`) {
  return settled(await fixture<CareComparison>(template));
}

/** `element` once rendered, and two frames later (a scroll region's resize observer has checked it). */
async function settled(element: CareComparison, page: Window = window): Promise<CareComparison> {
  await element.updateComplete;
  await new Promise((resolve) => page.requestAnimationFrame(() => page.requestAnimationFrame(resolve)));
  await element.updateComplete;
  return element;
}

/** Runs `body` with console.error and console.warn recorded instead of printed. */
async function capturingConsole(body: (logged: { errors: string[]; warnings: string[] }) => Promise<void>) {
  const { error, warn } = console;
  const logged = { errors: [] as string[], warnings: [] as string[] };
  console.error = (...args: unknown[]) => logged.errors.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => logged.warnings.push(args.map(String).join(' '));
  try {
    await body(logged);
  } finally {
    console.error = error;
    console.warn = warn;
  }
}

/**
 * A page of `width` CSS pixels with `body` in it, in an iframe: the way to give a page a narrow viewport in every
 * engine (WebKit's WebDriver cannot resize the window).
 */
async function pageAt(width: number, body: string): Promise<{ page: Window; element: CareComparison }> {
  const page = (await narrowPage(width, 800, body)).defaultView!;
  const element = await settled(page.document.querySelector('care-comparison') as CareComparison, page);
  return { page, element };
}

describe('<care-comparison>', () => {
  // Wide enough for the table whatever window size the engine starts with.
  before(() => {
    document.body.style.minWidth = '1000px';
  });

  // Each test that counts warnings sees only its own.
  beforeEach(() => {
    resetWarnOnce();
  });

  after(() => {
    document.body.style.minWidth = '';
  });

  describe('table semantics', () => {
    it('renders a table with a caption, a column header per level and a row header per fact', async () => {
      const element = await newComparison();
      const table = root(element).querySelector('table')!;
      expect(isShown(table)).to.be.true;
      expect(text(table.querySelector('caption'))).to.equal('Levels of care compared');
      expect(columnNames(element)).to.deep.equal(['Inpatient / residential', 'PHP', 'IOP', 'Outpatient']);
      expect(rowHeaders(element)).to.deep.equal(englishRowLabels);
      for (const label of englishRowLabels) expect(rowCells(element, label)).to.have.length(4);
    });

    it('titles itself with a heading one level above the card and source headings', async () => {
      const element = await newComparison();
      const title = root(element).querySelector('#title')!;
      expect(title.localName).to.equal('h2');
      expect(text(title)).to.equal('Levels of care compared');
      expect(root(element).querySelector('[part~="sources"] h3')).to.exist;
      element.headingLevel = 5;
      await element.updateComplete;
      expect(root(element).querySelector('#title')!.localName).to.equal('h4');
      expect(text(root(element).querySelector('h4'))).to.equal('Levels of care compared');
      element.headingLevel = 2;
      await element.updateComplete;
      expect(root(element).querySelector('#title')!.localName, 'never above h2').to.equal('h2');
    });

    it('makes the table region a named tab stop only while it scrolls sideways, checking again on resize', async () => {
      const before = fixtureSync<HTMLButtonElement>(html`<button>Before</button>`);
      const { box, element } = await inBox(1000, html`<care-comparison lang="en" layout="table"></care-comparison>`);
      const scroller = root(element).querySelector<HTMLElement>('[part~="scroller"]')!;
      expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
      expect(scroller.hasAttribute('tabindex'), 'a region that does not scroll is a tab stop').to.equal(false);
      expect(root(element).querySelector('[role="region"]')).to.equal(null);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(root(element).activeElement === scroller, 'Tab stopped on the region').to.equal(false);
      expect(focusedTerm(element)?.getAttribute('term')).to.equal('inpatient');

      box.style.width = '400px';
      await waitUntil(() => scroller.getAttribute('tabindex') === '0', 'the narrow region is no tab stop', waitOptions);
      expect(scroller.getAttribute('role')).to.equal('region');
      const caption = root(element).getElementById(scroller.getAttribute('aria-labelledby')!)!;
      expect(caption.localName).to.equal('caption');
      expect(text(caption)).to.equal('Levels of care compared');
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(root(element).activeElement === scroller, 'Tab did not reach the region').to.equal(true);

      box.style.width = '1000px';
      await waitUntil(() => !scroller.hasAttribute('tabindex'), 'the region stayed a tab stop', waitOptions);
      expect(scroller.hasAttribute('role')).to.equal(false);
      const title = root(element).querySelector('#title');
      expect(root(element).activeElement === title, 'focus did not move to the title').to.equal(true);
      before.remove();
    });

    it('puts the data in the cells under the right level', async () => {
      const element = await newComparison();
      const [inpatient, php] = rowCells(element, 'Where you sleep');
      expect(text(inpatient)).to.contain(levels.inpatient.sleeps.value.en);
      expect(text(php)).to.contain(levels.php.sleeps.value.en);
    });

    it('hides the fallback content written inside it once it renders', async () => {
      const element = await newComparison(
        html`<care-comparison lang="en"
          ><p><a href="#programs">Read about our programs</a></p></care-comparison
        >`,
      );
      expect(element.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
      expect(root(element).querySelector('slot')).to.equal(null);
    });

    it('passes axe', async () => {
      const element = await newComparison();
      await expect(element).to.be.accessible();
    });
  });

  describe('levels and rows', () => {
    it('shows the levels the levels attribute names, in that order', async () => {
      const element = await newComparison(html`<care-comparison lang="en" levels="iop outpatient"></care-comparison>`);
      expect(columnNames(element)).to.deep.equal(['IOP', 'Outpatient']);
      element.setAttribute('levels', 'outpatient php inpatient');
      await element.updateComplete;
      expect(columnNames(element)).to.deep.equal(['Outpatient', 'PHP', 'Inpatient / residential']);
    });

    it('re-renders when the levels property is set', async () => {
      const element = await newComparison();
      element.levels = 'php';
      await element.updateComplete;
      expect(columnNames(element)).to.deep.equal(['PHP']);
      expect(rowCells(element, 'Where you sleep')).to.have.length(1);
    });

    it('lets the levels attribute override the configuration', async () => {
      const element = await newComparison(
        html`<care-comparison lang="en" levels="outpatient iop" config='{"levels": ["php"]}'></care-comparison>`,
      );
      expect(columnNames(element)).to.deep.equal(['Outpatient', 'IOP']);
      element.levels = undefined;
      await element.updateComplete;
      expect(columnNames(element)).to.deep.equal(['PHP']);
    });

    it('shows the rows the rows attribute names, in that order', async () => {
      const element = await newComparison(html`<care-comparison lang="en" rows="cost sleeps"></care-comparison>`);
      expect(rowHeaders(element)).to.deep.equal(['Relative cost', 'Where you sleep']);
      element.rows = 'asam';
      await element.updateComplete;
      expect(rowHeaders(element)).to.deep.equal(['ASAM level (4th edition)']);
    });

    it('ignores unknown row ids with one console warning', async () => {
      await capturingConsole(async (logged) => {
        const element = await newComparison(
          html`<care-comparison lang="en" rows="hours no-such-row"></care-comparison>`,
        );
        element.requestUpdate();
        await element.updateComplete;
        expect(rowHeaders(element)).to.deep.equal(['Hours of treatment a week']);
        expect(logged.warnings.filter((message) => message.includes('no-such-row'))).to.have.length(1);
      });
    });

    it('selects the center’s extra rows by id', async () => {
      const config = {
        extraRows: [{ id: 'languages', label: 'Languages', cells: { iop: 'English and Spanish' } }],
      };
      const element = await newComparison(html`<care-comparison lang="en" rows="languages hours"></care-comparison>`);
      element.config = config;
      await element.updateComplete;
      expect(rowHeaders(element)).to.deep.equal(['Languages', 'Hours of treatment a week']);
      const [inpatient, , iop] = rowCells(element, 'Languages');
      expect(text(iop)).to.equal('English and Spanish');
      expect(text(inpatient)).to.match(/^— ?Not given$/);
    });

    it('offers every built-in row id', async () => {
      const element = await newComparison();
      for (const id of comparisonRowIds) {
        element.rows = id;
        await element.updateComplete;
        expect(rowHeaders(element), id).to.have.length(1);
      }
    });
  });

  describe('highlight', () => {
    it('marks the highlighted column for eyes and for screen readers', async () => {
      const element = await newComparison(html`<care-comparison lang="en" highlight="iop"></care-comparison>`);
      const headers = columnHeaders(element);
      expect(text(headers[2])).to.contain('Our program');
      expect(headers.filter((header) => text(header).includes('Our program'))).to.have.length(1);
      expect(headers[2].part.contains('highlight')).to.be.true;
      const cells = rowCells(element, 'Where you sleep');
      expect(cells.map((cell) => cell.part.contains('highlight'))).to.deep.equal([false, false, true, false]);
      expect(getComputedStyle(cells[2]).backgroundColor).not.to.equal(getComputedStyle(cells[1]).backgroundColor);
      await expect(element).to.be.accessible();
    });

    it('moves with the highlight property', async () => {
      const element = await newComparison(html`<care-comparison lang="en" highlight="iop"></care-comparison>`);
      element.highlight = 'inpatient';
      await element.updateComplete;
      expect(text(columnHeaders(element)[0])).to.contain('Our program');
      expect(text(columnHeaders(element)[2])).not.to.contain('Our program');
      element.highlight = undefined;
      await element.updateComplete;
      expect(text(root(element).querySelector('thead'))).not.to.contain('Our program');
    });

    it('ignores an unknown level with one console warning', async () => {
      await capturingConsole(async (logged) => {
        const element = await newComparison(html`<care-comparison lang="en" highlight="rehab"></care-comparison>`);
        element.requestUpdate();
        await element.updateComplete;
        expect(text(root(element).querySelector('thead'))).not.to.contain('Our program');
        expect(logged.warnings.filter((message) => message.includes('rehab'))).to.have.length(1);
        expect(logged.errors).to.deep.equal([]);
      });
    });
  });

  describe('language', () => {
    it('shows Spanish labels with lang="es"', async () => {
      const element = await newComparison(html`<care-comparison lang="es"></care-comparison>`);
      expect(text(root(element).querySelector('caption'))).to.equal('Comparación de niveles de atención');
      expect(rowHeaders(element)[0]).to.equal('Dónde duerme');
      expect(columnNames(element)[1]).to.equal('Hospitalización parcial');
      await expect(element).to.be.accessible();
    });

    it('follows the nearest ancestor’s lang, and a change to it', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div lang="es"><care-comparison></care-comparison></div>`);
      const element = await settled(wrapper.querySelector('care-comparison')!);
      expect(rowHeaders(element)[0]).to.equal('Dónde duerme');
      wrapper.lang = 'en';
      await waitUntil(() => rowHeaders(element)[0] === 'Where you sleep', 'did not switch to English', waitOptions);
    });

    it('switches when its own lang property changes', async () => {
      const element = await newComparison();
      element.lang = 'es';
      await element.updateComplete;
      expect(rowHeaders(element)[0]).to.equal('Dónde duerme');
    });
  });

  describe('ASAM edition', () => {
    it('shows the 3rd edition labels with edition="3", from the attribute, property or configuration', async () => {
      const element = await newComparison(html`<care-comparison lang="en" edition="3" rows="asam"></care-comparison>`);
      expect(rowHeaders(element)).to.deep.equal(['ASAM level (3rd edition)']);
      const iop3 = text(rowCells(element, 'ASAM level (3rd edition)')[2]);
      expect(iop3).to.contain(levels.iop.asamLevels[3].value.summary.en);
      element.edition = 4;
      await element.updateComplete;
      expect(rowHeaders(element)).to.deep.equal(['ASAM level (4th edition)']);
      element.edition = undefined;
      element.config = { edition: 3 };
      await element.updateComplete;
      expect(rowHeaders(element)).to.deep.equal(['ASAM level (3rd edition)']);
    });

    it('ignores an edition other than 3 or 4 with a console warning', async () => {
      await capturingConsole(async (logged) => {
        const element = await newComparison(
          html`<care-comparison lang="en" edition="5" rows="asam"></care-comparison>`,
        );
        expect(rowHeaders(element)).to.deep.equal(['ASAM level (4th edition)']);
        expect(logged.warnings.some((message) => message.includes('edition="5"'))).to.be.true;
      });
    });
  });

  describe('glossary terms and sources', () => {
    it('registers <care-term> with itself, so a term inside opens its definition', async () => {
      expect(customElements.get('care-term'), 'comparison/define did not register <care-term>').to.exist;
      const element = await newComparison();
      const term = root(element).querySelector<CareTerm>('th care-term[term="php"]')!;
      await term.updateComplete;
      const button = term.shadowRoot?.querySelector<HTMLElement>('[part~="trigger"]');
      expect(button, 'the term inside the comparison did not render').to.exist;
      button!.focus();
      const tooltip = term.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
      await waitUntil(
        () => tooltip.getBoundingClientRect().height > 0 && getComputedStyle(tooltip).display !== 'none',
        'the definition did not open',
        waitOptions,
      );
      expect(text(tooltip)).to.contain(glossary.php.definition.en);
    });

    it('wraps jargon in headers and cells in <care-term>', async () => {
      const element = await newComparison();
      const headerTerms = columnHeaders(element).map((header) =>
        header.querySelector('care-term')?.getAttribute('term'),
      );
      expect(headerTerms).to.deep.equal(['inpatient', 'php', 'iop', 'outpatient']);
      const asamHeader = [...root(element).querySelectorAll('th[scope="row"]')].at(-1)!;
      expect(asamHeader.querySelector('care-term[term="asam"]')).to.exist;
      const services = rowCells(element, 'Services');
      expect(text(services[0].querySelector('care-term[term="detox"]'))).to.equal('withdrawal management');
      expect(text(rowCells(element, 'Insurance')[2])).to.contain('IOP');
    });

    it('explains each term once, where it first appears, so the table is not a wall of tab stops', async () => {
      const element = await newComparison();
      const terms = [...root(element).querySelectorAll('.table-view care-term')].map((term) => term.getAttribute('term'));
      expect(terms.length).to.be.greaterThan(8);
      expect(new Set(terms).size).to.equal(terms.length);
      const insurance = rowCells(element, 'Insurance');
      expect(insurance[2].querySelector('care-term[term="iop"]'), 'IOP is explained in its column header').to.equal(null);
    });

    it('numbers every cited source and lists each number under the table', async () => {
      const element = await newComparison();
      const items = [...root(element).querySelectorAll('.table-view [part~="sources"] li')];
      const references = [...root(element).querySelectorAll('.table-view sup')].flatMap((sup) =>
        text(sup)
          .split(',')
          .map((number) => Number(number.trim())),
      );
      expect(references.length).to.be.greaterThan(40);
      for (const number of references) expect(number).to.be.within(1, items.length);
      expect(new Set(references).size).to.equal(items.length);
      const first = items[0];
      expect(text(first)).to.contain(sources.findtreatment.title);
      expect(first.querySelector('a')!.getAttribute('href')).to.equal(sources.findtreatment.url);
    });

    it('marks each source title written in another language than the one shown', async () => {
      const english = await fixture<CareComparison>(html`<care-comparison lang="en" layout="table"></care-comparison>`);
      const spanishTitle = [...english.shadowRoot!.querySelectorAll('.source-list a')].find((link) =>
        link.textContent!.includes('hospitalización parcial'),
      );
      expect(spanishTitle?.getAttribute('lang')).to.equal('es');
      expect(english.shadowRoot!.querySelector('.source-list a:not([lang])')).to.not.equal(null);

      const spanish = await fixture<CareComparison>(html`<care-comparison lang="es" layout="table"></care-comparison>`);
      const titles = [...spanish.shadowRoot!.querySelectorAll('.source-list a')];
      expect(titles.find((link) => link.textContent!.includes('ASAM'))?.getAttribute('lang')).to.equal('en');
      expect(titles.find((link) => link.textContent!.includes('hospitalización parcial'))?.hasAttribute('lang')).to.equal(false);
    });

    it('tells screen readers which sources a cell cites', async () => {
      const element = await newComparison();
      const hours = rowCells(element, 'Hours of treatment a week')[0];
      expect(text(hours.querySelector('.visually-hidden'))).to.match(/^\(Sources \d+ and \d+\)$/);
      expect(hours.querySelector('sup')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('gives the center’s own text no reference', async () => {
      const element = await newComparison();
      element.config = {
        extraRows: [{ id: 'pets', label: 'Pets', cells: { inpatient: 'Small pets welcome' } }],
      };
      element.rows = 'pets';
      await element.updateComplete;
      expect(root(element).querySelector('sup')).to.equal(null);
      expect(root(element).querySelector('[part~="sources"]')).to.equal(null);
    });
  });

  describe('calls to action', () => {
    const config = {
      programs: {
        iop: {
          phone: '+1-555-0100',
          url: 'https://example.org/iop',
          label: { en: 'Our evening IOP', es: 'Nuestro IOP de tarde' },
          notes: 'Groups meet Monday, Wednesday and Thursday evenings.',
        },
      },
    };

    it('renders a tel: link and the program link in the Next step row', async () => {
      const element = await newComparison();
      element.config = config;
      await element.updateComplete;
      const nextStep = rowCells(element, 'Next step');
      const links = [...nextStep[2].querySelectorAll('a')];
      expect(links.map((link) => [text(link), link.getAttribute('href')])).to.deep.equal([
        ['Call +1-555-0100', 'tel:+15550100'],
        ['Our evening IOP', 'https://example.org/iop'],
      ]);
      expect(nextStep[0].querySelector('a')).to.equal(null);
      expect(text(rowCells(element, 'About our program')[2])).to.equal(config.programs.iop.notes);
      await expect(element).to.be.accessible();
    });

    it('falls back to the center’s contact for every level', async () => {
      const element = await newComparison();
      element.config = { contact: { phone: '555-0199' } };
      await element.updateComplete;
      const nextStep = rowCells(element, 'Next step');
      expect(nextStep.map((cell) => cell.querySelector('a')?.getAttribute('href'))).to.deep.equal(
        Array(4).fill('tel:5550199'),
      );
    });

    it('fires care-cta with the level and action before navigating, and preventDefault stops it', async () => {
      const element = await newComparison();
      element.config = config;
      await element.updateComplete;
      const link = rowCells(element, 'Next step')[2].querySelectorAll('a')[1];
      let defaultPrevented = false;
      element.addEventListener('care-cta', (event) => event.preventDefault(), { once: true });
      document.addEventListener('click', (event) => (defaultPrevented = event.defaultPrevented), { once: true });
      const cta = oneEvent(element, 'care-cta');
      link.click();
      const event = (await cta) as CustomEvent<CareCtaDetail>;
      expect(event.detail).to.deep.equal({ level: 'iop', action: 'link', href: 'https://example.org/iop' });
      expect(event.bubbles && event.composed && event.cancelable).to.be.true;
      expect(defaultPrevented).to.be.true;
    });

    it('fires care-cta with the call action for the phone link', async () => {
      const element = await newComparison();
      element.config = config;
      await element.updateComplete;
      element.addEventListener('care-cta', (event) => event.preventDefault(), { once: true });
      const cta = oneEvent(element, 'care-cta');
      rowCells(element, 'Next step')[2].querySelector('a')!.click();
      expect(((await cta) as CustomEvent<CareCtaDetail>).detail).to.deep.equal({
        level: 'iop',
        action: 'call',
        href: 'tel:+15550100',
      });
    });

    it('never turns a javascript: URL into a link', async () => {
      await capturingConsole(async (logged) => {
        const element = await newComparison();
        element.config = { programs: { iop: { url: 'javascript:alert(1)' } } };
        await element.updateComplete;
        expect(root(element).querySelector('a[href^="javascript"]')).to.equal(null);
        expect(text(root(element).querySelector('[part~="error"]'))).to.contain('programs.iop.url');
        expect(logged.errors).to.have.length(1);
      });
    });
  });

  describe('configuration', () => {
    it('reads a child <script type="application/json"> and follows changes to it', async () => {
      const element = await newComparison(html`
        <care-comparison lang="en" highlight="iop">
          <script type="application/json">
            { "levels": ["php", "iop", "outpatient"], "programs": { "iop": { "phone": "+1-555-0100" } } }
          </script>
        </care-comparison>
      `);
      expect(columnNames(element)).to.deep.equal(['PHP', 'IOP', 'Outpatient']);
      expect(text(root(element))).to.contain('555-0100');
      element.querySelector('script')!.textContent = '{ "levels": ["iop"] }';
      await waitUntil(() => columnNames(element).join() === 'IOP', 'did not follow the script', waitOptions);
      expect(text(root(element))).not.to.contain('555-0100');
    });

    it('re-renders when the config property is set to an object or JSON text', async () => {
      const element = await newComparison();
      element.config = { levels: ['outpatient'] };
      await element.updateComplete;
      expect(columnNames(element)).to.deep.equal(['Outpatient']);
      element.config = '{"levels": ["inpatient", "php"]}';
      await element.updateComplete;
      expect(columnNames(element)).to.deep.equal(['Inpatient / residential', 'PHP']);
    });

    const badConfigurations = [
      { name: 'invalid JSON', config: '{"levels": [', mentions: 'not valid JSON' },
      { name: 'an unknown level id', config: '{"levels": ["detox"]}', mentions: 'levels[0]' },
      { name: 'a wrong type', config: '{"edition": "four"}', mentions: 'edition' },
    ];

    for (const bad of badConfigurations) {
      it(`shows a visible message for ${bad.name}, fires care-config-error once and logs once`, async () => {
        await capturingConsole(async (logged) => {
          const element = document.createElement('care-comparison');
          element.lang = 'en';
          element.setAttribute('config', bad.config);
          const events: CustomEvent<CareConfigErrorDetail>[] = [];
          element.addEventListener('care-config-error', (event) => events.push(event));
          const uncaught: unknown[] = [];
          const onError = (event: ErrorEvent) => uncaught.push(event.error);
          window.addEventListener('error', onError);
          try {
            fixtureSync(html`<div>${element}</div>`);
            await element.updateComplete;
            await element.updateComplete;
            element.requestUpdate();
            await element.updateComplete;
          } finally {
            window.removeEventListener('error', onError);
          }
          const message = root(element).querySelector<HTMLElement>('[part~="error"]')!;
          expect(isShown(message)).to.be.true;
          expect(text(message)).to.contain('This comparison could not be shown');
          expect(text(message)).to.contain(bad.mentions);
          expect(text(message)).to.contain('See the browser console for details.');
          expect(root(element).querySelector('table')).to.equal(null);
          expect(events).to.have.length(1);
          expect(events[0].detail.source).to.equal('attribute');
          expect(events[0].detail.errors[0].message).to.contain(bad.mentions);
          expect(logged.errors).to.have.length(1);
          // What the console says it did is what it did: no "shows the defaults" over a message in their place.
          expect(logged.errors[0]).to.match(/^care-level-widgets: <care-comparison> shows what to fix instead of the comparison/);
          expect(logged.errors[0]).not.to.contain('defaults');
          expect(uncaught).to.deep.equal([]);
          await expect(element).to.be.accessible();
        });
      });
    }

    it('shows the message in Spanish for a Spanish page', async () => {
      await capturingConsole(async () => {
        const element = await newComparison(html`<care-comparison lang="es" config="{"></care-comparison>`);
        expect(text(root(element).querySelector('[part~="error"]'))).to.contain('No se pudo mostrar esta comparación');
      });
    });

    it('treats unknown ids in the levels attribute as bad configuration', async () => {
      await capturingConsole(async (logged) => {
        const element = document.createElement('care-comparison');
        element.lang = 'en';
        element.setAttribute('levels', 'iop rehab');
        const events: CustomEvent<CareConfigErrorDetail>[] = [];
        element.addEventListener('care-config-error', (event) => events.push(event));
        fixtureSync(html`<div>${element}</div>`);
        await element.updateComplete;
        element.requestUpdate();
        await element.updateComplete;
        expect(text(root(element).querySelector('[part~="error"]'))).to.contain('"rehab" is not a level id');
        expect(root(element).querySelector('table')).to.equal(null);
        expect(events).to.have.length(1);
        expect(events[0].detail).to.deep.include({ source: 'attribute' });
        expect(events[0].detail.errors[0]).to.include({ path: 'levels attribute', found: '"rehab"' });
        expect(logged.errors).to.have.length(1);

        element.levels = 'iop';
        await element.updateComplete;
        expect(columnNames(element)).to.deep.equal(['IOP']);
        expect(events).to.have.length(1);
      });
    });

    it('recovers when a bad configuration is fixed', async () => {
      await capturingConsole(async () => {
        const element = await newComparison(html`<care-comparison lang="en" config="nope"></care-comparison>`);
        expect(root(element).querySelector('[part~="error"]')).to.exist;
        element.config = '{"levels": ["iop"]}';
        await element.updateComplete;
        expect(root(element).querySelector('[part~="error"]')).to.equal(null);
        expect(columnNames(element)).to.deep.equal(['IOP']);
      });
    });
  });

  describe('layout', () => {
    it('shows cards from its first render in a window narrower than the table, and completes them before the hidden table starts', async () => {
      await resizeViewport(600, 700);
      try {
        const box = fixtureSync<HTMLDivElement>(html`<div style="width: 500px"><care-comparison lang="en"></care-comparison></div>`);
        const element = box.querySelector('care-comparison')!;
        const rendered: string[] = [];
        const rowsFilled: string[] = [];
        element.addController({
          hostUpdated: () => {
            rendered.push(showsTable(element) ? 'table' : 'cards');
            const cardFacts = root(element).querySelectorAll('.cards-view .fact').length;
            rowsFilled.push(`${cardFacts} facts, ${root(element).querySelectorAll('.table-view tbody tr').length} table rows`);
          },
        });
        await settled(element);
        expect(rendered.length).to.be.greaterThan(0);
        expect(rendered.every((view) => view === 'cards'), rendered.join(', ')).to.equal(true);
        // The hidden table gets its rows only after a render in which the cards had every fact.
        const full = `${englishRowLabels.length * 4} facts`;
        const tableFirst = rowsFilled.filter((filled) => !filled.startsWith(full) && !filled.endsWith(' 0 table rows'));
        expect(tableFirst, rowsFilled.join('; ')).to.deep.equal([]);
        expect(rowsFilled, rowsFilled.join('; ')).to.include(`${full}, 0 table rows`);
        expect(rowsFilled.at(-1)).to.equal(`${full}, ${englishRowLabels.length} table rows`);
      } finally {
        await resizeViewport(800, 600);
      }
    });

    it('shows the table when it is wider than the window (a page that scrolls sideways)', async () => {
      const element = await newComparison();
      expect(showsTable(element)).to.equal(true);
      expect(showsCards(element)).to.equal(false);
    });

    afterEach(() => {
      document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    });

    it('shows cards, not the table, on a 320 px page, and the page never scrolls sideways', async () => {
      const { page, element } = await pageAt(320, '<care-comparison highlight="php"></care-comparison>');
      const cards = [...root(element).querySelectorAll<HTMLElement>('[part~="card"]')];
      expect(cards).to.have.length(4);
      expect(cards.every(isShown)).to.be.true;
      expect(isShown(root(element).querySelector('table'))).to.be.false;
      expect(text(cards[1].querySelector('h3')))
        .to.contain('PHP')
        .and.to.contain('Our program');
      expect(cards[1].part.contains('highlight')).to.be.true;
      const facts = [...cards[0].querySelectorAll('dt')].map((term) => text(term));
      expect(facts).to.deep.equal(englishRowLabels);
      expect(page.document.documentElement.scrollWidth).to.be.at.most(320);
      expect(element.scrollWidth).to.be.at.most(element.clientWidth);
    });

    it('keeps each card short: four facts, the rest behind "More about …", open for the highlighted level', async () => {
      const { element } = await pageAt(320, '<care-comparison highlight="php"></care-comparison>');
      const cards = [...root(element).querySelectorAll<HTMLElement>('[part~="card"]')];
      // checkVisibility: a closed <details> hides its content with content-visibility, which keeps a layout box.
      const shownFacts = (card: HTMLElement) =>
        [...card.querySelectorAll('dt')].filter((term) => term.checkVisibility()).map((term) => text(term));
      expect(shownFacts(cards[0])).to.deep.equal(englishRowLabels.slice(0, 4));
      const more = cards[0].querySelector<HTMLDetailsElement>('details[part~="more"]')!;
      expect(text(more.querySelector('summary'))).to.equal('More about Inpatient / residential');
      expect(more.open).to.be.false;
      expect(cards[1].querySelector<HTMLDetailsElement>('details')!.open, 'the highlighted card').to.be.true;
      expect(shownFacts(cards[1])).to.deep.equal(englishRowLabels);
      more.querySelector('summary')!.click();
      await waitUntil(() => shownFacts(cards[0]).length === englishRowLabels.length, 'the facts did not open', waitOptions);
    });

    it('passes axe as cards', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div style="width: 300px"><care-comparison lang="en" highlight="php"></care-comparison></div>`,
      );
      const element = wrapper.querySelector('care-comparison')!;
      await element.updateComplete;
      await waitUntil(() => isShown(root(element).querySelector('[part~="card"]')), 'no cards', waitOptions);
      await expect(element).to.be.accessible();
    });

    it('switches by its own width, so it fits a narrow sidebar on a wide page', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div class="sidebar"><care-comparison lang="en"></care-comparison></div>`,
      );
      const element = wrapper.querySelector('care-comparison')!;
      await element.updateComplete;
      wrapper.style.width = '300px';
      await waitUntil(() => !isShown(root(element).querySelector('table')), 'the table stayed', waitOptions);
      expect(isShown(root(element).querySelector('[part~="card"]'))).to.be.true;
      wrapper.style.width = '1000px';
      await waitUntil(() => isShown(root(element).querySelector('table')), 'the table did not return', waitOptions);
      expect(isShown(root(element).querySelector('[part~="card"]'))).to.be.false;
    });

    it('renders both views and shows one by a container query, so only one is in the tab order and to screen readers', async () => {
      const { box, element } = await inBox(1000);
      const tableView = root(element).querySelector('.table-view')!;
      const cardsView = root(element).querySelector('.cards-view')!;
      const focusables = (view: Element) => [...view.querySelectorAll<HTMLElement>('care-term, a[href], summary, [tabindex="0"]')];
      const exposes = (view: Element) => focusables(view).filter((control) => control.getClientRects().length > 0).length;
      const ids = [...root(element).querySelectorAll('[id]')].map((node) => node.id);
      expect(new Set(ids).size, `ids: ${ids.join(' ')}`).to.equal(ids.length);

      expect(getComputedStyle(cardsView).display).to.equal('none');
      expect(exposes(tableView)).to.be.greaterThan(8);
      expect(exposes(cardsView)).to.equal(0);
      await expect(element).to.be.accessible();

      box.style.width = '600px';
      await waitUntil(() => showsCards(element), 'no cards at 600 px', waitOptions);
      expect(getComputedStyle(tableView).display).to.equal('none');
      expect(exposes(cardsView)).to.be.greaterThan(8);
      expect(exposes(tableView)).to.equal(0);
      await expect(element).to.be.accessible();
    });

    it('shows the table only where its columns fit, so four levels need more room than two', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div><care-comparison lang="en"></care-comparison></div>`,
      );
      wrapper.style.width = '720px';
      const element = wrapper.querySelector('care-comparison')!;
      await element.updateComplete;
      await waitUntil(() => isShown(root(element).querySelector('[part~="card"]')), 'four levels kept the table', waitOptions);
      expect(isShown(root(element).querySelector('table'))).to.be.false;
      element.levels = 'iop outpatient';
      await element.updateComplete;
      await waitUntil(() => isShown(root(element).querySelector('table')), 'two levels did not get the table', waitOptions);
      const region = root(element).querySelector<HTMLElement>('[part~="scroller"]')!;
      expect(region.scrollWidth).to.be.at.most(region.clientWidth);
    });

    it('keeps the table on a 320 px page with layout="table", scrolling inside its region only', async () => {
      const { page, element } = await pageAt(320, '<care-comparison layout="table"></care-comparison>');
      const region = root(element).querySelector<HTMLElement>('[role="region"]')!;
      expect(isShown(root(element).querySelector('table'))).to.be.true;
      expect(isShown(root(element).querySelector('[part~="card"]'))).to.be.false;
      expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
      expect(page.document.documentElement.scrollWidth).to.be.at.most(320);
      const rowHeader = root(element).querySelector<HTMLElement>('th[scope="row"]')!;
      const before = rowHeader.getBoundingClientRect().left;
      region.scrollLeft = 200;
      await waitUntil(() => region.scrollLeft > 0, 'the region did not scroll', waitOptions);
      expect(Math.abs(rowHeader.getBoundingClientRect().left - before)).to.be.below(2);
    });

    it('passes axe as a narrow scrolling table', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div style="width: 300px"><care-comparison lang="en" layout="table"></care-comparison></div>`,
      );
      const element = await settled(wrapper.querySelector('care-comparison')!);
      const region = root(element).querySelector<HTMLElement>('[role="region"]')!;
      expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
      await expect(element).to.be.accessible();
    });

    it('shows cards at any width with layout="cards", and follows the layout property', async () => {
      const element = await newComparison(html`<care-comparison lang="en" layout="cards"></care-comparison>`);
      expect(isShown(root(element).querySelector('[part~="card"]'))).to.be.true;
      expect(isShown(root(element).querySelector('table'))).to.be.false;
      element.layout = 'table';
      await element.updateComplete;
      expect(isShown(root(element).querySelector('table'))).to.be.true;
      expect(isShown(root(element).querySelector('[part~="card"]'))).to.be.false;
      await expect(element).to.be.accessible();
    });

    it('puts the calls to action at the end of each card', async () => {
      const element = await newComparison(html`<care-comparison lang="en" layout="cards"></care-comparison>`);
      element.config = { programs: { outpatient: { phone: '555-0123' } } };
      await element.updateComplete;
      const card = root(element).querySelectorAll('[part~="card"]')[3];
      expect(card.lastElementChild!.querySelector('a')!.getAttribute('href')).to.equal('tel:5550123');
    });

    it('uses the heading-level attribute for the card headings, under a title one level up', async () => {
      const element = await newComparison(
        html`<care-comparison lang="en" layout="cards" heading-level="4"></care-comparison>`,
      );
      expect(root(element).querySelectorAll('[part~="card"] h4')).to.have.length(4);
      expect(root(element).querySelector('h3')).to.equal(root(element).querySelector('#title'));
      const list = root(element).querySelector('ul.cards')!;
      expect(text(root(element).getElementById(list.getAttribute('aria-labelledby')!))).to.equal('Levels of care compared');
    });

    it('keeps switching by its width after a bad configuration is fixed', async () => {
      await capturingConsole(async () => {
        const { box, element } = await inBox(1000, html`<care-comparison lang="en" config="nope"></care-comparison>`);
        expect(root(element).querySelector('[part~="error"]')).to.exist;
        element.config = '{"levels": ["php", "iop", "outpatient"]}';
        await element.updateComplete;
        await waitUntil(() => showsTable(element), 'the fixed configuration shows no table', waitOptions);
        box.style.width = '300px';
        await waitUntil(() => showsCards(element), 'the layout did not switch to cards after the fix', waitOptions);
        box.style.width = '1000px';
        await waitUntil(() => showsTable(element), 'the layout did not switch back to the table', waitOptions);
      });
    });

    it('keeps focus on the same glossary term when it switches to cards and back', async () => {
      const { box, element } = await inBox(1000);
      const headerTerm = root(element).querySelector<CareTerm>('th care-term[term="iop"]')!;
      await headerTerm.updateComplete;
      headerTerm.focus();
      expect(focusedTerm(element) === headerTerm, 'the IOP term did not take focus').to.equal(true);

      box.style.width = '300px';
      await waitUntil(() => showsCards(element), 'no cards', waitOptions);
      await waitUntil(() => focusedTerm(element)?.closest('.card-heading'), 'focus is not in a card heading', waitOptions);
      expect(focusedTerm(element)!.getAttribute('term'), 'focus left the IOP term').to.equal('iop');
      expect(deepActiveElement()?.localName).to.equal('button');

      box.style.width = '1000px';
      await waitUntil(() => showsTable(element), 'no table', waitOptions);
      await waitUntil(() => focusedTerm(element)?.closest('th[scope="col"]'), 'focus is not in a column heading', waitOptions);
      expect(focusedTerm(element)!.getAttribute('term'), 'focus left the IOP term').to.equal('iop');
    });

    it('keeps focus on the same call to action when it switches, and inside the comparison otherwise', async () => {
      const { box, element } = await inBox(1000);
      element.config = { programs: { iop: { phone: '+1-555-0100', url: 'https://example.org/iop' } } };
      await element.updateComplete;
      rowCells(element, 'Next step')[2].querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.focus();

      box.style.width = '300px';
      await waitUntil(() => showsCards(element), 'no cards', waitOptions);
      const focusedLink = () => root(element).activeElement as HTMLAnchorElement | null;
      await waitUntil(() => focusedLink()?.closest('[part~="card"]'), 'focus is not in a card', waitOptions);
      expect(focusedLink()!.getAttribute('href')).to.equal('tel:+15550100');
      expect(text(focusedLink()!.closest('[part~="card"]')!.querySelector('.level-name'))).to.equal('IOP');

      // A card's "More about …" has no equivalent in the table: focus goes to the title, still inside the widget.
      const summary = root(element).querySelectorAll<HTMLElement>('[part~="card"] summary')[1];
      summary.focus();
      expect(root(element).activeElement === summary, 'the summary did not take focus').to.equal(true);
      box.style.width = '1000px';
      await waitUntil(() => showsTable(element), 'no table', waitOptions);
      await waitUntil(
        () => root(element).activeElement === root(element).querySelector('#title'),
        'focus did not stay in the comparison',
        waitOptions,
      );
    });

    it('explains each term once in the cards too', async () => {
      const element = await newComparison(html`<care-comparison lang="en" layout="cards"></care-comparison>`);
      const terms = [...root(element).querySelectorAll('care-term')].map((term) => term.getAttribute('term'));
      expect(terms.length).to.be.greaterThan(8);
      expect(new Set(terms).size).to.equal(terms.length);
    });
  });

  describe('theme', () => {
    it('follows the theme property', async () => {
      const element = await newComparison(html`<care-comparison lang="en" theme="light"></care-comparison>`);
      const table = root(element).querySelector('.scroller')!;
      const light = getComputedStyle(table).backgroundColor;
      element.theme = 'dark';
      await element.updateComplete;
      expect(element.getAttribute('theme')).to.equal('dark');
      expect(getComputedStyle(table).backgroundColor).not.to.equal(light);
      await expect(element).to.be.accessible();
    });
  });
});
