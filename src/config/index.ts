/**
 * A center's configuration: what it may write (`configSchema`), the check that turns it into a `CareConfig`, and the
 * link rules the elements share. No DOM.
 */
export { configLimits } from './limits.js';
export { defaultConfig, describeValue, parseConfigJson, validateConfig } from './validate.js';
export { isSafeUrl, telUrl } from './urls.js';
export type * from './types.js';
