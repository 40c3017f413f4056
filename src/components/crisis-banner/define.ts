import { defineElement } from '../../internal/define-element.js';
import { CareCrisisBanner } from './crisis-banner.js';

defineElement('care-crisis-banner', CareCrisisBanner);

declare global {
  interface HTMLElementTagNameMap {
    'care-crisis-banner': CareCrisisBanner;
  }
}

export { CareCrisisBanner };
