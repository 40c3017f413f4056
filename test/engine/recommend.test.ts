import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  levelIds,
  questions,
  rateAnswers,
  recommend,
  recommendFromRatings,
  type Answers,
  type CrisisKind,
  type Dimension,
  type LevelId,
  type Ratings,
  type Severity,
} from '../../src/data.js';

const allDimensions: Dimension[] = [1, 2, 3, 4, 5, 6];
const allCrisisKinds: CrisisKind[] = ['self-harm', 'harm-others', 'medical-emergency', 'severe-withdrawal'];

/** 0 for outpatient up to 3 for inpatient. */
const intensity = (level: LevelId | null) => levelIds.length - 1 - levelIds.indexOf(level!);

const severity = fc.constantFrom<Severity>(0, 1, 2, 3, 4);
const dimensionRatings = fc.record({ 1: severity, 2: severity, 3: severity, 4: severity, 5: severity, 6: severity });
const dimension = fc.constantFrom<Dimension>(...allDimensions);

/** Ratings without a red flag. */
const safeRatings = fc.record({
  dimensions: dimensionRatings,
  crisis: fc.constant(false),
  crisisKinds: fc.constant<CrisisKind[]>([]),
  withdrawalRisk: fc.boolean(),
  unanswered: fc.constant<string[]>([]),
  ignored: fc.constant([]),
});

/** Any ratings, red flags included. */
const anyRatings = fc.record({
  dimensions: dimensionRatings,
  crisis: fc.boolean(),
  crisisKinds: fc.subarray(allCrisisKinds),
  withdrawalRisk: fc.boolean(),
  unanswered: fc.subarray(questions.map((question) => question.id)),
  ignored: fc.constant([]),
});

/** Any subset of questions answered with any of their options, plus now and then an unknown entry. */
const anyAnswers: fc.Arbitrary<Answers> = fc
  .tuple(
    fc.record(
      Object.fromEntries(
        questions.map((question) => [question.id, fc.constantFrom(...question.options.map((option) => option.value))]),
      ),
      { requiredKeys: [] },
    ),
    fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
  )
  .map(([known, unknown]) => ({ ...unknown, ...known }) as Answers);

const noRedFlag = (ratings: Ratings) => !ratings.crisis && ratings.crisisKinds.length === 0;

function ratingsWith(dimensions: Partial<Record<Dimension, Severity>>, withdrawalRisk = false) {
  return { dimensions: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, ...dimensions }, withdrawalRisk } as Ratings;
}

