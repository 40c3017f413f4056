/**
 * The markup of `<care-comparison>`: pure functions of the view (comparison-view.ts) that read nothing from the
 * page, so a server renders the same markup as the browser.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { html as staticHtml } from 'lit/static-html.js';
import type { CareTheme } from '../../internal/care-element.js';
import type { CareCtaDetail } from '../../internal/cta.js';
import { headingTag } from '../../internal/heading-tag.js';
import { keepPhoneNumbersWhole } from '../../internal/phone-number.js';
import type { LevelId } from '../../data/level-id.js';
import { levels } from '../../data/levels.js';
import { formatList } from '../../data/format-list.js';
import type { Locale } from '../../data/locale.js';
import { comparisonSource } from '../../data/comparison-sources.js';
import type { ConfigError } from '../../config/types.js';
import { isSafeUrl } from '../../config/urls.js';
import type { ComparisonCell, ComparisonRow } from './comparison-rows.js';
import type { ComparisonStrings } from './comparison.strings.js';
import {
  cellKey,
  cellSourceNumbers,
  labelKey,
  levelTerms,
  notesKey,
  type ComparisonView,
  type ShownView,
} from './comparison-view.js';
import type { TextSegment } from './glossary-text.js';

/** Shown instead of a long list: the console has the rest. */
const shownErrorCount = 5;

/**
 * A card shows the first rows (by default where the person sleeps, the hours, the schedule and how long it lasts)
 * and keeps the rest behind "More about …": four cards of twelve facts are about 9,000 px on a phone.
 */
const cardSummaryRowCount = 4;

/** The explained text of each rendered view (`explainFirstMentions`), by the keys of comparison-view.ts. */
export type ExplainedText = { readonly [V in ShownView]?: ReadonlyMap<string, readonly TextSegment[]> };

/** Everything the templates draw from, worked out before the render. */
export interface ComparisonTemplateContext {
  readonly view: ComparisonView;
  readonly locale: Locale;
  readonly strings: ComparisonStrings;
  /** The `lang` of the content when it differs from the one it inherits (see `CareElement.contentLang`). */
  readonly contentLang: string | undefined;
  readonly text: ExplainedText;
  /** How many rows each view shows while the first render is still adding them a group at a time; else all. */
  readonly rowCounts?: { readonly [V in ShownView]?: number };
  readonly theme: CareTheme | undefined;
  /** The level of the cards' and sources' headings; the title is one above. */
  readonly headingLevel: number;
  /** A ref callback for the table's scrolling region. */
  readonly observeScroller: (scroller?: Element) => void;
  /** Called when the person follows a call or link, before the browser does. */
  readonly onCta: (event: MouseEvent, detail: CareCtaDetail) => void;
}

