import { levelIds } from '../data/level-id.js';
import type { CareConfig } from './types.js';

/** The configuration used when a center gives none: every level, ASAM 4th edition labels, nothing added. */
export const defaultConfig: CareConfig = Object.freeze({
  levels: Object.freeze([...levelIds]),
  edition: 4,
  programs: Object.freeze({}),
  extraRows: Object.freeze([]),
});
