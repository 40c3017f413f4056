/**
 * `care-level-widgets`: the element classes, the data and the engine. Importing this module registers nothing;
 * import `care-level-widgets/define` (or a component's own `/define`) to register the tags.
 */
export * from './data.js';
export { version } from './version.js';
export { CareComparison } from './components/comparison/comparison.js';
export { CareQuestionnaire } from './components/questionnaire/questionnaire.js';
export { CareTerm } from './components/term/term.js';
export { CareCrisisBanner } from './components/crisis-banner/crisis-banner.js';

// The `detail` of each event the elements fire, for typed listeners (the JSX and Vue types in dist/types import them).
export type { CareCtaAction, CareCtaDetail } from './internal/cta.js';
export type { CareConfigErrorDetail } from './internal/config-controller.js';
export type { CareStepDetail, CareCompleteDetail, CareQuickExitDetail } from './components/questionnaire/questionnaire.js';
export type { CareTermToggleDetail } from './components/term/term.js';