/** The context of one view: its own explained text, as each view explains a term where it first shows it. */
interface ViewContext extends Omit<ComparisonTemplateContext, 'text'> {
  readonly shown: ShownView;
  readonly text: ReadonlyMap<string, readonly TextSegment[]>;
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

/** The control a `focusKeyOf` key names in `view`, the view now shown. */
function focusTarget(view: ParentNode, key: string): HTMLElement | null {
  const [kind, level = '', action = ''] = key.split(' ');
  if (kind === 'term') return view.querySelector<HTMLElement>(`care-term[term="${CSS.escape(level)}"]`);
  if (kind === 'cta') {
    return view.querySelector<HTMLElement>(`[data-level="${CSS.escape(level)}"] a[data-action="${CSS.escape(action)}"]`);
  }
  if (kind === 'more') return view.querySelector<HTMLElement>(`[data-level="${CSS.escape(level)}"] summary`);
  return null;
}

/** How focus finds the same control in the other view: the keys of the markup below. */
export const comparisonFocusKeys = { keyOf: focusKeyOf, find: focusTarget };

type Content = TemplateResult | string | typeof nothing | readonly (TemplateResult | string)[];

export function errorsTemplate(
  errors: readonly ConfigError[],
  strings: ComparisonStrings,
  contentLang: string | undefined,
): TemplateResult {
  const hidden = errors.length - shownErrorCount;
  return html`
    <div part="base" class="base" lang=${contentLang ?? nothing}>
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

/**
 * With `layout="auto"` both views are rendered and a container query in comparison.styles.ts shows one by the
 * element's width: the markup is the same at any width, so a server renders what the browser shows and hydration
 * moves nothing. The hidden view is `display: none`, out of the tab order and the accessibility tree.
 */
export function comparisonTemplate(context: ComparisonTemplateContext): TemplateResult {
  const { strings, view } = context;
  const title = headingTag(context.headingLevel - 1, 2);
  return html`
    <div part="base" class="base layout-${view.layout} levels-${view.levels.length}" lang=${context.contentLang ?? nothing}>
      <div part="caption" class="intro">
        ${staticHtml`<${title} id="title" class="title" tabindex="-1">${strings.caption}</${title}>`}
        <p class="note">${strings.captionNote}</p>
      </div>
      ${context.text.table ? html`<div class="table-view">${viewTemplate(context, 'table', tableTemplate)}</div>` : nothing}
      ${context.text.cards ? html`<div class="cards-view">${viewTemplate(context, 'cards', cardsTemplate)}</div>` : nothing}
    </div>
  `;
}

/**
 * One view and its sources, with the rows it shows so far; nothing while it shows none, as the view a first render
 * fills second does at first. The sources, below the rows, come with the last of them: a first render's first task
 * on a phone then holds only what shows first.
 */
function viewTemplate(
  context: ComparisonTemplateContext,
  shown: ShownView,
  template: (context: ViewContext) => TemplateResult,
): TemplateResult | typeof nothing {
  const { view } = context;
  const count = context.rowCounts?.[shown] ?? view.rows.length;
  if (count === 0 && view.rows.length > 0) return nothing;
  const viewContext: ViewContext = { ...context, shown, text: context.text[shown]! };
  if (count >= view.rows.length) return html`${template(viewContext)}${sourcesTemplate(viewContext)}`;
  return template({ ...viewContext, view: { ...view, rows: view.rows.slice(0, count) } });
}

function tableTemplate(context: ViewContext) {
  const { view, locale, strings } = context;
  return html`
    <div part="scroller" class="scroller" ${ref(context.observeScroller)}>
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
                ${levelNameTemplate(context, level)}
              </th>`;
            })}
          </tr>
        </thead>
        <tbody>
          ${view.rows.map(
            (row) => html`
              <tr>
                <th scope="row" part="row-header" class="row-header">
                  ${explainedText(context, labelKey(row.id), row.label[locale])}
                </th>
                ${view.levels.map((level) =>
                  tableCellTemplate(level === view.highlight, cellTemplate(context, row.cells[level], cellKey(row.id, level))),
                )}
              </tr>
            `,
          )}
          ${
            view.hasNotes
              ? html`<tr>
                  <th scope="row" part="row-header" class="row-header">${strings.notesRow}</th>
                  ${view.levels.map((level) => tableCellTemplate(level === view.highlight, notesTemplate(context, level)))}
                </tr>`
              : nothing
          }
          ${
            view.hasCtas
              ? html`<tr class="cta-row">
                  <th scope="row" part="row-header" class="row-header">${strings.nextStepRow}</th>
                  ${view.levels.map((level) => tableCellTemplate(level === view.highlight, ctasTemplate(context, level)))}
                </tr>`
              : nothing
          }
        </tbody>
      </table>
    </div>
  `;
}

function tableCellTemplate(highlighted: boolean, content: Content) {
  return html`<td part=${highlighted ? 'cell highlighted highlight' : 'cell'} class=${highlighted ? 'cell highlight' : 'cell'}>
    ${content}
  </td>`;
}

function cardsTemplate(context: ViewContext) {
  const { view, locale, strings } = context;
  const heading = headingTag(context.headingLevel, 3);
  return html`
    <ul class="cards" role="list" aria-labelledby="title">
      ${view.levels.map((level) => {
        const highlighted = level === view.highlight;
        const notes = notesTemplate(context, level);
        // A card without a call or link ends with its facts: the table's "—" would stand alone at its foot.
        const ctas = (view.ctas[level]?.length ?? 0) > 0 ? ctasTemplate(context, level) : nothing;
        return html`
          <li
            part=${highlighted ? 'card highlighted highlight' : 'card'}
            class=${highlighted ? 'card highlight' : 'card'}
            data-level=${level}
          >
            ${staticHtml`<${heading} class="card-heading">${levelNameTemplate(context, level)}</${heading}>`}
            ${factsTemplate(context, view.rows.slice(0, cardSummaryRowCount), level)}
            ${
              view.rows.length > cardSummaryRowCount || notes !== nothing
                ? html`<details part="more" class="more" ?open=${highlighted} data-print-open>
                    <summary>${strings.moreFacts(levels[level].shortName[locale])}</summary>
                    ${factsTemplate(context, view.rows.slice(cardSummaryRowCount), level, notes)}
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

function factsTemplate(
  context: ViewContext,
  rows: readonly ComparisonRow[],
  level: LevelId,
  notes: Content = nothing,
) {
  const { locale, strings } = context;
  return html`<dl class="facts">
    ${rows.map(
      (row) => html`
        <div class="fact">
          <dt>${explainedText(context, labelKey(row.id, level), row.label[locale])}</dt>
          <dd part="cell">${cellTemplate(context, row.cells[level], cellKey(row.id, level))}</dd>
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

function levelNameTemplate({ view, locale, strings, theme }: ViewContext, level: LevelId) {
  const data = levels[level];
  return html`
    <span class="level-name"><care-term term=${levelTerms[level]} lang=${locale} theme=${theme ?? nothing}>${data.shortName[locale]}</care-term></span>
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
function explainedText({ text: explained, locale }: ViewContext, key: string, text: string): Content {
  const segments = explained.get(key);
  if (!segments) return keepPhoneNumbersWhole(text);
  const content: (TemplateResult | string)[] = [];
  for (let index = 0; index < segments.length; index += 1) {
    const { term, text: words } = segments[index];
    if (!term) {
      content.push(keepPhoneNumbersWhole(words));
      continue;
    }
    const punctuation = segments[index + 1]?.text.match(leadingPunctuation)?.[0] ?? '';
    content.push(html`<care-term term=${term} lang=${locale}>${words}${punctuation}</care-term>`);
    if (punctuation) {
      content.push(keepPhoneNumbersWhole(segments[index + 1].text.slice(punctuation.length)));
      index += 1;
    }
  }
  return content;
}

/**
 * Punctuation right after a term goes inside it. A term is a button, an atomic inline: one that wraps inside itself
 * is as wide as the line, so a "." after it had no room and wrapped onto a line of its own ("medication for
 * addiction" then "."). Inside the button, it wraps with the last word.
 */
const leadingPunctuation = /^[.,;:!?)\]»”’]+/;

function cellTemplate(context: ViewContext, cell: ComparisonCell | undefined, key: string) {
  const { strings, locale } = context;
  if (!cell) {
    return html`<span aria-hidden="true">—</span><span class="visually-hidden">${strings.noInformation}</span>`;
  }
  const numbers = cellSourceNumbers(context.view, cell.sources);
  return html`${explainedText(context, key, cell.text[locale])}${
    numbers.length > 0
      ? html`<span class="references"
          ><span class="visually-hidden"> (${strings.sourceReferences(
            numbers.length,
            formatList(locale, numbers.map(String)),
          )})</span
          ><sup aria-hidden="true">${numbers.join(',\u2009')}</sup></span
        >`
      : nothing
  }`;
}

function notesTemplate(context: ViewContext, level: LevelId): Content {
  const { view } = context;
  if (!view.hasNotes) return nothing;
  const notes = view.config.programs[level]?.notes;
  return notes ? explainedText(context, notesKey(level), notes[context.locale]) : cellTemplate(context, undefined, '');
}

function ctasTemplate(context: ViewContext, level: LevelId): Content {
  const { view } = context;
  if (!view.hasCtas) return nothing;
  const links = view.ctas[level] ?? [];
  if (links.length === 0) return cellTemplate(context, undefined, '');
  return html`<div class="ctas" data-level=${level}>
    ${links.map(
      (link) =>
        html`<a
          part="cta"
          class=${link.action === 'call' ? 'cta call' : 'cta link'}
          data-action=${link.action}
          href=${link.href}
          @click=${(event: MouseEvent) => context.onCta(event, { level, action: link.action, href: link.href })}
          >${keepPhoneNumbersWhole(link.text)}</a
        >`,
    )}
  </div>`;
}

/**
 * The numbered sources. Beside the table they are a titled list; under the cards, on a phone, thirteen sources are
 * about 1,200 px before whatever follows, so they are a disclosure, "Sources (13)", that prints open.
 */
function sourcesTemplate({ view, strings, locale, headingLevel, shown }: ViewContext) {
  if (view.sourceNumbers.size === 0) return nothing;
  const list = html`<ol class="source-list">
    ${[...view.sourceNumbers.keys()].map((id) => {
      const source = comparisonSource(id);
      if (!source) return nothing;
      const sourceLanguage = source.language ?? 'en';
      const lang = sourceLanguage === locale ? nothing : sourceLanguage;
      const title = isSafeUrl(source.url)
        ? html`<a href=${source.url} lang=${lang}>${source.title}</a>`
        : html`<span lang=${lang}>${source.title}</span>`;
      return html`<li>
        ${title}. <span lang=${lang}>${source.publisher}</span>,
        ${source.undated ? strings.checked(source.year) : source.year}.
      </li>`;
    })}
  </ol>`;
  if (shown === 'cards') {
    return html`
      <details part="sources" class="sources sources-disclosure" data-print-open>
        <summary class="sources-summary">${strings.sourcesSummary(view.sourceNumbers.size)}</summary>
        ${list}
      </details>
    `;
  }
  const heading = headingTag(headingLevel, 3);
  return html`
    <div part="sources" class="sources">
      ${staticHtml`<${heading} class="sources-heading">${strings.sourcesHeading}</${heading}>`}
      ${list}
    </div>
  `;
}
