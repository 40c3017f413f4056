import { css } from 'lit';
import { readableText } from '../../internal/theme.styles.js';

export const styles = css`
  /*
   * The term is a word in someone else's sentence: it takes the page's font, size, line height and colour, so it
   * never changes the line it sits on. Only the tooltip uses the library's own type settings.
   */
  :host {
    --_arrow-size: 0.625rem;

    display: inline;
    color: inherit;
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    text-transform: inherit;
    white-space: inherit;
    overflow-wrap: inherit;
  }

  /* A native button, dressed as the words around it: same font, size, colour and line; only the underline shows. */
  [part~='trigger'] {
    display: inline;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    line-height: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    text-align: inherit;
    text-transform: inherit;
    text-indent: 0;
    white-space: inherit;
    overflow-wrap: inherit;
    vertical-align: baseline;
    -webkit-appearance: none;
    appearance: none;
    text-decoration-line: underline;
    text-decoration-style: dotted;
    text-decoration-thickness: max(1px, 0.08em);
    text-underline-offset: 0.2em;
    border-radius: 2px;
    cursor: help;
  }

  [part='tooltip'] {
    /* Reset what the Popover API's user-agent styles add (centred in the viewport, a scroll box, Canvas colours). */
    position: fixed;
    inset: auto;
    left: 0;
    top: 0;
    margin: 0;
    width: max-content;
    max-width: min(20rem, calc(100vw - 16px));
    height: auto;
    overflow: visible;
    /* Only matters where the Popover API is missing and the tooltip cannot go to the top layer. */
    z-index: 2147483647;

    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.25);

    ${readableText}
    cursor: auto;
  }

  [part='tooltip']:not(.open) {
    display: none;
  }

  .expansion {
    display: block;
    margin-block-end: 0.25em;
    font-weight: bold;
  }

  .definition {
    display: block;
  }

  [part='arrow'] {
    position: absolute;
    width: var(--_arrow-size);
    height: var(--_arrow-size);
    background: var(--_surface);
    border: 0 solid var(--_border);
    transform: rotate(45deg);
  }

  /* The arrow sits on the side facing the term, over the tooltip's border so the two join without a seam. */
  [data-placement^='top'] [part='arrow'] {
    bottom: calc(var(--_arrow-size) / -2 - 1px);
    border-width: 0 1px 1px 0;
  }

  [data-placement^='bottom'] [part='arrow'] {
    top: calc(var(--_arrow-size) / -2 - 1px);
    border-width: 1px 0 0 1px;
  }

  /* Forced colours draw the underline in the text's own colour, so the term stays marked. */
  @media (forced-colors: active) {
    [part='tooltip'],
    [part='arrow'] {
      border-color: CanvasText;
    }
  }
`;
