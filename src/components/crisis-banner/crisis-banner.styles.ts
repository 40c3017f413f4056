import { css } from 'lit';
import { controlStyles } from '../../internal/controls.styles.js';
import { alertBox } from '../../internal/theme.styles.js';

export const styles = [
  controlStyles,
  css`
  :host {
    display: block;
    container-type: inline-size;
  }

  .banner {
    ${alertBox}
    border-inline-start-width: 0.375rem;
  }

  .full {
    padding: calc(var(--_space) * 1.25);
  }

  .heading {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: 1.375em;
    line-height: 1.25;
  }

  .services {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .service {
    padding-block: calc(var(--_space) * 0.75);
  }

  .service + .service {
    border-top: 1px solid var(--_border);
  }

  .service-name {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }

  .description,
  .option p {
    margin: calc(var(--_space) * 0.25) 0 calc(var(--_space) * 0.5);
    max-width: 65ch;
  }

  .option {
    margin-top: calc(var(--_space) * 0.5);
  }

  .contacts {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }

  /*
   * Outlined in the danger colour too, a wrapped label aligned to the start; hovering thickens the underline instead
   * of tinting the link with the accent.
   */
  .button {
    padding-inline: 1rem;
    border-color: var(--_danger);
    text-align: start;
  }

  .button:hover {
    text-decoration-thickness: 0.15em;
  }

  .button:not(.danger):hover {
    background: var(--_surface);
  }

  /* The main calls keep standing out once forced colours drop their red fill: filled with the link colour. */
  @media (forced-colors: active) {
    .button.danger {
      forced-color-adjust: none;
      border-color: LinkText;
      background: LinkText;
      color: Canvas;
    }
  }

  .compact {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
  }

  .compact .button {
    padding: 0.25rem 0.75rem;
  }

  .lead {
    font-weight: 700;
  }

  .group {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
  }

  /*
   * The Spanish strip has four links (its text option is already Spanish, so no "En español" group). Where they do
   * not fit one line, they form two rows of two beside the lead, their words wrapping inside each link, instead of
   * four ragged rows. "Emergencia:" is then read, not shown: the link itself says "Llamar al 911".
   */
  @container (max-width: 40rem) {
    .compact.four-links {
      display: grid;
      grid-template-columns: auto repeat(2, minmax(0, 1fr));
      align-items: stretch;
    }

    .four-links .lead {
      grid-row: span 2;
      align-self: center;
    }

    .four-links .group {
      display: contents;
    }

    .four-links .group-label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    .four-links .button {
      padding-inline: 0.5rem;
      text-align: center;
    }
  }
`,
];
