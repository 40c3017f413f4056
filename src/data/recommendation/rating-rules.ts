/**
 * Ratings raised by more than one answer's own rating: the withdrawal rating, which counts only for someone
 * physically dependent now on alcohol or on sedatives not taken as prescribed (clinical-facts.md, "Who is at risk of
 * dangerous withdrawal at all"), and the relapse rating after a recent overdose.
 */
import type { Condition, RatingRule } from '../questionnaire-types.js';

/** Physically dependent now on a substance whose withdrawal can be medically dangerous. */
export const dependentNow: Condition = { any: [{ signal: 'alcohol-dependence' }, { signal: 'sedative-dependence' }] };

const symptoms = (value: string): Condition => ({ all: [dependentNow, { answer: 'withdrawal', oneOf: [value] }] });

/** The withdrawal symptoms now, for someone dependent now: the withdrawal answer sets the rating. */
export const withdrawalSymptomRules: readonly RatingRule[] = [
  {
    id: 'symptoms-mild',
    topic: 'withdrawal',
    rating: 1,
    when: symptoms('mild'),
    description: 'Mild symptoms when cutting down (sleeping badly, restless).',
    sources: ['asam-awm-2020'],
  },
  {
    id: 'symptoms-moderate',
    topic: 'withdrawal',
    rating: 2,
    when: symptoms('moderate'),
    description: 'Sweating, shaking or nausea when cutting down.',
    sources: ['asam-awm-2020'],
  },
  {
    id: 'symptoms-strong',
    topic: 'withdrawal',
    rating: 3,
    when: symptoms('strong'),
    description: 'Strong symptoms, relieved by drinking or using.',
    sources: ['asam-awm-2020'],
  },
];

/**
 * The risk factors for complicated withdrawal. Each counts only for someone physically dependent now; none applies to
 * opioids alone, medicines taken as prescribed alone, stimulants or cannabis.
 */
export const withdrawalRiskFactors: readonly RatingRule[] = [
  {
    id: 'past-seizure-or-dts',
    topic: 'withdrawal',
    rating: 3,
    when: { all: [dependentNow, { answer: 'withdrawal-history', oneOf: ['seizure-or-dts'] }] },
    description: 'A withdrawal seizure or delirium tremens in the past.',
    sources: ['asam-awm-2020'],
  },
  {
    id: 'alcohol-and-sedative-dependence',
    topic: 'withdrawal',
    rating: 3,
    when: {
      all: [
        { signal: 'alcohol-dependence' },
        { any: [{ signal: 'sedative-dependence' }, { uses: ['prescribed-benzodiazepines'] }] },
      ],
    },
    description:
      'Dependent on both alcohol and a sedative (benzos taken as prescribed count here, beside alcohol dependence).',
    sources: ['asam-awm-2020', 'benzo-taper-2025'],
  },
  {
    id: 'serious-illness',
    topic: 'withdrawal',
    rating: 3,
    when: { all: [dependentNow, { answer: 'physical-health', oneOf: ['serious', 'not-under-control'] }] },
    description: 'A serious illness, a past serious head injury, or a health problem not under control.',
    sources: ['asam-awm-2020'],
  },
  {
    id: 'pregnancy',
    topic: 'withdrawal',
    rating: 3,
    when: { all: [dependentNow, { pregnant: true }] },
    description: 'Pregnancy (or maybe) with alcohol dependence or dependence on sedatives not taken as prescribed.',
    sources: ['asam-awm-2020'],
  },
  {
    id: 'many-past-withdrawals',
    topic: 'withdrawal',
    rating: 2,
    when: { all: [dependentNow, { answer: 'withdrawal-history', oneOf: ['many-times'] }] },
    description: 'Many past withdrawals.',
    sources: ['asam-awm-2020'],
  },
  {
    id: 'age-65-plus',
    topic: 'withdrawal',
    rating: 2,
    when: { all: [dependentNow, { ageBand: ['65-plus'] }] },
    description: 'Age 65 or older.',
    sources: ['asam-awm-2020'],
  },
];

/** Alcohol (with or without cannabis) and no opioid medicine of any kind: an overdose is alcohol poisoning. */
export const alcoholOrCannabisOnly: Condition = {
  all: [{ usesOnly: ['alcohol', 'cannabis'] }, { not: { medication: ['buprenorphine', 'methadone'] } }],
};

/** An overdose in the past 3 months makes relapse at least 3, except alcohol or cannabis alone (then 2). */
export const relapseRatingRules: readonly RatingRule[] = [
  {
    id: 'recent-overdose',
    topic: 'relapse',
    rating: 3,
    when: { all: [{ overdose: ['past-3-months'] }, { not: alcoholOrCannabisOnly }] },
    description:
      'An overdose in the past 3 months, unless the only substances are alcohol and cannabis and no opioid medicine ' +
      'is taken (the overdose answer then rates 2).',
    sources: ['samhsa-tip63', 'niaaa-alcohol-overdose'],
  },
];

/** Every rating rule, in the order they are applied. */
export const ratingRules: readonly RatingRule[] = [...withdrawalSymptomRules, ...withdrawalRiskFactors, ...relapseRatingRules];
