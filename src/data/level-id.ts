/** The four levels of care, from most to least intensive. */
export const levelIds = ['inpatient', 'php', 'iop', 'outpatient'] as const;

/** The id of a level of care: `inpatient` (residential or hospital), `php`, `iop` or `outpatient`. */
export type LevelId = (typeof levelIds)[number];

/** Whether `value` is one of the four level ids. */
export function isLevelId(value: unknown): value is LevelId {
  return typeof value === 'string' && (levelIds as readonly string[]).includes(value);
}
