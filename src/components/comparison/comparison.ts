import { nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { CareSectionElement } from '../../internal/care-section-element.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { CareTerm } from '../term/term.js';
import {
  ConfigController,
  dispatchConfigError,
  logConfigErrors,
  type ConfigValue,
} from '../../internal/config-controller.js';
import {
  comparisonView,
  explainFirstMentions,
  readLevelsAttribute,
  type ComparisonLayout as ViewLayout,
  type ComparisonView,
  type ShownView,
} from './comparison-view.js';
import { dispatchCta, type CareCtaDetail } from '../../internal/cta.js';
import { FocusKeeperController } from '../../internal/focus-keeper-controller.js';
import { ProgressiveRenderController } from '../../internal/progressive-render-controller.js';
import { PrintOpenController } from '../../internal/print-open-controller.js';
import { ScrollRegionController } from '../../internal/scroll-region-controller.js';
import { warnOnce } from '../../internal/warn-once.js';
import type { LevelId } from '../../data/level-id.js';
import type { Locale } from '../../data/locale.js';
import type { CareConfigInput, ConfigError } from '../../config/types.js';
import type { AsamEdition } from '../../data/types.js';
import { comparisonStrings } from './comparison.strings.js';
import {
  comparisonFocusKeys,
  comparisonTemplate,
  errorsTemplate,
  type ExplainedText,
} from './comparison.templates.js';
import { styles, tableMinimumWidthRem } from './comparison.styles.js';

export type { CareConfigErrorDetail } from '../../internal/config-controller.js';
export type { CareCtaDetail } from '../../internal/cta.js';
/**
 * How the comparison lays itself out: by its own width (`auto`), always as a table, or always as cards. Declared
 * here, not re-exported: the JSX types import every re-exported type from the package root.
 */
export type ComparisonLayout = ViewLayout;

/**
 * An honest comparison of the four levels of care (inpatient or residential, PHP, IOP and outpatient), as a real
 * table: one column per level, one row per fact, every fact in plain language with numbered references to the
 * sources listed under it. Jargon in the headers and cells is wrapped in `<care-term>`, which explains it.
 *
 * It fits its container, not the window: where its columns do not fit (below about 880 px wide for four levels,
 * 720 px for three, 600 px for one or two: a phone, a sidebar) it shows one card per level instead, with the same
 * facts, so the page never scrolls sideways. A CSS container query chooses, not script: with `layout="auto"` the
 * shadow root holds both and shows one, so a server-rendered comparison is right at any width before its script runs
 * and hydrating it moves nothing. `layout="table"` keeps the table at any width (it then scrolls inside its own
 * focusable region, with the row headers fixed), `layout="cards"` always shows cards; each renders only its own view.
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
 * @cssprop [--care-color-text-dark=#e6edf3] - Body text, in the dark colour scheme.
 * @cssprop [--care-color-text-muted-dark=#b3c0cc] - The caption's note, long level names and the sources, in the dark colour scheme.
 * @cssprop [--care-color-surface-dark=#17202a] - The background of the table and cards, in the dark colour scheme.
 * @cssprop [--care-color-surface-alt-dark=#1f2b37] - The background of the headings, in the dark colour scheme.
 * @cssprop [--care-color-border-dark=#4a5a6a] - Rules between rows and around cards, in the dark colour scheme.
 * @cssprop [--care-color-accent-dark=#7fd1c7] - The highlighted level's top border and badge, and the links, in the dark colour scheme.
 * @cssprop [--care-color-accent-contrast-dark=#0b1a1c] - Text on the badge and on call buttons, in the dark colour scheme.
 * @cssprop [--care-color-highlight-dark=#1e3d3a] - The background of the highlighted level, in the dark colour scheme.
 * @cssprop [--care-color-danger-dark=#ffb4b0] - The border of the configuration message, in the dark colour scheme.
 * @cssprop [--care-color-danger-surface-dark=#3a1d1f] - The background of the configuration message, in the dark colour scheme.
 * @cssprop [--care-color-focus-dark=#8ab4f8] - The focus ring, in the dark colour scheme.
 * @cssprop [--care-radius=0.5rem] - Corner radius of the table, cards and buttons.
 * @cssprop [--care-space=1rem] - The base spacing unit.
 * @cssprop [--care-font-family=inherit] - The font; inherits the page's by default.
 * @cssprop [--care-font-size=max(1rem, 16px)] - The base font size.
 */
export class CareComparison extends CareSectionElement {
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
   * "Our program" badge that screen readers hear with the heading, and a highlight colour. Another value (from HTML)
   * is ignored, with a console warning.
   */
  @property({ reflect: true }) highlight?: LevelId;

  /**
   * The level a questionnaire suggested, which `<care-questionnaire comparison>` sets and clears: its column gets a
   * "Suggested for you" badge, which screen readers hear with the heading. It leaves `highlight` alone, so the
   * center's own program keeps its badge. Another value (from HTML) is ignored, with a console warning.
   */
  @property({ reflect: true }) suggested?: LevelId;

  /**
   * The center's configuration (see `CareConfigInput`): the `levels` it offers, its `programs` (phone, link, label,
   * notes, and its own hours, length and insurance per level), a `contact` for every level and `extraRows`. JSON in
   * the attribute, an object as a property, or JSON in a child `<script type="application/json">`.
   */
  @property() config?: string | CareConfigInput;

  /** Which edition of the ASAM Criteria the ASAM row follows: `3` or `4`. Overrides the configuration's `edition`. */
  @property({ type: Number }) edition?: AsamEdition;

  /**
   * `auto` shows the table where its columns fit (55rem, about 880 px, for four levels; 45rem for three; 37.5rem for
   * one or two) and one card per level below that, chosen by a container query on the element's own width;
   * `table` always shows the table (scrolling inside its own region when narrow); `cards` always shows cards.
   */
  @property({ reflect: true }) layout: ComparisonLayout = 'auto';

  private readonly configuration = new ConfigController(
    this,
    (): ConfigValue => this.config,
    'shows what to fix instead of the comparison',
  );
  /** The table's scrolling region: a tab stop only while it scrolls. */
  private readonly scrollRegion = new ScrollRegionController('caption', () => this.focusTitle());
  /**
   * A client-rendered first render adds the rows in groups, one per task, so no task renders the whole table and
   * its dozen terms: with `layout="auto"`, every row of the view the viewport says will show first, then, from the
   * next group on, the other view's. `updateComplete` resolves once every row is there.
   */
  private readonly rowGroups = new ProgressiveRenderController(this);
  constructor() {
    super();
    // Focus on the same control when the table and the cards switch.
    new FocusKeeperController(this, { ...comparisonFocusKeys, fallback: () => this.focusTitle() }, '.table-view, .cards-view');
    // The sources and the cards' "More about …", collapsed under the cards, print open.
    new PrintOpenController(this);
  }

  /** What the next render shows, worked out in `willUpdate()`: render itself reads no DOM and changes nothing. */
  private shown?: {
    readonly locale: Locale;
    readonly errors: readonly ConfigError[];
    readonly view?: ComparisonView;
    readonly text: ExplainedText;
  };

  /**
   * The view a client-rendered first render fills first. A viewport narrower than the table needs shows the cards
   * (the element is no wider); a wider one most likely the table. Counted in the browser's default rem, as a media
   * query counts, which reads no layout.
   */
  private firstView: ShownView = 'table';

  /** The `levels` attribute read: the levels to show instead of the configuration's, or what is wrong with it. */
  private levelsAttribute: { levels?: LevelId[]; errors: ConfigError[] } = { errors: [] };
  private reportedLevelsValue?: string;
  private pendingLevelsErrorEvent = false;

  private readonly followCta = (event: MouseEvent, detail: CareCtaDetail): void => dispatchCta(this, event, detail);

  override connectedCallback(): void {
    // Rows in groups only for a first render, and not over server-rendered content (a declarative shadow root),
    // which hydration must match in full.
    if (!this.hasUpdated && !this.shadowRoot) this.rowGroups.start();
    super.connectedCallback();
  }

  protected override get firstRenderComplete(): boolean {
    return this.rowGroups.complete;
  }

  /** Resolves once the element has rendered every row, not only the first group. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.rowGroups.nextGroup) {
      await this.rowGroups.nextGroup;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /**
   * Works out what to show before `render()`. Everything with an effect (console warnings, reading the language from
   * the page, choosing which mentions of a term to explain, noting the focused control) happens here or in
   * `updated()`, so `render()` is a pure function of this state. A server renderer calls `willUpdate()` and `render()`
   * only, so this is also where a server-rendered comparison gets its view.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const addingRows = this.rowGroups.beginUpdate();
    const shown = this.shown;
    if (addingRows && changed.size === 0 && shown?.locale === this.locale) return;
    if (changed.has('levels')) this.readLevels();
    // The configuration controller reads the configuration in its hostUpdate(), which Lit runs after willUpdate():
    // have it read now, so this update shows the configuration it was for. A second call does nothing. On a server
    // (not connected, no DOM to find a child script in) only a `config` attribute or property is read.
    if (this.isConnected || (this.config !== undefined && this.config !== null)) this.configuration.hostUpdate();
    const locale = this.locale;
    const errors = [...this.configuration.errors, ...this.levelsAttribute.errors];
    if (errors.length > 0) {
      this.shown = { locale, errors, text: {} };
    } else {
      const { view, warnings } = comparisonView({
        config: this.configuration.config,
        levels: this.levelsAttribute.levels,
        rows: this.rows,
        edition: this.edition,
        highlight: this.highlight,
        suggested: this.suggested,
        layout: this.layout,
        locale,
      });
      for (const warning of warnings) warnOnce(warning);
      if (!this.hasUpdated && !this.rowGroups.complete && view.layout === 'auto') {
        const tableFits = window.matchMedia(`(min-width: ${tableMinimumWidthRem(view.levels.length)}rem)`).matches;
        this.firstView = tableFits ? 'table' : 'cards';
      }
      const text = {
        table: view.layout === 'cards' ? undefined : explainFirstMentions(view, 'table', locale),
        cards: view.layout === 'table' ? undefined : explainFirstMentions(view, 'cards', locale),
      };
      this.shown = { locale, errors, view, text };
    }
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
    const shown = this.shown;
    const viewCount = (shown?.text.table ? 1 : 0) + (shown?.text.cards ? 1 : 0);
    const rowCount = shown?.view?.rows.length ?? 0;
    // The view filled first is complete before a group adds the other's rows.
    this.rowGroups.rendered(rowCount * viewCount, [rowCount]);
    if (!this.pendingLevelsErrorEvent) return;
    this.pendingLevelsErrorEvent = false;
    dispatchConfigError(this, { source: 'attribute', errors: this.levelsAttribute.errors });
  }

  /** While the first render adds rows in groups: every row of the first view, then the other's. */
  private rowCounts(rowCount: number, text: ExplainedText): { readonly [V in ShownView]?: number } | undefined {
    let left = this.rowGroups.limit;
    if (left === Infinity) return undefined;
    const order: ShownView[] = this.firstView === 'table' ? ['table', 'cards'] : ['cards', 'table'];
    const counts: { [V in ShownView]?: number } = {};
    for (const view of order.filter((candidate) => text[candidate])) {
      const count = Math.min(left, rowCount);
      counts[view] = count;
      left -= count;
    }
    return counts;
  }

  private focusTitle(): void {
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }

  /** The level of the cards' and sources' headings: `heading-level`, else one below the title the page gives. */
  private get sectionHeadingLevel(): number {
    return this.headingLevel ?? this.topHeadingLevel(undefined) + 1;
  }

  override render() {
    const shown = this.shown;
    if (!shown) return nothing;
    const strings = comparisonStrings[shown.locale];
    if (!shown.view) return errorsTemplate(shown.errors, strings, this.contentLang);
    return comparisonTemplate({
      view: shown.view,
      rowCounts: this.rowCounts(shown.view.rows.length, shown.text),
      locale: shown.locale,
      strings,
      contentLang: this.contentLang,
      text: shown.text,
      theme: this.validTheme,
      headingLevel: this.sectionHeadingLevel,
      observeScroller: this.scrollRegion.observeRegion,
      onCta: this.followCta,
    });
  }
}
