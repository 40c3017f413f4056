/**
 * What the WordPress plugin's PHP needs to check a configuration as `validateConfig` does: the schema, its patterns
 * and limits. Only scripts/config-schema.mjs imports it, to write them into the plugin's rules file.
 */
export { levelIds } from '../data/level-id.js';
export { configLimits } from './limits.js';
export {
  configSchema,
  configUrlPattern,
  phonePattern,
  reservedRowIds,
  rowIdPattern,
  urlSchemePattern,
} from './schema.js';
export { configUrlProtocols } from './urls.js';
