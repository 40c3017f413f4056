/**
 * What the answers tell about a person beyond the ratings, as conditions over the answers: who is physically
 * dependent now on a substance whose withdrawal can be dangerous, and the other signals clinical-facts.md asks the
 * questionnaire to hear. Evaluated in order, so a signal may read the ones above it. Rules, first steps and notes
 * read these signals, never the answers.
 */
import type { Condition, SignalInfo } from '../questionnaire-types.js';

const mostDays = ['most-days', 'daily'];
const anySymptoms = ['mild', 'moderate', 'strong'];
const oneSubstance: Condition = { not: { signal: 'several-substances' } };

/** Every signal, in the order they are evaluated. */
export const signals: readonly SignalInfo[] = [
  {
    id: 'several-substances',
    when: { answer: 'substances', chosenAtLeast: 2 },
    description:
      'More than one substance is named. Frequency and symptoms then count for a risky substance only when asked ' +
      'about it by name.',
    sources: ['asam-awm-2020'],
  },
  {
    id: 'drinks-most-days',
    when: {
      all: [
        { uses: ['alcohol'] },
        { usingNow: true },
        {
          any: [
            { answer: 'alcohol-days', oneOf: mostDays },
            { all: [oneSubstance, { answer: 'use-past-30-days', oneOf: mostDays }] },
          ],
        },
      ],
    },
    description: 'Drinks alcohol on most days or every day in the past 30 days.',
    sources: ['asam-awm-2020'],
  },
  {
    id: 'uses-sedatives-most-days',
    when: {
      all: [
        { uses: ['sedatives'] },
        { usingNow: true },
        {
          any: [
            { answer: 'sedative-days', oneOf: mostDays },
            { all: [oneSubstance, { answer: 'use-past-30-days', oneOf: mostDays }] },
          ],
        },
      ],
    },
    description: 'Takes benzos or other sedatives not as prescribed on most days or every day.',
    sources: ['benzo-taper-2025'],
  },
  {
    id: 'alcohol-dependence',
    when: {
      all: [
        { uses: ['alcohol'] },
        { usingNow: true },
        {
          any: [
            {
              all: [
                { signal: 'drinks-most-days' },
                { any: [{ answer: 'drinks-per-day', oneOf: ['4-or-more'] }, { answer: 'withdrawal', oneOf: anySymptoms }] },
              ],
            },
            { all: [oneSubstance, { answer: 'withdrawal', oneOf: ['moderate', 'strong'] }] },
          ],
        },
      ],
    },
    description:
      'Physically dependent on alcohol now: drinks most days or every day and usually 4 or more drinks, or has any ' +
      'withdrawal symptoms; or, with alcohol the only substance, has moderate or strong symptoms when cutting down.',
    sources: ['asam-awm-2020'],
  },
  {
    id: 'sedative-dependence',
    when: {
      all: [
        { uses: ['sedatives'] },
        { usingNow: true },
        { any: [{ signal: 'uses-sedatives-most-days' }, { all: [oneSubstance, { answer: 'withdrawal', oneOf: anySymptoms }] }] },
      ],
    },
    description:
      'Physically dependent now on benzos or other sedatives not taken as prescribed: most days or every day, or ' +
      'withdrawal symptoms with sedatives the only substance. Benzos taken as prescribed alone never count.',
    sources: ['benzo-taper-2025'],
  },
  {
    id: 'past-complicated-withdrawal',
    when: { answer: 'withdrawal-history', oneOf: ['seizure-or-dts', 'many-times'] },
    description: 'A withdrawal seizure or delirium tremens in the past, or many past withdrawals.',
    sources: ['asam-awm-2020'],
  },
  {
    id: 'past-suicide-attempt',
    when: { answer: 'safety', oneOf: ['attempt-past-year'] },
    description: 'A suicide attempt in the past year, more than 3 months ago, and no thoughts of suicide now.',
    sources: ['988'],
  },
  {
    id: 'psychosis-or-mania',
    when: { answer: 'mental-health', oneOf: ['unusual-experiences'] },
    description: 'Hears or sees things others don’t, or goes days without sleep with racing thoughts or energy.',
    sources: ['apa-psych-eval-2016'],
  },
  {
    id: 'not-eating-or-fainting',
    when: { answer: 'physical-health', oneOf: ['not-eating-or-fainting'] },
    description: 'Not eating enough to stay healthy, or has fainted.',
    sources: ['apa-eating-2023', 'sahm-eating-2022'],
  },
  {
    id: 'unsafe-home',
    when: { answer: 'home', oneOf: ['unsafe'] },
    description: 'Someone at home hurts or threatens the person.',
    sources: ['dv-hotline'],
  },
  {
    id: 'no-steady-home',
    when: { answer: 'home', oneOf: ['no-steady-home'] },
    description: 'No steady place to live.',
    sources: ['samhsa-recovery-housing-2023'],
  },
];
