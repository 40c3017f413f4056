import { defineElement } from '../../internal/define-element.js';
import { CareTerm } from './term.js';

defineElement('care-term', CareTerm);

declare global {
  interface HTMLElementTagNameMap {
    'care-term': CareTerm;
  }
}

export { CareTerm };
