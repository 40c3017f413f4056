import * as validation from '../config/validate.js';

/** The module that checks a center's configuration (`validateConfig`, `parseConfigJson`). */
export type ConfigValidation = typeof validation;

/**
 * The configuration checker: always at hand here, in the npm modules, the single file and on a server. The script
 * tag's chunks replace this module (see rollup.config.mjs) with one that returns a promise the first time and fetches
 * the checker then, so a page whose elements are given no configuration never loads it.
 */
export function configValidation(): ConfigValidation | Promise<ConfigValidation> {
  return validation;
}
