import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { html as staticHtml } from 'lit/static-html.js';
import { CareElement } from '../../internal/care-element.js';
import { centerLinks } from '../../internal/center-links.js';
import { headingTag } from '../../internal/heading-tag.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { CareTerm } from '../term/term.js';
import {
  ConfigController,
  dispatchConfigError,
  logConfigErrors,
  type ConfigValue,
} from '../../internal/config-controller.js';
import { parseLevelList, spaceSeparated } from '../../internal/level-list.js';
import { warnOnce } from '../../internal/warn-once.js';
import { dispatchCta, type CareCtaAction } from '../../internal/cta.js';
import { buildComparisonRows } from '../../data/comparison-rows.js';
import type { GlossaryTermId } from '../../data/glossary.js';
import { isLevelId, levelIds, type LevelId } from '../../data/level-id.js';
import { levels } from '../../data/levels.js';
import type { Locale } from '../../data/locale.js';
import { sources } from '../../data/sources.js';
import type {
  AsamEdition,
  CareConfig,
  CareConfigInput,
  ComparisonCell,
  ComparisonRow,
  ConfigError,
  SourceId,
} from '../../data/types.js';
import { isSafeUrl } from '../../config/urls.js';
import { comparisonStrings, type ComparisonStrings } from './comparison.strings.js';
import { splitGlossaryText, type TextSegment } from './glossary-text.js';
import { styles } from './comparison.styles.js';

export type { CareConfigErrorDetail } from '../../internal/config-controller.js';
export type { CareCtaDetail } from '../../internal/cta.js';

/** How the comparison lays itself out: by its own width (`auto`), always as a table, or always as cards. */
export type ComparisonLayout = 'auto' | 'table' | 'cards';

const layouts: readonly ComparisonLayout[] = ['auto', 'table', 'cards'];

/** The glossary entry each column heading explains. */
const levelTerms: { readonly [L in LevelId]: GlossaryTermId } = {
  inpatient: 'inpatient',
  php: 'php',
  iop: 'iop',
  outpatient: 'outpatient',
};

/** Shown instead of a long list: the console has the rest. */
const shownErrorCount = 5;

/**
 * A card shows the first rows (by default where the person sleeps, the hours, the schedule and how long it lasts)
 * and keeps the rest behind "More about …": four cards of twelve facts are about 9,000 px on a phone.
 */
const cardSummaryRowCount = 4;

/**
 * A client-rendered comparison's first render adds its rows in groups, one group per task, so no task renders the
 * whole table and its dozen terms: two rows first, then as many as the last group's time says fit in
 * `groupBudgetMs` (a fast computer takes the rest at once, a slow phone a few rows at a time), leaving room in a
 * 50 ms task for style and layout. `updateComplete` resolves once every row is there.
 */
const firstGroupRows = 2;
const groupBudgetMs = 15;

/**
 * The narrowest the element can be, in rem, for `layout="auto"` to show the table of 1 to 4 levels: the table's
 * min-width in comparison.styles.ts plus the element's padding. Narrower, it shows cards.
 */
const tableMinimumRem: Record<number, number> = { 0: 37.5, 1: 37.5, 2: 37.5, 3: 45, 4: 55 };

interface CtaLink {
  readonly action: CareCtaAction;
  readonly href: string;
  readonly text: string;
}

/** What the comparison shows, worked out from the attributes over the configuration. */
interface ComparisonView {
  readonly levels: readonly LevelId[];
  readonly rows: readonly ComparisonRow[];
  readonly highlight: LevelId | undefined;
  /** The level a questionnaire suggested, when shown. */
  readonly suggested: LevelId | undefined;
  readonly layout: ComparisonLayout;
  readonly config: CareConfig;
  /** The number each cited source has in the list under the table, in order of first citation. */
  readonly sourceNumbers: ReadonlyMap<SourceId, number>;
}

/** Which of the two views shows. */
type ShownView = 'table' | 'cards';

/**
 * Where a piece of text sits in a view, as a key into the explained text: a row's label (in a card, per level), a
 * cell, a level's notes.
 */
function labelKey(rowId: string, level?: LevelId): string {
  return level ? `label ${rowId} ${level}` : `label ${rowId}`;
}

function cellKey(rowId: string, level: LevelId): string {
  return `cell ${rowId} ${level}`;
}

function notesKey(level: LevelId): string {
  return `notes ${level}`;
}

/**
 * Splits every piece of text the view shows into segments, in the order a person reads them, and keeps the term of
 * only the first mention of each glossary entry: one explanation per term is enough, and every explanation is a tab
 * stop and an element to render. The level names head the columns and the cards, so they are explained there.
 */
