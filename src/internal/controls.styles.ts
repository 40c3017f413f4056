/*
 * Kept apart from theme.styles.ts, which every element loads, so that the script tag's chunks for a page with only
 * glossary terms or the comparison do not carry it.
 */
import { css } from 'lit';
import { buttonShape } from './theme.styles.js';

/**
 * Buttons, and links drawn as buttons, for the questionnaire and the crisis banner: outlined on the surface,
 * `.primary` filled with the accent colour, `.danger` with the danger colour. A link keeps its underline.
 */
export const controlStyles = css`
  .button {
    ${buttonShape}
    gap: 0.375rem;
    background: var(--_surface);
    color: var(--_text);
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }

  .button:hover {
    background: var(--_highlight);
  }

  .button.primary {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }

  .button.primary:hover {
    text-decoration: underline;
  }

  a.button {
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }

  .button.danger {
    border-color: var(--_danger);
    background: var(--_danger);
    color: var(--_danger-surface);
  }
`;
