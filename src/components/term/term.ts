import { LitElement, html } from 'lit';
import { version } from '../../version.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { styles } from './term.styles.js';

/**
 * @summary Placeholder until its issue lands.
 * @tag care-term
 */
export class CareTerm extends LitElement {
  /** The library version that defined this element. */
  static readonly version = version;

  static override styles = [themeStyles, styles];

  override render() {
    return html`<slot></slot>`;
  }
}
