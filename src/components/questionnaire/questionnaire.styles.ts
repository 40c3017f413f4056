import { css } from 'lit';
import { controlStyles } from '../../internal/controls.styles.js';
import { alertBox, surfaceBox } from '../../internal/theme.styles.js';

export const styles = [
  controlStyles,
  css`
  :host {
    display: block;
    max-width: 46rem;
    container-type: inline-size;
  }

  .screen {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    ${surfaceBox}
  }

  p {
    margin: 0;
    max-width: 65ch;
  }

  .heading,
  .section-heading {
    margin: 0;
    line-height: 1.25;
  }

  .heading {
    font-size: 1.375em;
  }

  .heading:focus {
    outline: none;
  }

  .heading:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 4px;
  }

  .section-heading {
    font-size: 1.125em;
    margin-top: calc(var(--_space) * 0.5);
  }

  .muted {
    color: var(--_text-muted);
  }

  /* Question */

  .form {
    margin: 0;
  }

  .back {
    align-self: flex-start;
  }

  .bar {
    appearance: none;
    width: 100%;
    height: 0.375rem;
    border: 0;
    border-radius: 999px;
    background: var(--_surface-alt);
    overflow: hidden;
  }

  .bar::-webkit-progress-bar {
    background: var(--_surface-alt);
  }

  .bar::-webkit-progress-value {
    background: var(--_accent);
    border-radius: 999px;
  }

  .bar::-moz-progress-bar {
    background: var(--_accent);
    border-radius: 999px;
  }

  .question {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .legend {
    padding: 0;
    margin-bottom: calc(var(--_space) * 0.5);
  }

  .progress {
    display: block;
    margin-bottom: calc(var(--_space) * 0.375);
    color: var(--_text-muted);
    font-size: 0.875rem;
    font-weight: 600;
    letter-spacing: 0.02em;
  }

  .prompt {
    display: block;
  }

  .hint {
    color: var(--_text-muted);
  }

  .error {
    color: var(--_danger);
    font-weight: 600;
  }

  .error:empty {
    display: none;
  }

  .options {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
  }

  .option {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 0.75);
    min-height: 44px;
    padding: calc(var(--_space) * 0.75) var(--_space);
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .option:hover {
    border-color: var(--_accent);
  }

  .option:has(input:checked) {
    background: var(--_highlight);
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }

  .option:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .option input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.125rem 0 0;
    accent-color: var(--_accent);
  }

  .option input:focus-visible {
    outline: none;
  }

  .option-label {
    min-width: 0;
  }

  /* Buttons and links that look like buttons */

  /*
   * A pre-rendered questionnaire whose script has not run (JavaScript off, or still loading) is not defined: its
   * Start button would do nothing, so it shows the center's links instead.
   */
  .without-script,
  :host(:not(:defined)) .intro .actions {
    display: none;
  }

  :host(:not(:defined)) .without-script {
    display: block;
  }

  .actions,
  .cta-row {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }

  /*
   * The result's four buttons wrap two by two and grow to fill their row, never three and one left alone ("Start
   * over" on a row of its own read as a stray). Where a pair is wider than the row, its words wrap inside the
   * buttons instead.
   */
  .action-pair {
    display: flex;
    flex: 1 1 auto;
    gap: calc(var(--_space) * 0.5);
  }

  .action-pair > .button {
    flex: 1 1 0;
    min-width: 0;
  }

  .back {
    border-color: transparent;
    background: transparent;
    padding-inline: 0.25rem;
    margin-inline-start: -0.25rem;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  /* Crisis */

  .crisis {
    border-color: var(--_danger);
  }

  .emergency {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger-surface);
    font-weight: 600;
  }

  .emergency p {
    flex: 1 1 16rem;
  }

  /* Result */

  .provisional,
  .not-offered,
  .note {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-inline-start: 0.25rem solid var(--_accent);
    background: var(--_surface-alt);
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }

  .not-offered {
    font-weight: 600;
  }

  .locator {
    display: block;
    margin-block-start: calc(var(--_space) * 0.5);
    font-weight: 400;
    color: var(--_accent);
  }

  .first-steps {
    padding: var(--_space);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }

  .first-steps .section-heading {
    margin-block-start: 0;
  }

  .then {
    margin-block-end: 0;
    font-weight: 700;
  }

  .quick-exit {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
    margin-block: var(--_space) 0;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .quick-exit p {
    flex: 1 1 16rem;
    margin: 0;
  }

  .print-only {
    display: none;
  }

  .crisis-line {
    margin-block: calc(var(--_space) * 1.25) 0;
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
    color: var(--_text-muted);
    font-size: 0.9375em;
  }

  .crisis-line a {
    color: var(--_danger);
    font-weight: 700;
    white-space: nowrap;
  }

  .reasons,
  .first-steps ol,
  .notes {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
  }

  .notes {
    padding: 0;
    list-style: none;
  }

  .facts {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
  }

  .facts div {
    display: grid;
    grid-template-columns: minmax(8rem, 12rem) 1fr;
    gap: calc(var(--_space) * 0.75);
  }

  .facts dt {
    font-weight: 600;
  }

  .facts dd {
    margin: 0;
  }

  .next-step {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }

  .next-step .section-heading {
    margin: 0;
  }

  .answers summary {
    padding-block: 0.625rem;
    font-weight: 600;
    cursor: pointer;
  }

  .answers ol {
    margin: 0;
    padding-inline-start: 1.5rem;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
  }

  .asked {
    display: block;
  }

  .asam {
    font-size: 0.875rem;
  }

  .config-error {
    margin-bottom: var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    ${alertBox}
  }

  @container (max-width: 30rem) {
    .screen {
      padding: var(--_space);
    }

    .facts div {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }

  @media (forced-colors: active) {
    .option:has(input:checked) {
      outline: 2px solid Highlight;
    }

    /* Forced colours paint every background as Canvas, which would leave an empty bar: draw it in system colours. */
    .bar {
      forced-color-adjust: none;
      height: 0.5rem;
      border: 1px solid CanvasText;
      background: Canvas;
    }

    .bar::-webkit-progress-bar {
      background: Canvas;
    }

    .bar::-webkit-progress-value {
      background: Highlight;
    }

    .bar::-moz-progress-bar {
      background: Highlight;
    }

    /* 988 and 911 keep standing out once their red is gone: filled with the link colour. */
    .crisis-line a {
      forced-color-adjust: none;
      padding-inline: 0.25em;
      border-radius: 0.25em;
      background: LinkText;
      color: Canvas;
    }
  }

  @media print {
    :host {
      --_text: #000;
      --_text-muted: #333;
      --_surface: #fff;
      --_surface-alt: #fff;
      --_border: #666;
      --_accent: #000;
      --_highlight: #fff;
      max-width: none;
    }

    .actions,
    .back,
    .bar,
    .quick-exit,
    .private,
    [role='status'] {
      display: none;
    }

    .print-only {
      display: block;
    }

    .answers summary {
      list-style: none;
    }
  }
`,
];
