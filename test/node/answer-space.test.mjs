/**
 * What must never happen, checked over the whole answer space, not only the vignettes: paths walked through the
 * questionnaire's own state machine (test/helpers/answer-paths.mjs), exhaustively over the substance questions and at random
 * (fixed seed) over everything. Each invariant is written from clinical-facts.md, reading the answers, not from the
 * engine's own conditions.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { everyPath, randomPaths } from '../helpers/answer-paths.mjs';

const { questions, recommend, levels } = await import('../../dist/data.js');

const mostDays = ['most-days', 'daily'];
const anySymptoms = ['mild', 'moderate', 'strong'];
const withdrawalSteps = ['withdrawal-hospital', 'withdrawal-24-hour', 'withdrawal-ambulatory', 'sedative-taper'];
const medicationSteps = ['start-opioid-medication', 'start-buprenorphine-under-18'];
const naloxoneNotes = ['naloxone', 'naloxone-opioids', 'after-withdrawal-overdose-risk'];

const substancesOf = (answers) => [answers.substances ?? []].flat();
const usingNow = (answers) => ['less-than-weekly', 'weekly', ...mostDays].includes(answers['use-past-30-days']);

/** Physically dependent now, as "Who is at risk of dangerous withdrawal at all" defines it. */
function dependence(answers) {
  const substances = substancesOf(answers);
  if (!usingNow(answers)) return [];
  const several = substances.length > 1;
  const oftenEnough = (ownQuestion) => mostDays.includes(several ? answers[ownQuestion] : answers['use-past-30-days']);
  const symptoms = answers.withdrawal;
  const found = [];
  if (substances.includes('alcohol')) {
    const heavy = answers['drinks-per-day'] === '4-or-more' || anySymptoms.includes(symptoms);
    if ((oftenEnough('alcohol-days') && heavy) || (!several && ['moderate', 'strong'].includes(symptoms))) found.push('alcohol');
  }
  if (substances.includes('sedatives') && (oftenEnough('sedative-days') || (!several && anySymptoms.includes(symptoms)))) {
    found.push('sedatives');
  }
  return found;
}

/** Where the naloxone paragraph of clinical-facts.md puts a naloxone note. */
function needsNaloxone(answers) {
  const substances = substancesOf(answers);
  const uses = (...kinds) => kinds.some((kind) => substances.includes(kind));
  const onMethadoneOrBuprenorphine = ['buprenorphine', 'methadone'].includes(answers['addiction-medication']);
  const alcoholOrCannabisOnly =
    substances.length > 0 && substances.every((kind) => kind === 'alcohol' || kind === 'cannabis') && !onMethadoneOrBuprenorphine;
  const overdose = ['past-year', 'past-3-months'].includes(answers.overdose);
  return (
    uses('opioids', 'sedatives', 'stimulants') ||
    onMethadoneOrBuprenorphine ||
    (uses('prescribed-opioids') && uses('alcohol', 'sedatives', 'prescribed-benzodiazepines')) ||
    (overdose && !alcoholOrCannabisOnly)
  );
}

function needsMixingNote(answers) {
  const substances = substancesOf(answers);
  const opioids =
    substances.includes('opioids') ||
    substances.includes('prescribed-opioids') ||
    ['buprenorphine', 'methadone'].includes(answers['addiction-medication']);
  return opioids && ['alcohol', 'sedatives', 'prescribed-benzodiazepines'].some((kind) => substances.includes(kind));
}

/**
 * A visible text about someone else that still says "you" about them. The words allowed address the person
 * answering: what they said, their answers, what they described, the questions they skipped.
 */
function addressesYou(text) {
  const english = text.en.replace(/\b(You said|Your answers?|you described|You skipped)\b/g, '');
  const spanish = text.es.replace(/\b(Usted dijo|Usted no respondió)\b/g, '');
  return /\byou(r|rs|rself)?\b/i.test(english) || /\busted\b/i.test(spanish);
}