function explainFirstMentions(view: ComparisonView, shown: ShownView, locale: Locale): Map<string, TextSegment[]> {
  const explained = new Set<GlossaryTermId>(view.levels.map((level) => levelTerms[level]));
  const pieces = new Map<string, TextSegment[]>();
  const add = (key: string, text: string) => {
    pieces.set(
      key,
      splitGlossaryText(text, locale).map((segment) => {
        if (!segment.term || explained.has(segment.term)) return { text: segment.text };
        explained.add(segment.term);
        return segment;
      }),
    );
  };
  const addCell = (row: ComparisonRow, level: LevelId) => {
    const cell = row.cells[level];
    if (cell) add(cellKey(row.id, level), cell.text[locale]);
  };
  const addNotes = (level: LevelId) => {
    const notes = view.config.programs[level]?.notes;
    if (notes) add(notesKey(level), notes[locale]);
  };
  if (shown === 'table') {
    for (const row of view.rows) {
      add(labelKey(row.id), row.label[locale]);
      for (const level of view.levels) addCell(row, level);
    }
    for (const level of view.levels) addNotes(level);
  } else {
    for (const level of view.levels) {
      for (const row of view.rows) {
        add(labelKey(row.id, level), row.label[locale]);
        addCell(row, level);
      }
      addNotes(level);
    }
  }
  return pieces;
}

/**
 * What had focus in the comparison before a render, as a key to find the same control after it: a glossary term, a
 * call to action, a card's "More about …", or anything else.
 */
function focusKeyOf(element: Element): string {
  const level = element.closest<HTMLElement>('[data-level]')?.dataset.level ?? '';
  if (element.localName === 'care-term') return `term ${element.getAttribute('term') ?? ''}`;
  if (element.localName === 'a' && element.part.contains('cta')) {
    return `cta ${level} ${(element as HTMLElement).dataset.action ?? ''}`;
  }
  if (element.localName === 'summary') return `more ${level}`;
  return 'other';
}

