import { css } from 'lit';

const darkTokens = css`
  --_text: var(--care-color-text, #e6edf3);
  --_muted: var(--care-color-text-muted, #b3c0cc);
  --_surface: var(--care-color-surface, #17202a);
  --_surface-alt: var(--care-color-surface-alt, #1f2b37);
  --_border: var(--care-color-border, #4a5a6a);
  --_accent: var(--care-color-accent, #7fd1c7);
  --_accent-contrast: var(--care-color-accent-contrast, #0b1a1c);
  --_highlight: var(--care-color-highlight, #1e3d3a);
  --_danger: var(--care-color-danger, #ffb4b0);
  --_danger-surface: var(--care-color-danger-surface, #3a1d1f);
  --_focus: var(--care-color-focus, #8ab4f8);
  color-scheme: dark;
`;

/**
 * Text that stays readable whatever a theme sets on `body` (`white-space: nowrap`, a tiny `line-height`,
 * `text-transform`, a 62.5% font size), with the page's font family.
 */
export const readableText = css`
    font-family: var(--care-font-family, inherit);
    font-size: var(--care-font-size, max(1rem, 16px));
    font-weight: normal;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: break-word;
`;

/**
 * The design tokens every element shares, each a `--care-*` custom property a site can set from outside, plus the
 * resets that keep a hostile theme (`white-space: nowrap`, a tiny `line-height`, `text-transform`, a 62.5% font
 * size on `body`) from breaking layout. The font family is inherited on purpose: the widget should read like the
 * page it is on.
 *
 * Dark colours follow `prefers-color-scheme`, or are forced by `theme="dark"` / `theme="light"` on the element.
 */
export const themeStyles = css`
  :host {
    --_text: var(--care-color-text, #1d2733);
    --_muted: var(--care-color-text-muted, #4a5868);
    --_surface: var(--care-color-surface, #ffffff);
    --_surface-alt: var(--care-color-surface-alt, #f3f6f8);
    --_border: var(--care-color-border, #c9d3dc);
    --_accent: var(--care-color-accent, #0d5c63);
    --_accent-contrast: var(--care-color-accent-contrast, #ffffff);
    --_highlight: var(--care-color-highlight, #e3f2ef);
    --_danger: var(--care-color-danger, #a4262c);
    --_danger-surface: var(--care-color-danger-surface, #fdf0f0);
    --_focus: var(--care-color-focus, #1a5fb4);
    --_radius: var(--care-radius, 0.5rem);
    --_space: var(--care-space, 1rem);

    color: var(--_text);
    ${readableText}
    box-sizing: border-box;
    color-scheme: light;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }

  :host([theme='dark']) {
    ${darkTokens}
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }

  @media (forced-colors: active) {
    :host {
      --_accent: LinkText;
      --_border: CanvasText;
      --_focus: Highlight;
    }
  }

  /* keepPhoneNumbersWhole() (phone-number.ts): a phone number never wraps at its hyphens. */
  .phone-number {
    white-space: nowrap;
  }

  /* Read by screen readers, not shown. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
