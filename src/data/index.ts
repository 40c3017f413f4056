export { levelIds, isLevelId, type LevelId } from './level-id.js';
export { supportedLocales, toLocale, type Locale, type Localized } from './locale.js';
