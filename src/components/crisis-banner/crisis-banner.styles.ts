import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
  }

  .banner {
    background: var(--_danger-surface);
    color: var(--_text);
    border: 1px solid var(--_danger);
    border-inline-start-width: 0.375rem;
    border-radius: var(--_radius);
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

  .link {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }

  .link.primary {
    background: var(--_danger);
    color: var(--_danger-surface);
  }

  .link:hover {
    text-decoration-thickness: 0.15em;
  }

  /* The main calls keep standing out once forced colours drop their red fill: filled with the link colour. */
  @media (forced-colors: active) {
    .link.primary {
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

  .compact .link {
    min-height: 44px;
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

    .four-links .link {
      padding-inline: 0.5rem;
      text-align: center;
    }
  }
`;
