import { defineElement } from '../../internal/define-element.js';
// The comparison explains its jargon with <care-term>: registering the comparison alone must make those work.
import '../term/define.js';
import { CareComparison } from './comparison.js';

defineElement('care-comparison', CareComparison);

declare global {
  interface HTMLElementTagNameMap {
    'care-comparison': CareComparison;
  }
}

export { CareComparison };
