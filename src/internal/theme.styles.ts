import { css, unsafeCSS } from 'lit';

/** One shared colour: its `--care-color-*` name (without the prefix) and its built-in light and dark values. */
export interface ColorToken {
  readonly name: string;
  readonly light: string;
  readonly dark: string;
}

/**
 * The shared colours. Each has two public custom properties: `--care-color-<name>` for the light scheme and
 * `--care-color-<name>-dark` for the dark one, so a site's light brand colours never land on a dark surface (a
 * `#0d5c63` link on `#17202a` is 2.14:1). Every built-in pair keeps WCAG AA contrast in its own scheme.
 */
export const colorTokens: readonly ColorToken[] = [
  { name: 'text', light: '#1d2733', dark: '#e6edf3' },
  { name: 'text-muted', light: '#4a5868', dark: '#b3c0cc' },
  { name: 'surface', light: '#ffffff', dark: '#17202a' },
  { name: 'surface-alt', light: '#f3f6f8', dark: '#1f2b37' },
  { name: 'border', light: '#c9d3dc', dark: '#4a5a6a' },
  { name: 'accent', light: '#0d5c63', dark: '#7fd1c7' },
  { name: 'accent-contrast', light: '#ffffff', dark: '#0b1a1c' },
  { name: 'highlight', light: '#e3f2ef', dark: '#1e3d3a' },
  { name: 'danger', light: '#a4262c', dark: '#ffb4b0' },
  { name: 'danger-surface', light: '#fdf0f0', dark: '#3a1d1f' },
  { name: 'focus', light: '#1a5fb4', dark: '#8ab4f8' },
];

const lightValue = ({ name, light }: ColorToken) => `var(--care-color-${name}, ${light})`;
const darkValue = ({ name, dark }: ColorToken) => `var(--care-color-${name}-dark, ${dark})`;

const declare = (value: (token: ColorToken) => string) =>
  unsafeCSS(colorTokens.map((token) => `--_${token.name}: ${value(token)};`).join('\n'));

const lightTokens = declare(lightValue);
const darkTokens = declare(darkValue);
const schemeTokens = declare((token) => `light-dark(${lightValue(token)}, ${darkValue(token)})`);

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
 * The box an element draws itself in: its own surface, so the text stays readable in either scheme whatever the
 * page's background.
 */
export const surfaceBox = css`
    padding: calc(var(--_space) * 1.25);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
`;

/** A box that needs attention: the crisis banner, a configuration message. */
export const alertBox = css`
    color: var(--_text);
    background: var(--_danger-surface);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
`;

/**
 * The shape of a button, or of a link drawn as one: a target of at least 44 × 44 CSS px (test/components/
 * target-size.test.ts), however small a theme sets the root font size, with its label centred. A label too wide
 * for it (a phone number in a narrow table column) starts at its start instead of overflowing both sides, where
 * the start would be cut off; browsers without `safe` centre it.
 */
export const buttonShape = css`
    display: inline-flex;
    align-items: center;
    justify-content: center;
    justify-content: safe center;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5rem 1.125rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 600;
`;

/**
 * The design tokens every element shares, each a `--care-*` custom property a site can set from outside, plus the
 * resets that keep a hostile theme (`white-space: nowrap`, a tiny `line-height`, `text-transform`, a 62.5% font
 * size on `body`) from breaking layout. The font family is inherited on purpose: the widget should read like the
 * page it is on.
 *
 * Colours follow the page's colour scheme (its `color-scheme`, light unless it declares dark), or are forced by
 * `theme="dark"` / `theme="light"` on the element.
 */
export const themeStyles = css`
  :host {
    ${lightTokens}
    --_radius: var(--care-radius, 0.5rem);
    --_space: var(--care-space, 1rem);

    color: var(--_text);
    ${readableText}
    box-sizing: border-box;
  }

  /*
   * light-dark() resolves against the colour scheme the element inherits from the page: a page that declares none
   * (or only light) gets light widgets whatever the operating system prefers; a page that declares dark, or
   * "light dark" under a dark system setting, gets dark ones.
   */
  @supports (color: light-dark(#000, #fff)) {
    :host {
      ${schemeTokens}
    }
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  @supports not (color: light-dark(#000, #fff)) {
    :host([theme='dark']) {
      ${darkTokens}
    }
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
