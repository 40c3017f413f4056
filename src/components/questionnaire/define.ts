import { defineElement } from '../../internal/define-element.js';
import { CareQuestionnaire } from './questionnaire.js';

defineElement('care-questionnaire', CareQuestionnaire);

declare global {
  interface HTMLElementTagNameMap {
    'care-questionnaire': CareQuestionnaire;
  }
}

export { CareQuestionnaire };