describe('recommendFromRatings: properties', () => {
  it('never lowers the level when any one rating goes up', () => {
    fc.assert(
      fc.property(safeRatings, dimension, severity, (ratings, raised, to) => {
        fc.pre(to > ratings.dimensions[raised]);
        const before = recommendFromRatings(ratings).level;
        const after = recommendFromRatings({ ...ratings, dimensions: { ...ratings.dimensions, [raised]: to } }).level;
        expect(intensity(after), `${before} -> ${after}`).to.be.at.least(intensity(before));
      }),
      { numRuns: 500 },
    );
  });

  it('never lowers the level when a withdrawal risk factor is added', () => {
    fc.assert(
      fc.property(safeRatings, (ratings) => {
        const without = recommendFromRatings({ ...ratings, withdrawalRisk: false }).level;
        const withRisk = recommendFromRatings({ ...ratings, withdrawalRisk: true }).level;
        expect(intensity(withRisk)).to.be.at.least(intensity(without));
      }),
    );
  });

  it('always answers a red flag with crisis and no level, whatever the ratings', () => {
    fc.assert(
      fc.property(anyRatings, (ratings) => {
        fc.pre(!noRedFlag(ratings));
        const recommendation = recommendFromRatings(ratings);
        expect(recommendation.crisis).to.equal(true);
        expect(recommendation.level).to.equal(null);
        expect(recommendation.reasons).not.to.be.empty;
        expect(recommendation.reasons.every((reason) => reason.level === null && reason.severity === 4)).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });

  it('suggests a level, and never a crisis, when there is no red flag', () => {
    fc.assert(
      fc.property(safeRatings, (ratings) => {
        const recommendation = recommendFromRatings(ratings);
        expect(recommendation.crisis).to.equal(false);
        expect(levelIds).to.include(recommendation.level);
      }),
    );
  });

  it('reaches every level, from ratings alone', () => {
    const reached = new Set<LevelId | null>();
    const steps: Severity[] = [0, 1, 2, 3, 4];
    for (const d1 of steps)
      for (const d3 of steps)
        for (const d6 of steps) reached.add(recommendFromRatings(ratingsWith({ 1: d1, 3: d3, 6: d6 })).level);
    expect([...reached].sort()).to.deep.equal([...levelIds].sort());
  });

  it('always gives reasons, and above outpatient they name the dimensions that set the level', () => {
    fc.assert(
      fc.property(anyRatings, (ratings) => {
        const recommendation = recommendFromRatings(ratings);
        expect(recommendation.reasons).not.to.be.empty;
        if (recommendation.level && recommendation.level !== 'outpatient') {
          expect(recommendation.reasons[0].level).to.equal(recommendation.level);
          expect(recommendation.reasons.every((reason) => reason.dimension !== null)).to.equal(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never suggests outpatient care when a withdrawal risk factor is present', () => {
    fc.assert(
      fc.property(safeRatings, (ratings) => {
        const recommendation = recommendFromRatings({ ...ratings, withdrawalRisk: true });
        expect(recommendation.level).not.to.equal('outpatient');
        expect(recommendation.notes.map((note) => note.id)).to.include('supervised-withdrawal-first');
      }),
    );
  });

  it('is driven by the highest-risk dimension: the level is the most intensive of each dimension on its own', () => {
    fc.assert(
      fc.property(safeRatings, (ratings) => {
        const alone = allDimensions.map((only) =>
          intensity(recommendFromRatings(ratingsWith({ [only]: ratings.dimensions[only] })).level),
        );
        alone.push(intensity(recommendFromRatings(ratingsWith({}, ratings.withdrawalRisk)).level));
        expect(intensity(recommendFromRatings(ratings).level)).to.equal(Math.max(...alone));
      }),
    );
  });

  it('never calls for 24-hour care on readiness alone, and calls for it on high risk in dimensions 1–3', () => {
    expect(recommendFromRatings(ratingsWith({ 4: 4 })).level).to.equal('iop');
    for (const high of [1, 2, 3] as const) {
      expect(recommendFromRatings(ratingsWith({ [high]: 3 })).level, `dimension ${high}`).to.equal('inpatient');
    }
  });

  it('equals recommendFromRatings(rateAnswers(answers)) for any answers, and re-reads its own ratings unchanged', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const recommendation = recommend(answers);
        expect(recommendation).to.deep.equal(recommendFromRatings(rateAnswers(answers)));
        expect(recommendFromRatings(recommendation.ratings)).to.deep.equal(recommendation);
      }),
      { numRuns: 300 },
    );
  });

  it('reads ratings written by hand safely: missing as 0, out of range clamped, fractions rounded up', () => {
    const recommendation = recommendFromRatings({ dimensions: { 3: 1.2, 6: 9, 2: -3, 5: Number.NaN } });
    expect(recommendation.ratings.dimensions).to.deep.equal({ 1: 0, 2: 0, 3: 2, 4: 0, 5: 0, 6: 4 });
    expect(recommendation.level).to.equal('inpatient');
    expect(recommendation.crisis).to.equal(false);
    expect(() => recommendFromRatings(null as unknown as Ratings)).not.to.throw();
    expect(recommendFromRatings(null as unknown as Ratings).level).to.equal('outpatient');
    const bare = recommendFromRatings({ dimensions: {}, crisis: true });
    expect(bare.level).to.equal(null);
    expect(bare.reasons.map((reason) => reason.id)).to.deep.equal(['crisis']);
  });
});

/** The first, no-risk answer to every question: someone who does not drink or use, doing well, at a safe home. */
const noRisk: Answers = Object.fromEntries(questions.map((question) => [question.id, question.options[0].value]));
/** Someone who drinks, feels fine when stopping, and is otherwise doing well. */
const stableDrinker: Answers = { ...noRisk, 'withdrawal-now': 'fine' };

describe('recommend: typical people', () => {
  it('suggests outpatient care for a stable person with a supportive home, and says why', () => {
    const recommendation = recommend(stableDrinker);
    expect(recommendation.level).to.equal('outpatient');
    expect(recommendation.reasons.map((reason) => reason.id)).to.deep.equal(['no-rule']);
    expect(recommendation.reasons[0].text.en).to.include('did not point to a need for more structure');
    expect(recommendation.notes).to.deep.equal([]);
    expect(recommendation.unanswered).to.deep.equal([]);
  });

  it('suggests IOP for someone who needs more structure but has a safe home', () => {
    const recommendation = recommend({
      ...stableDrinker,
      'mental-health': 'sometimes',
      'staying-on-track': 'weeks',
      home: 'little-support',
    });
    expect(recommendation.level).to.equal('iop');
    expect(recommendation.reasons.map((reason) => reason.id)).to.have.members(['d3-iop', 'd5-iop', 'd6-iop']);
  });

  it('suggests PHP for serious mental-health symptoms in someone who is safe at home', () => {
    const recommendation = recommend({ ...noRisk, 'mental-health': 'a-lot' });
    expect(recommendation.level).to.equal('php');
    expect(recommendation.reasons[0]).to.include({ id: 'd3-php', dimension: 3, severity: 2, level: 'php' });
    expect(recommendation.reasons[0].text.es).to.include('hospitalización parcial');
  });

  it('suggests inpatient care for heavy use and a home that is not safe, leading with the home', () => {
    const recommendation = recommend({
      ...stableDrinker,
      'withdrawal-now': 'moderate',
      'staying-on-track': 'days',
      home: 'unsafe-or-unstable',
    });
    expect(recommendation.level).to.equal('inpatient');
    expect(recommendation.reasons.map((reason) => reason.id)).to.deep.equal(['d6-inpatient', 'd5-php', 'd1-php']);
  });

  it('rules out outpatient care after past withdrawal seizures and says supervised withdrawal comes first', () => {
    const recommendation = recommend({ ...stableDrinker, 'past-withdrawal': 'seizure-or-dts' });
    expect(recommendation.crisis).to.equal(false);
    expect(recommendation.level).not.to.equal('outpatient');
    expect(recommendation.notes.map((note) => note.id)).to.deep.equal(['supervised-withdrawal-first']);
    expect(recommendation.notes[0].text.en).to.include('medically supervised withdrawal');
    expect(recommendation.notes[0].text.es).to.include('manejo de la abstinencia');
  });

  it('suggests IOP with supervised withdrawal first for daily benzos, and for an older person who drinks', () => {
    const people: [Answers, string[]][] = [
      [{ ...stableDrinker, 'sedative-use': 'most-days' }, ['d1-iop', 'withdrawal-risk-iop']],
      [{ ...stableDrinker, age: 'yes' }, ['withdrawal-risk-iop']],
    ];
    for (const [answers, reasonIds] of people) {
      const recommendation = recommend(answers);
      expect(recommendation.level).to.equal('iop');
      expect(recommendation.reasons.map((reason) => reason.id)).to.deep.equal(reasonIds);
      expect(recommendation.notes.map((note) => note.id)).to.deep.equal(['supervised-withdrawal-first']);
    }
  });

  it('does not send an older person who does not drink or use to withdrawal care', () => {
    const recommendation = recommend({ ...noRisk, age: 'yes' });
    expect(recommendation.level).to.equal('outpatient');
    expect(recommendation.notes).to.deep.equal([]);
  });

  it('stops at crisis, with no level, for someone who thinks about suicide, however the rest looks', () => {
    const people: Answers[] = [
      { ...stableDrinker, 'self-harm-thoughts': 'sometimes' },
      { 'self-harm-thoughts': 'plan-or-recent', home: 'unsafe-or-unstable', 'mental-health': 'day-and-night' },
    ];
    for (const answers of people) {
      const recommendation = recommend(answers);
      expect(recommendation.crisis).to.equal(true);
      expect(recommendation.level).to.equal(null);
      expect(recommendation.crisisKinds).to.deep.equal(['self-harm']);
      expect(recommendation.reasons.map((reason) => reason.id)).to.deep.equal(['crisis-self-harm']);
    }
  });

  it('stops at crisis for thoughts of harming others, a medical emergency and severe withdrawal now', () => {
    const cases: [Answers, CrisisKind][] = [
      [{ 'harm-others-thoughts': 'yes' }, 'harm-others'],
      [{ 'medical-emergency-now': 'yes' }, 'medical-emergency'],
      [{ 'withdrawal-now': 'severe-now' }, 'severe-withdrawal'],
    ];
    for (const [answers, kind] of cases) {
      const recommendation = recommend({ ...stableDrinker, ...answers });
      expect(recommendation).to.include({ crisis: true, level: null });
      expect(recommendation.crisisKinds).to.deep.equal([kind]);
    }
  });

  it('warns that skipped questions were counted as no concern', () => {
    const recommendation = recommend({ 'self-harm-thoughts': 'no' });
    expect(recommendation.level).to.equal('outpatient');
    expect(recommendation.unanswered).to.have.length(questions.length - 1);
    expect(recommendation.notes.map((note) => note.id)).to.deep.equal(['unanswered-questions']);
  });
});
