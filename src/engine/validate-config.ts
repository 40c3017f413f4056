/**
 * The configuration check moved to `src/config/` (one schema -> validation, types, JSON Schema). These names stay
 * here so existing imports keep working.
 */
export {
  configLimits,
  defaultConfig,
  describeValue,
  isSafeUrl,
  parseConfigJson,
  telUrl,
  validateConfig,
} from '../config/index.js';
