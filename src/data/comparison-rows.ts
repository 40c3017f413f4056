import type { ComparisonRowId } from './types.js';

/**
 * The built-in rows, in the order the table shows them: what daily life looks like first, then care and cost, then
 * who each level fits; the ASAM numbers, which matter most to professionals, come last.
 */
export const comparisonRowIds = [
  'sleeps',
  'hours',
  'schedule',
  'length',
  'work',
  'medical',
  'services',
  'cost',
  'insurance',
  'fits',
  'not-a-fit',
  'asam',
] as const satisfies readonly ComparisonRowId[];