/** Checks what the questionnaire shows at the end of a path: `result`, the recommendation for `answers`. */
function checkInvariants({ answers, recommendation: result }) {
  const context = JSON.stringify(answers);
  if (result.crisis) {
    assert.equal(result.level, null, context);
    return result;
  }
  const steps = result.firstSteps.map((step) => step.id);
  const notes = result.notes.map((note) => note.id);
  const substances = substancesOf(answers);
  const dependentOn = dependence(answers);

  const withdrawalIndex = steps.findIndex((step) => withdrawalSteps.includes(step));
  if (withdrawalIndex >= 0) assert.ok(dependentOn.length > 0, `withdrawal management without dependence: ${context}`);
  if (steps.includes('sedative-taper')) assert.deepEqual(dependentOn, ['sedatives'], context);

  const afterDetox = withdrawalIndex >= 0 && substances.some((kind) => kind === 'opioids' || kind === 'sedatives');
  assert.equal(notes.includes('after-withdrawal-overdose-risk'), afterDetox, `after-detox warning: ${context}`);

  const medicationIndex = steps.findIndex((step) => medicationSteps.includes(step));
  if (medicationIndex >= 0 && withdrawalIndex >= 0) assert.ok(medicationIndex < withdrawalIndex, `medication after detox: ${context}`);
  const opioidsWithoutMedication =
    usingNow(answers) && substances.includes('opioids') && [undefined, 'none'].includes(answers['addiction-medication']);
  assert.equal(medicationIndex >= 0, opioidsWithoutMedication, `medication step: ${context}`);

  assert.equal(naloxoneNotes.some((id) => notes.includes(id)), needsNaloxone(answers), `naloxone: ${context}`);
  assert.equal(notes.includes('opioids-with-sedatives-or-alcohol'), needsMixingNote(answers), `mixing note: ${context}`);

  if (answers['help-with'] === 'mental-health' && result.level === 'inpatient') {
    const mental = answers['mental-health'];
    assert.ok(mental === 'day-and-night' || (mental === 'unusual-experiences' && answers.home === 'unsafe'), context);
  }
  if (answers.home === 'unsafe') assert.match(steps[0] ?? '', /^safety-first/, context);
  if ([answers['physical-health']].flat().includes('not-eating-or-fainting')) assert.ok(steps.includes('medical-check-today'), context);

  if (answers['for-whom'] === 'someone-else') {
    const visible = [
      ...result.reasons.map((reason) => reason.text),
      ...result.firstSteps.flatMap((step) => [step.label, step.text]),
      ...result.notes.map((note) => note.text),
      levels[result.level].summary.value,
      levels[result.level].schedule.value.description,
    ];
    for (const text of visible) assert.ok(!addressesYou(text), `"you" about someone else: ${text.en} / ${text.es}`);
  }
  return result;
}

describe('the answer space', () => {
  test('every substance path keeps every invariant (other answers fixed; equivalent frequencies grouped)', () => {
    // "Less than weekly" acts as "weekly", and "most days" as "every day", in every condition: one of each is walked.
    const choices = {
      'for-whom': ['someone-else'],
      'help-with': ['substances'],
      safety: ['no'],
      'medical-emergency-now': ['no'],
      'use-past-30-days': ['not-at-all', 'weekly', 'daily'],
      'alcohol-days': ['weekly', 'daily'],
      'sedative-days': ['weekly', 'daily'],
      'withdrawal-history': ['none'],
      overdose: ['none'],
      'mental-health': ['little'],
      'physical-health': [['good']],
      home: ['safe-and-supported'],
      'past-tries': ['kept-it-up'],
      readiness: ['ready'],
    };
    let count = 0;
    for (const ageBand of ['under-18', '18-64', '65-plus']) {
      for (const end of everyPath({ ...choices, 'age-band': [ageBand] })) {
        checkInvariants(end);
        count += 1;
      }
    }
    assert.ok(count > 50000, `only ${count} paths`);
  });

  test('30,000 random paths (seed 20261204) keep every invariant', () => {
    for (const end of randomPaths(30000)) checkInvariants(end);
  });

  test('an answer that signals danger ends the path with crisis help, and nothing else does', () => {
    for (const { answers, recommendation } of randomPaths(5000, 7)) {
      const flagged = questions.some((question) =>
        question.options.some((option) => option.crisis && [answers[question.id]].flat().includes(option.value)),
      );
      assert.equal(recommendation.crisis, flagged, JSON.stringify(answers));
    }
  });
});

describe('answer options', () => {
  const redFlagSigns =
    /heart|pulse|seizure|convuls|confus|hallucinat|seeing or hearing|fever|faint|chest|breath|vomit|corazón|fiebre|desmay|pecho|respir|vómit|ver u oír/i;

  test('no routine withdrawal answer names a red-flag sign; the red-flag answer names the heart plainly', () => {
    const withdrawal = questions.find((question) => question.id === 'withdrawal');
    for (const option of withdrawal.options.filter((candidate) => !candidate.crisis)) {
      for (const text of [option.label.self, option.label.other]) {
        assert.doesNotMatch(text.en, redFlagSigns, option.value);
        assert.doesNotMatch(text.es, redFlagSigns, option.value);
      }
    }
    const redFlag = withdrawal.options.find((option) => option.crisis);
    assert.match(redFlag.label.self.en, /racing or pounding heartbeat that doesn’t slow down with rest/);
    assert.match(redFlag.label.self.es, /corazón acelerado/);
  });

  test('no routine answer anywhere describes something happening right now', () => {
    for (const question of questions) {
      for (const option of question.options.filter((candidate) => !candidate.crisis)) {
        assert.doesNotMatch(option.label.self.en, /right now/i, `${question.id}=${option.value}`);
        assert.doesNotMatch(option.label.self.es, /ahora mismo/i, `${question.id}=${option.value}`);
      }
    }
  });
});
