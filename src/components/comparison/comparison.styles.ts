import { css } from 'lit';
import { alertBox, buttonShape, surfaceBox } from '../../internal/theme.styles.js';

/**
 * The narrowest the element can be, in rem, for `layout="auto"` to show the table of `levelCount` levels: the
 * table's min-width (`.columns-n` below) plus the padding of `.base`. Narrower, it shows cards.
 */
export function tableMinimumWidthRem(levelCount: number): number {
  if (levelCount >= 4) return 55;
  return levelCount === 3 ? 45 : 37.5;
}

export const styles = css`
  :host {
    display: block;
    /* The layout follows the element's own width, so the same markup works in a main column and in a sidebar. */
    container-type: inline-size;
    --_column-highlight: var(--care-comparison-highlight, var(--_highlight));
  }

  .base {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    ${surfaceBox}
  }

  @container (max-width: 30rem) {
    .base {
      padding: calc(var(--_space) * 0.75);
    }
  }

  p {
    margin: 0;
  }

  /* Views */

  .table-view,
  .cards-view {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }

  /*
   * layout="auto" renders both views and shows one by the element's own width: the table where its columns fit
   * (tableMinimumWidthRem), else the cards. In CSS rather than script, so the markup is
   * the same at any width and a server-rendered comparison is right before hydration. display: none keeps the
   * hidden view out of the tab order and the accessibility tree.
   */
  .layout-auto > .table-view {
    display: none;
  }

  @container (min-width: ${tableMinimumWidthRem(2)}rem) {
    .layout-auto:not(.levels-3, .levels-4) > .table-view {
      display: flex;
    }

    .layout-auto:not(.levels-3, .levels-4) > .cards-view {
      display: none;
    }
  }

  @container (min-width: ${tableMinimumWidthRem(3)}rem) {
    .layout-auto.levels-3 > .table-view {
      display: flex;
    }

    .layout-auto.levels-3 > .cards-view {
      display: none;
    }
  }

  @container (min-width: ${tableMinimumWidthRem(4)}rem) {
    .layout-auto.levels-4 > .table-view {
      display: flex;
    }

    .layout-auto.levels-4 > .cards-view {
      display: none;
    }
  }

  /* Title and note */

  .intro {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.25);
  }

  .title {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }

  .note {
    color: var(--_text-muted);
    font-size: 0.9375em;
    max-width: 70ch;
  }

  /* Table */

  /* Positioned, so the visually hidden text in its cells scrolls and clips with the table instead of widening the page. */
  .scroller {
    position: relative;
    overflow-x: auto;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  table {
    width: 100%;
    /* Equal level columns, so no level looks more important than another by its width. */
    table-layout: fixed;
    border-collapse: separate;
    border-spacing: 0;
    font-size: 0.9375em;
  }

  /* Room for every column to stay readable; a narrower region scrolls sideways inside itself. */
  .columns-1 {
    min-width: 22rem;
  }

  .columns-2 {
    min-width: 32rem;
  }

  .columns-3 {
    min-width: 42rem;
  }

  .columns-4 {
    min-width: 52rem;
  }

  .caption {
    height: 1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  th,
  td {
    padding: calc(var(--_space) * 0.75) var(--_space);
    text-align: start;
    vertical-align: top;
    border-top: 1px solid var(--_border);
  }

  thead th,
  thead td {
    border-top: 0;
    background: var(--_surface-alt);
    border-bottom: 2px solid var(--_border);
  }

  tbody tr:first-child > * {
    border-top: 0;
  }

  .corner,
  .row-header {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    width: 10rem;
    background: var(--_surface-alt);
    border-inline-end: 1px solid var(--_border);
  }

  .row-header {
    font-weight: 600;
    line-height: 1.35;
  }

  .level {
    border-top: 4px solid transparent;
  }

  .level.highlight {
    border-top-color: var(--_accent);
    background: var(--_column-highlight);
  }

  .cell.highlight {
    background: var(--_column-highlight);
  }

  .level-name {
    display: block;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }

  .level-long {
    display: block;
    margin-top: 0.125rem;
    color: var(--_text-muted);
    font-size: 0.875em;
    font-weight: normal;
    line-height: 1.35;
  }

  .badge {
    display: inline-block;
    margin-top: calc(var(--_space) * 0.5);
    padding: 0.125rem 0.625rem;
    border: 1px solid transparent;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-size: 0.8125em;
    font-weight: 700;
    line-height: 1.5;
  }

  .references {
    white-space: nowrap;
  }

  sup {
    margin-inline-start: 0.125em;
    color: var(--_text-muted);
    font-size: 0.75em;
    line-height: 0;
  }

  /* Cards */

  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    min-width: 0;
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-top: 4px solid var(--_border);
    border-radius: var(--_radius);
  }

  .card.highlight {
    background: var(--_column-highlight);
    border-top-color: var(--_accent);
  }

  .card-heading {
    margin: 0;
    font-size: 1em;
    line-height: 1.3;
  }

  .badge.suggested {
    border-color: var(--_accent);
    background: var(--_surface);
    color: var(--_text);
  }

  .badge + .badge {
    margin-inline-start: calc(var(--_space) * 0.375);
  }

  .card-heading .badge {
    margin-top: calc(var(--_space) * 0.375);
  }

  .facts {
    margin: 0;
  }

  .more > summary,
  .sources-summary {
    padding: calc(var(--_space) * 0.625) 0;
    border-top: 1px solid var(--_border);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }

  .sources-summary {
    border-top: 0;
    font-size: calc(1em / 0.875);
  }

  .more > summary:focus-visible,
  .sources-summary:focus-visible {
    border-radius: 2px;
  }

  .fact {
    padding: calc(var(--_space) * 0.5) 0;
    border-top: 1px solid var(--_border);
  }

  dt {
    font-weight: 600;
    font-size: 0.875em;
    line-height: 1.35;
  }

  dd {
    margin: 0.125rem 0 0;
  }

  /* Calls to action */

  .ctas {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }

  /* Lighter than the other elements' buttons, as one sits in every column: accent text, underlined on hover. */
  .cta {
    ${buttonShape}
    padding-inline: 0.875rem;
    color: var(--_accent);
    line-height: 1.25;
    text-decoration: none;
  }

  .cta.call {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }

  .cta:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  /* Sources */

  .sources {
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  .sources-heading {
    margin: 0 0 calc(var(--_space) * 0.25);
    color: var(--_text);
    font-size: 1em;
  }

  .source-list {
    margin: 0;
    padding-inline-start: 1.75em;
  }

  .source-list li + li {
    margin-top: 0.25rem;
  }

  .sources a {
    color: var(--_accent);
  }

  /* Configuration message */

  .error {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space);
    ${alertBox}
    border-inline-start-width: 4px;
  }

  .error-list {
    margin: 0;
    padding-inline-start: 1.25em;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.875em;
  }

  @media (forced-colors: active) {
    .level.highlight {
      border: 3px solid CanvasText;
    }

    .cell.highlight,
    .card.highlight {
      border-inline: 3px solid CanvasText;
    }

    .card.highlight {
      border: 3px solid CanvasText;
    }

    .badge {
      border-color: CanvasText;
    }

    .cta {
      border-color: LinkText;
    }
  }
`;
