export { levelIds, isLevelId, type LevelId } from './level-id.js';
export { supportedLocales, toLocale, type Locale, type Localized } from './locale.js';
export type * from './types.js';
export { sources, sourceList, isSourceId } from './sources.js';
export { levels, levelList, withdrawalManagementNote } from './levels.js';
export { services } from './services.js';
export { glossary, glossaryTermIds, findGlossaryTerm, isGlossaryTermId, type GlossaryTermId } from './glossary.js';
export { comparisonRowIds } from './comparison-rows.js';
export {
  crisisServices,
  lifeline988,
  emergency911,
  samhsaHelpline,
  call988,
  text988,
  chat988,
  call911,
  textAyuda988,
  type CrisisServiceId,
  type CrisisContactKind,
  type CrisisContact,
  type CrisisOption,
  type CrisisService,
} from './crisis-resources.js';
