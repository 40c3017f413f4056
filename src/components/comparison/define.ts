import { defineElement } from '../../internal/define-element.js';
import { CareComparison } from './comparison.js';

defineElement('care-comparison', CareComparison);

declare global {
  interface HTMLElementTagNameMap {
    'care-comparison': CareComparison;
  }
}

export { CareComparison };