function quoted(values: readonly string[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

/**
 * Reads the `levels` attribute: `undefined` when it is absent or blank (the configuration decides), the ids in the
 * order given, or the errors that name every unknown id.
 */
function readLevelsAttribute(value: string | undefined): { levels?: LevelId[]; errors: ConfigError[] } {
  const { levels: given, unknown } = parseLevelList(value);
  if (unknown.length === 0) return given.length > 0 ? { levels: given, errors: [] } : { errors: [] };
  const expected = `space-separated level ids: ${levelIds.join(', ')}`;
  return {
    errors: unknown.map((token) => ({
      path: 'levels attribute',
      expected,
      found: JSON.stringify(token),
      message: `levels attribute: ${JSON.stringify(token)} is not a level id; use ${levelIds.join(', ')}.`,
    })),
  };
}

/**
 * An honest comparison of the four levels of care (inpatient or residential, PHP, IOP and outpatient), as a real
 * table: one column per level, one row per fact, every fact in plain language with numbered references to the
 * sources listed under it. Jargon in the headers and cells is wrapped in `<care-term>`, which explains it.
 *
 * It fits its container, not the window: where its columns do not fit (below about 880 px wide for four levels,
 * 720 px for three, 600 px for one or two: a phone, a sidebar) it shows one card per level instead, with the same
 * facts, so the page never scrolls sideways. `layout="table"` keeps the table at any width
 * (it then scrolls inside its own focusable region, with the row headers fixed), `layout="cards"` always shows cards.
 * When it switches between the two, focus stays on the same control (a term, a call to action), else on the title.
 *
 * Importing `care-level-widgets/comparison/define` registers `<care-term>` too, which the comparison uses.
 *
 * A center marks its own program with `highlight` and adds its phone number, links, notes and rows through `config`
 * (JSON in the attribute, an object as a property, or JSON in a child `<script type="application/json">`, which a
 * strict Content-Security-Policy allows). A configuration with errors shows a short message in place of the table
 * saying what to fix, lists every error in the console once and fires `care-config-error`; nothing is thrown into the
 * page. Content written inside the element is fallback, shown only until the element is defined.
 *
 * @summary Inpatient, PHP, IOP and outpatient care side by side: a sourced, accessible comparison table.
 * @tag care-comparison
 *
 * @attribute {string} lang - The language, `en` or `es`; otherwise the nearest ancestor's `lang`, then the page's.
 * Also the element's standard `lang` property.
 *
 * @fires {CustomEvent<CareCtaDetail>} care-cta - The person followed a call or link for a level (detail: `level`,
 * `action` (`call` or `link`) and `href`), before the browser follows it. Cancelable: call `preventDefault()` to
 * handle it yourself.
 * @fires {CustomEvent<CareConfigErrorDetail>} care-config-error - The configuration or the `levels` attribute could
 * not be used (detail: `source` and `errors`, each with `path`, `expected`, `found` and `message`). A message shows
 * in place of the table.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart scroller - The box around the table. When the table is wider, it scrolls sideways and is a named region
 * that is a tab stop, so keyboard users can scroll it; otherwise it is neither.
 * @csspart table - The table.
 * @csspart caption - The title (a heading one level above `heading-level`, never above h2) and the note above the
 * table or the cards (the table's own `<caption>` repeats the title for screen readers).
 * @csspart header - Each column heading (a level's name).
 * @csspart row-header - Each row heading (a fact, such as "Where you sleep").
 * @csspart cell - Each data cell, and each fact in a card.
 * @csspart highlighted - The highlighted level's column heading, cells and card (also named `highlight`, its name
 * before 0.2, which was also the attribute's).
 * @csspart badge - The "Our program" badge of the highlighted level, and the "Suggested for you" badge.
 * @csspart suggested-badge - The "Suggested for you" badge of the `suggested` level.
 * @csspart card - One level's card in the narrow layout.
 * @csspart more - The collapsible "More about …" part of a card, open on the highlighted level's card.
 * @csspart cta - Each call or link to a center's program.
 * @csspart sources - The numbered list of sources under the table.
 * @csspart error - The message shown in place of the table when the configuration cannot be used.
 *
 * @cssprop [--care-color-text=#1d2733] - Body text.
 * @cssprop [--care-color-text-muted=#4a5868] - The caption's note, long level names and the sources.
 * @cssprop [--care-color-surface=#ffffff] - The background of the table and cards.
 * @cssprop [--care-color-surface-alt=#f3f6f8] - The background of the headings.
 * @cssprop [--care-color-border=#c9d3dc] - Rules between rows and around cards.
 * @cssprop [--care-color-accent=#0d5c63] - The highlighted level's top border and badge, and the links.
 * @cssprop [--care-color-accent-contrast=#ffffff] - Text on the badge and on call buttons.
 * @cssprop [--care-color-highlight=#e3f2ef] - The background of the highlighted level.
 * @cssprop [--care-comparison-highlight=var(--care-color-highlight)] - The highlighted level's background, for this
 * element only.
 * @cssprop [--care-color-danger=#a4262c] - The border of the configuration message.
 * @cssprop [--care-color-danger-surface=#fdf0f0] - The background of the configuration message.
 * @cssprop [--care-color-focus=#1a5fb4] - The focus ring.
 * @cssprop [--care-radius=0.5rem] - Corner radius of the table, cards and buttons.
 * @cssprop [--care-space=1rem] - The base spacing unit.
 * @cssprop [--care-font-family=inherit] - The font; inherits the page's by default.
 * @cssprop [--care-font-size=max(1rem, 16px)] - The base font size.
 */
export class CareComparison extends CareElement {
  static override readonly dependencies = { 'care-term': CareTerm };

  static override styles = [themeStyles, styles];

  /**
   * Which levels to show, in that order, space-separated: `inpatient php iop outpatient`. Overrides the
   * configuration's `levels`. An unknown id is a configuration error: a message shows in place of the table.
   */
  @property() levels?: string;

  /**
   * Which rows to show, in that order, space-separated: `sleeps hours schedule length work medical services cost
   * insurance fits not-a-fit asam`, plus the ids of the configuration's `extraRows`. Unknown ids are ignored with a
   * console warning. Default: every row. The center's notes and calls to action always come last.
   */
  @property() rows?: string;

  /**
   * The level to mark as the center's own program (`inpatient`, `php`, `iop` or `outpatient`): its column gets an
   * "Our program" badge that screen readers hear with the heading, and a highlight colour.
   */
  @property({ reflect: true }) highlight?: string;

  /**
   * The level a questionnaire suggested, which `<care-questionnaire comparison>` sets and clears: its column gets a
   * "Suggested for you" badge, which screen readers hear with the heading. It leaves `highlight` alone, so the
   * center's own program keeps its badge.
   */
  @property({ reflect: true }) suggested?: string;

  /**
   * The center's configuration (see `CareConfigInput`): the `levels` it offers, its `programs` (phone, link, label,
   * notes, and its own hours, length and insurance per level), a `contact` for every level and `extraRows`. JSON in
   * the attribute, an object as a property, or JSON in a child `<script type="application/json">`.
   */
  @property() config?: string | CareConfigInput;

  /** Which edition of the ASAM Criteria the ASAM row follows: `3` or `4`. Overrides the configuration's `edition`. */
  @property({ type: Number }) edition?: AsamEdition;

  /**
   * `auto` shows the table where its columns fit (about 880 px for four levels, 600 px for two) and one card per
   * level below that;
   * `table` always shows the table (scrolling inside its own region when narrow); `cards` always shows cards.
   */
  @property({ reflect: true }) layout: ComparisonLayout = 'auto';

  /**
   * The level of the headings of the cards and of the sources (2 to 6), so they fit the page's outline. The title
   * above them is a heading one level higher, or at the same level when this is 2. Without it, the title is one
   * level below the nearest heading before the comparison in the page (`h2` when there is none).
   */
  @property({ type: Number, attribute: 'heading-level', reflect: true }) headingLevel?: number;
  private readonly configuration = new ConfigController(this, (): ConfigValue => this.config);
  /** The element's width in rem (of the page's root font size), for `layout="auto"`; 0 until it has been laid out. */
  @state() private measuredWidthRem = 0;
  /**
   * One observer for the width probe (the element's width, for `layout="auto"`) and for the table's scrolling region
   * and its table (whether the region overflows, so whether it is a tab stop).
   */
  private readonly resizeObserver =
    typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver((entries) => this.handleResize(entries));
  private probe?: Element;
  private scroller?: HTMLElement;
  private scrollerTable?: Element;

  /** What the next render shows, worked out in `willUpdate()`: render itself reads no DOM and changes nothing. */
  private shown?: {
    readonly locale: Locale;
    readonly errors: readonly ConfigError[];
    readonly view?: ComparisonView;
    readonly layout?: ShownView;
    readonly text: ReadonlyMap<string, readonly TextSegment[]>;
  };

  /** The control that had focus before a render that may replace it, and how to find its equivalent after. */
  private focusBeforeRender?: { readonly element: Element; readonly key: string };

  /** How many rows render while the first render is still adding them a group at a time; else all. */
  private rowLimit = Number.POSITIVE_INFINITY;
  /** How many rows the next group adds, and when the update under way started (to size the next group). */
  private groupRows = firstGroupRows;
  private updateStartedAt = 0;
  /** The task that adds the next rows, while one is waiting. */
  private moreRows?: Promise<void>;
  /** Whether the update under way only adds rows, so the view worked out before still holds. */
  private addingRows = false;
  /**
   * Whether the first render guesses the element's width, so that with `layout="auto"` an element on a phone renders
   * its cards at once rather than the table first and the cards after the first resize observation.
   * Not over server-rendered content, which hydration must match as it was rendered.
   */
  private guessWidthBeforeFirstRender = false;

  override connectedCallback(): void {
    // Rows in groups only for a first render in a browser that will report the layout (a resize observer), and not
    // over server-rendered content (a declarative shadow root), which hydration must match in full.
    if (!this.hasUpdated && !this.shadowRoot && this.resizeObserver) {
      this.rowLimit = firstGroupRows;
      this.guessWidthBeforeFirstRender = true;
    }
    super.connectedCallback();
  }

  protected override get firstRenderComplete(): boolean {
    return this.rowLimit === Number.POSITIVE_INFINITY;
  }

  /** Resolves once the element has rendered every row, not only the first group. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.moreRows) {
      await this.moreRows;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  private addRowsLater(rowCount: number): void {
    const startedAt = this.updateStartedAt;
    // Sized after the group's terms have rendered too (their updates are microtasks queued before this one).
    void Promise.resolve().then(() => {
      const perRow = (performance.now() - startedAt) / Math.max(1, this.groupRows);
      this.groupRows = Math.max(firstGroupRows, Math.floor(groupBudgetMs / Math.max(perRow, 0.01)));
    });
    this.moreRows ??= new Promise((resolve) => {
      setTimeout(() => {
        this.moreRows = undefined;
        const limit = this.rowLimit + this.groupRows;
        this.rowLimit = limit >= rowCount ? Number.POSITIVE_INFINITY : limit;
        this.addingRows = true;
        this.requestUpdate();
        resolve();
      });
    });
  }

  private handleResize(entries: readonly ResizeObserverEntry[]): void {
    for (const entry of entries) {
      if (entry.target !== this.probe) continue;
      const rootFontSize = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      this.measuredWidthRem = entry.contentRect.width / rootFontSize;
    }
    if (entries.some((entry) => entry.target !== this.probe)) this.updateScrollerFocusability();
  }

  /**
   * Before the first render, the viewport's width stands in for the element's when it is too narrow for the table:
   * the element is no wider, so it shows cards; the probe reports the element's own width right after. Counted in
   * rems of the browser's default 16 px, because reading the page's root font size here would force a layout; a
   * page with a smaller root font size may see the cards first and then the table.
   */
  private guessWidthFromViewport(view: ComparisonView): void {
    const viewportRem = window.innerWidth / 16;
    if (viewportRem > 0 && viewportRem < tableMinimumRem[Math.min(view.levels.length, 4)]) {
      this.measuredWidthRem = viewportRem;
    }
  }

  /**
   * The width probe, a zero-height element as wide as the element, is observed rather than the element itself:
   * switching views changes the element's height, and observing that would loop. A ref callback, so whichever probe
   * is rendered is the one observed, also after a bad configuration is fixed or the element is moved.
   */
  private readonly observeProbe = (probe?: Element): void => {
    if (probe === this.probe) return;
    if (this.probe) this.resizeObserver?.unobserve(this.probe);
    this.probe = probe;
    if (probe) this.resizeObserver?.observe(probe);
  };

  private readonly observeScroller = (scroller?: Element): void => {
    if (scroller === this.scroller) return;
    if (this.scroller) this.resizeObserver?.unobserve(this.scroller);
    if (this.scrollerTable) this.resizeObserver?.unobserve(this.scrollerTable);
    this.scroller = scroller as HTMLElement | undefined;
    this.scrollerTable = scroller?.querySelector('table') ?? undefined;
    if (this.scroller) this.resizeObserver?.observe(this.scroller);
    if (this.scrollerTable) this.resizeObserver?.observe(this.scrollerTable);
  };

  /**
   * The table's region is a tab stop, a named region, only while it scrolls sideways: keyboard users need to reach
   * it to scroll it, and a region that does not scroll would be a stop with nothing to do. Checked after each render
   * and whenever the region or the table changes size (a narrower container, zoom, a larger font).
   */
  private updateScrollerFocusability(): void {
    const scroller = this.scroller;
    if (!scroller?.isConnected) return;
    const overflows = scroller.scrollWidth > scroller.clientWidth;
    if (overflows === (scroller.getAttribute('tabindex') === '0')) return;
    if (overflows) {
      scroller.setAttribute('role', 'region');
      scroller.setAttribute('aria-labelledby', 'caption');
      scroller.setAttribute('tabindex', '0');
      return;
    }
    const hadFocus = this.shadowRoot?.activeElement === scroller;
    scroller.removeAttribute('tabindex');
    scroller.removeAttribute('role');
    scroller.removeAttribute('aria-labelledby');
    if (hadFocus) this.focusTitle();
  }

  /**
   * Only the view that shows is rendered (half the elements of rendering both and hiding one with CSS). With
   * `layout="auto"` the table shows where its columns fit; the first resize observation comes before the first
   * paint, so a narrow element never shows the table.
   */
  private shownView(view: ComparisonView): ShownView {
    if (view.layout !== 'auto') return view.layout;
    if (this.measuredWidthRem === 0) return 'table';
    return this.measuredWidthRem >= tableMinimumRem[Math.min(view.levels.length, 4)] ? 'table' : 'cards';
  }

  /** The `levels` attribute read: the levels to show instead of the configuration's, or what is wrong with it. */
  private levelsAttribute: { levels?: LevelId[]; errors: ConfigError[] } = { errors: [] };
  private reportedLevelsValue?: string;
  private pendingLevelsErrorEvent = false;

  /**
   * Works out what to show before `render()`. Everything with an effect (console warnings, reading the language from
   * the page, choosing which mentions of a term to explain, noting the focused control) happens here or in
   * `updated()`, so `render()` is a pure function of this state. A server renderer calls `willUpdate()` and `render()`
   * only, so this is also where a server-rendered comparison gets its view.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.updateStartedAt = performance.now();
    const onlyRows = this.addingRows && changed.size === 0 && this.shown?.locale === this.locale;
    this.addingRows = false;
    if (onlyRows) return;
    if (changed.has('levels')) this.readLevels();
    // The configuration controller reads the configuration in its hostUpdate(), which Lit runs after willUpdate():
    // have it read now, so this update shows the configuration it was for. A second call does nothing. On a server
    // (not connected, no DOM to find a child script in) only a `config` attribute or property is read.
    if (this.isConnected || (this.config !== undefined && this.config !== null)) this.configuration.hostUpdate();
    const locale = this.locale;
    const errors = [...this.configuration.errors, ...this.levelsAttribute.errors];
    if (errors.length > 0) {
      this.shown = { locale, errors, text: new Map() };
    } else {
      const view = this.view();
      if (this.guessWidthBeforeFirstRender && this.isConnected && this.layout === 'auto') {
        this.guessWidthFromViewport(view);
      }
      this.guessWidthBeforeFirstRender = false;
      const layout = this.shownView(view);
      this.shown = { locale, errors, view, layout, text: explainFirstMentions(view, layout, locale) };
    }
    const focused = this.isConnected ? this.shadowRoot?.activeElement : undefined;
    this.focusBeforeRender = focused ? { element: focused, key: focusKeyOf(focused) } : undefined;
  }

  private readLevels(): void {
    this.levelsAttribute = readLevelsAttribute(this.levels);
    if (this.levelsAttribute.errors.length === 0) {
      this.reportedLevelsValue = undefined;
      return;
    }
    if (this.reportedLevelsValue === this.levels) return;
    this.reportedLevelsValue = this.levels;
    this.pendingLevelsErrorEvent = true;
    const outcome = `cannot show its levels attribute (${JSON.stringify(this.levels)})`;
    logConfigErrors(this, outcome, this.levelsAttribute.errors);
  }

  protected override updated(): void {
    const rowCount = this.shown?.view?.rows.length ?? 0;
    if (this.rowLimit < rowCount) {
      this.addRowsLater(rowCount);
    } else {
      this.rowLimit = Number.POSITIVE_INFINITY;
    }
    // Reading the region's size forces a layout: not in every group's task, only once every row is there.
    if (!this.moreRows) this.updateScrollerFocusability();
    const focus = this.focusBeforeRender;
    this.focusBeforeRender = undefined;
    if (focus && !focus.element.isConnected) void this.restoreFocus(focus.key);
    if (!this.pendingLevelsErrorEvent) return;
    this.pendingLevelsErrorEvent = false;
    dispatchConfigError(this, { source: 'attribute', errors: this.levelsAttribute.errors });
  }

  /**
   * Puts focus back after a render removed the focused control, as switching between the table and the cards does
   * on a resize or zoom: on the same glossary term, call to action or card in the new view (opening the card's
   * "More about …" when the control is inside it), else on the title, so focus stays inside the comparison.
   */
  private async restoreFocus(key: string): Promise<void> {
    const root = this.renderRoot as ShadowRoot;
    const [kind, level = '', action = ''] = key.split(' ');
    let target: HTMLElement | null = null;
    if (kind === 'term') target = root.querySelector<HTMLElement>(`care-term[term="${CSS.escape(level)}"]`);
    if (kind === 'cta') {
      target = root.querySelector<HTMLElement>(
        `[data-level="${CSS.escape(level)}"] a[data-action="${CSS.escape(action)}"]`,
      );
    }
    if (kind === 'more') target = root.querySelector<HTMLElement>(`[data-level="${CSS.escape(level)}"] summary`);
    if (target) {
      const details = target.closest('details');
      if (details && !details.open && target.localName !== 'summary') details.open = true;
      await (target as Partial<CareElement>).updateComplete;
      if (!this.focusIsLost()) return;
      target.focus();
      if (root.activeElement === target) return;
    }
    if (this.focusIsLost()) this.focusTitle();
  }

  /** Whether nothing has focus any more: it goes to the page's body when the focused control is removed. */
  private focusIsLost(): boolean {
    if ((this.renderRoot as ShadowRoot).activeElement) return false;
    const active = document.activeElement;
    return active === null || active === document.body || active === document.documentElement;
  }

  private focusTitle(): void {
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }

  override render() {
    const shown = this.shown;
    if (!shown) return nothing;
    const strings = comparisonStrings[shown.locale];
    const probe = html`<div class="width-probe" ${ref(this.observeProbe)}></div>`;
    if (!shown.view || !shown.layout) return html`${probe}${this.renderErrors(shown.errors, strings)}`;
    const { layout, locale } = shown;
    const view =
      this.rowLimit < shown.view.rows.length ? { ...shown.view, rows: shown.view.rows.slice(0, this.rowLimit) } : shown.view;
    const title = headingTag(this.sectionHeadingLevel - 1, 2);
    return html`
      ${probe}
      <div part="base" class="base">
        <div part="caption" class="intro">
          ${staticHtml`<${title} id="title" class="title" tabindex="-1">${strings.caption}</${title}>`}
          <p class="note">${strings.captionNote}</p>
        </div>
        ${
          layout === 'table'
            ? html`<div class="table-view">${this.renderTable(view, locale, strings)}</div>`
            : html`<div class="cards-view">${this.renderCards(view, locale, strings)}</div>`
        }
        ${this.renderSources(view, strings)}
      </div>
    `;
  }

  private view(): ComparisonView {
    const base = this.configuration.config;
    const shownLevels = this.levelsAttribute.levels ?? base.levels;
    const config: CareConfig = { ...base, levels: shownLevels, edition: this.shownEdition(base.edition) };
    const rows = this.selectRows(buildComparisonRows(config));
    const sourceNumbers = new Map<SourceId, number>();
    for (const row of rows) {
      for (const level of shownLevels) {
        for (const source of row.cells[level]?.sources ?? []) {
          if (!sourceNumbers.has(source)) sourceNumbers.set(source, sourceNumbers.size + 1);
        }
      }
    }
    return {
      levels: shownLevels,
      rows,
      highlight: this.shownLevel('highlight', shownLevels),
      suggested: this.shownLevel('suggested', shownLevels),
      layout: this.shownLayout(),
      config,
      sourceNumbers,
    };
  }

  private shownEdition(configured: AsamEdition): AsamEdition {
    if (this.edition === undefined || this.edition === null) return configured;
    if (this.edition === 3 || this.edition === 4) return this.edition;
    warnOnce(`<care-comparison edition="${String(this.edition)}"> is ignored: use 3 or 4.`);
    return configured;
  }

  private shownLayout(): ComparisonLayout {
    if (layouts.includes(this.layout)) return this.layout;
    warnOnce(`<care-comparison layout="${String(this.layout)}"> is ignored: use auto, table or cards.`);
    return 'auto';
  }

  /** The level of the cards' and sources' headings: `heading-level`, else one below the title the page gives. */
  private get sectionHeadingLevel(): number {
    return this.headingLevel ?? this.topHeadingLevel(undefined) + 1;
  }

  /** The level `highlight` or `suggested` names, when the comparison shows it; otherwise none, with a warning. */
  private shownLevel(attribute: 'highlight' | 'suggested', shownLevels: readonly LevelId[]): LevelId | undefined {
    const wanted = this[attribute]?.trim();
    if (!wanted) return undefined;
    if (isLevelId(wanted) && shownLevels.includes(wanted)) return wanted;
    warnOnce(
      isLevelId(wanted)
        ? `<care-comparison ${attribute}="${wanted}"> names a level the comparison does not show (${shownLevels.join(', ')}).`
        : `<care-comparison ${attribute}="${wanted}"> is ignored: use ${levelIds.join(', ')}.`,
    );
    return undefined;
  }

  private selectRows(all: readonly ComparisonRow[]): readonly ComparisonRow[] {
    const wanted = spaceSeparated(this.rows);
    if (wanted.length === 0) return all;
    const byId = new Map(all.map((row) => [row.id, row]));
    const unknown = wanted.filter((id) => !byId.has(id));
    if (unknown.length > 0) {
      warnOnce(`<care-comparison rows> ignores ${quoted(unknown)}: use ${all.map((row) => row.id).join(', ')}.`);
    }
    const selected = [...new Set(wanted)].flatMap((id) => byId.get(id) ?? []);
    return selected.length > 0 ? selected : all;
  }

  private renderErrors(errors: readonly ConfigError[], strings: ComparisonStrings) {
    const hidden = errors.length - shownErrorCount;
    return html`
      <div part="base" class="base">
        <div part="error" class="error">
          <p class="error-heading"><strong>${strings.errorHeading}</strong></p>
          <ul class="error-list" lang="en">
            ${errors.slice(0, shownErrorCount).map((error) => html`<li>${error.message}</li>`)}
          </ul>
          ${hidden > 0 ? html`<p>${strings.errorMore(hidden)}</p>` : nothing}
          <p>${strings.errorConsole}</p>
        </div>
      </div>
    `;
  }

  private renderTable(view: ComparisonView, locale: Locale, strings: ComparisonStrings) {
    const notes = this.hasNotes(view);
    const ctas = this.hasCtas(view, locale, strings);
    return html`
      <div part="scroller" class="scroller" ${ref(this.observeScroller)}>
        <table part="table" class="table columns-${view.levels.length}">
          <caption id="caption" class="caption">
            ${strings.caption}
          </caption>
          <thead>
            <tr>
              <td class="corner"></td>
              ${view.levels.map((level) => {
                const highlighted = level === view.highlight;
                return html`<th
                  scope="col"
                  part=${highlighted ? 'header highlighted highlight' : 'header'}
                  class=${highlighted ? 'level highlight' : 'level'}
                >
                  ${this.renderLevelName(level, view, locale, strings)}
                </th>`;
              })}
            </tr>
          </thead>
          <tbody>
            ${view.rows.map(
              (row) => html`
                <tr>
                  <th scope="row" part="row-header" class="row-header">
                    ${this.renderText(labelKey(row.id), row.label[locale])}
                  </th>
                  ${view.levels.map((level) =>
                    this.renderTableCell(
                      level === view.highlight,
                      this.renderCell(row.cells[level], cellKey(row.id, level), view, locale, strings),
                    ),
                  )}
                </tr>
              `,
            )}
            ${
              notes
                ? html`<tr>
                    <th scope="row" part="row-header" class="row-header">${strings.notesRow}</th>
                    ${view.levels.map((level) =>
                      this.renderTableCell(level === view.highlight, this.renderNotes(view, level, locale, strings)),
                    )}
                  </tr>`
                : nothing
            }
            ${
              ctas
                ? html`<tr class="cta-row">
                    <th scope="row" part="row-header" class="row-header">${strings.nextStepRow}</th>
                    ${view.levels.map((level) =>
                      this.renderTableCell(level === view.highlight, this.renderCtas(view, level, locale, strings)),
                    )}
                  </tr>`
                : nothing
            }
          </tbody>
        </table>
      </div>
    `;
  }

  private renderTableCell(highlighted: boolean, content: unknown) {
    return html`<td part=${highlighted ? 'cell highlighted highlight' : 'cell'} class=${highlighted ? 'cell highlight' : 'cell'}>
      ${content}
    </td>`;
  }

  private renderCards(view: ComparisonView, locale: Locale, strings: ComparisonStrings) {
    const heading = headingTag(this.sectionHeadingLevel, 3);
    return html`
      <ul class="cards" role="list" aria-labelledby="title">
        ${view.levels.map((level) => {
          const highlighted = level === view.highlight;
          const notes = this.renderNotes(view, level, locale, strings);
          const ctas = this.renderCtas(view, level, locale, strings);
          return html`
            <li
              part=${highlighted ? 'card highlighted highlight' : 'card'}
              class=${highlighted ? 'card highlight' : 'card'}
              data-level=${level}
            >
              ${staticHtml`<${heading} class="card-heading">${this.renderLevelName(level, view, locale, strings)}</${heading}>`}
              ${this.renderFacts(view.rows.slice(0, cardSummaryRowCount), level, view, locale, strings)}
              ${
                view.rows.length > cardSummaryRowCount || notes !== nothing
                  ? html`<details part="more" class="more" ?open=${highlighted}>
                      <summary>${strings.moreFacts(levels[level].shortName[locale])}</summary>
                      ${this.renderFacts(view.rows.slice(cardSummaryRowCount), level, view, locale, strings, notes)}
                    </details>`
                  : nothing
              }
              ${ctas === nothing ? nothing : html`<div class="card-cta">${ctas}</div>`}
            </li>
          `;
        })}
      </ul>
    `;
  }

  private renderFacts(
    rows: readonly ComparisonRow[],
    level: LevelId,
    view: ComparisonView,
    locale: Locale,
    strings: ComparisonStrings,
    notes: ReturnType<CareComparison['renderNotes']> | typeof nothing = nothing,
  ) {
    return html`<dl class="facts">
      ${rows.map(
        (row) => html`
          <div class="fact">
            <dt>${this.renderText(labelKey(row.id, level), row.label[locale])}</dt>
            <dd part="cell">${this.renderCell(row.cells[level], cellKey(row.id, level), view, locale, strings)}</dd>
          </div>
        `,
      )}
      ${
        notes === nothing
          ? nothing
          : html`<div class="fact">
              <dt>${strings.notesRow}</dt>
              <dd part="cell">${notes}</dd>
            </div>`
      }
    </dl>`;
  }

  private renderLevelName(level: LevelId, view: ComparisonView, locale: Locale, strings: ComparisonStrings) {
    const data = levels[level];
    return html`
      <span class="level-name"><care-term term=${levelTerms[level]} lang=${locale} theme=${this.validTheme ?? nothing}>${data.shortName[locale]}</care-term></span>
      <span class="level-long">${data.longName[locale]}</span>
      ${level === view.highlight ? html`<span part="badge" class="badge">${strings.highlightBadge}</span>` : nothing}
      ${
        level === view.suggested
          ? html`<span part="badge suggested-badge" class="badge suggested">${strings.suggestedBadge}</span>`
          : nothing
      }
    `;
  }

  /**
   * A piece of text with the mentions `explainFirstMentions` chose wrapped in `<care-term>`, which explains them; as
   * plain text when it was not planned.
   */
  private renderText(key: string, text: string) {
    const segments = this.shown?.text.get(key);
    const locale = this.shown?.locale;
    if (!segments) return text;
    return segments.map((segment) =>
      segment.term ? html`<care-term term=${segment.term} lang=${locale}>${segment.text}</care-term>` : segment.text,
    );
  }

  private renderCell(
    cell: ComparisonCell | undefined,
    key: string,
    view: ComparisonView,
    locale: Locale,
    strings: ComparisonStrings,
  ) {
    if (!cell) {
      return html`<span aria-hidden="true">—</span><span class="visually-hidden">${strings.noInformation}</span>`;
    }
    const numbers = [...new Set(cell.sources.map((source) => view.sourceNumbers.get(source) ?? 0))]
      .filter((number) => number > 0)
      .sort((a, b) => a - b);
    return html`${this.renderText(key, cell.text[locale])}${
      numbers.length > 0
        ? html`<span class="references"
            ><span class="visually-hidden"> (${strings.sourceReferences(numbers)})</span
            ><sup aria-hidden="true">${numbers.join(',\u2009')}</sup></span
          >`
        : nothing
    }`;
  }

  private hasNotes(view: ComparisonView): boolean {
    return view.levels.some((level) => view.config.programs[level]?.notes);
  }

  private renderNotes(view: ComparisonView, level: LevelId, locale: Locale, strings: ComparisonStrings) {
    if (!this.hasNotes(view)) return nothing;
    const notes = view.config.programs[level]?.notes;
    return notes ? this.renderText(notesKey(level), notes[locale]) : this.renderCell(undefined, '', view, locale, strings);
  }

  private hasCtas(view: ComparisonView, locale: Locale, strings: ComparisonStrings): boolean {
    return view.levels.some((level) => this.ctaLinks(view.config, level, locale, strings).length > 0);
  }

  /** The level's own phone and link, else the center's: a `tel:` link and an http(s) or mailto link, never more. */
  private ctaLinks(config: CareConfig, level: LevelId, locale: Locale, strings: ComparisonStrings): CtaLink[] {
    const { call, link } = centerLinks(config, level);
    const links: CtaLink[] = [];
    if (call) links.push({ action: 'call', href: call.href, text: strings.call(call.phone) });
    if (link) links.push({ action: 'link', href: link.href, text: link.label?.[locale] ?? strings.defaultLinkLabel });
    return links;
  }

  private renderCtas(view: ComparisonView, level: LevelId, locale: Locale, strings: ComparisonStrings) {
    if (!this.hasCtas(view, locale, strings)) return nothing;
    const links = this.ctaLinks(view.config, level, locale, strings);
    if (links.length === 0) return this.renderCell(undefined, '', view, locale, strings);
    return html`<div class="ctas" data-level=${level}>
      ${links.map(
        (link) =>
          html`<a
            part="cta"
            class=${link.action === 'call' ? 'cta call' : 'cta link'}
            data-action=${link.action}
            href=${link.href}
            @click=${(event: MouseEvent) => dispatchCta(this, event, { level, action: link.action, href: link.href })}
            >${link.text}</a
          >`,
      )}
    </div>`;
  }

  private renderSources(view: ComparisonView, strings: ComparisonStrings) {
    if (view.sourceNumbers.size === 0) return nothing;
    const heading = headingTag(this.sectionHeadingLevel, 3);
    return html`
      <div part="sources" class="sources">
        ${staticHtml`<${heading} class="sources-heading">${strings.sourcesHeading}</${heading}>`}
        <ol class="source-list">
          ${[...view.sourceNumbers.keys()].map((id) => {
            const source = sources[id];
            const sourceLanguage = source.language ?? 'en';
            const lang = sourceLanguage === this.shown?.locale ? nothing : sourceLanguage;
            const title = isSafeUrl(source.url)
              ? html`<a href=${source.url} lang=${lang}>${source.title}</a>`
              : html`<span lang=${lang}>${source.title}</span>`;
            return html`<li>
              ${title}. <span lang=${lang}>${source.publisher}</span>,
              ${source.undated ? strings.checked(source.year) : source.year}.
            </li>`;
          })}
        </ol>
      </div>
    `;
  }
}
