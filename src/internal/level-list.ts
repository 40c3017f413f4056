import { isLevelId, type LevelId } from '../data/level-id.js';

/** The words of a space-separated attribute such as `rows="hours cost"`; none for an absent or blank one. */
export function spaceSeparated(value: string | null | undefined): string[] {
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}

/**
 * Reads a space-separated list of levels such as `levels="iop outpatient"`: the level ids in the order given,
 * without repeats, and the words that are not level ids.
 */
export function parseLevelList(value: string | null | undefined): { levels: LevelId[]; unknown: string[] } {
  const words = spaceSeparated(value);
  return { levels: [...new Set(words.filter(isLevelId))], unknown: words.filter((word) => !isLevelId(word)) };
}
