/**
 * The one interpreter of the conditions the content is written in (`Condition` in src/data/questionnaire-types.ts):
 * when a question is asked, when a signal or a raised rating holds, and when a rule, first step or note applies. It
 * also writes each condition out in plain English for the clinicians' page, so the page describes what runs.
 */
import { topicsById } from '../data/questions.js';
import type { Answers, Condition, FirstStepId, NoteId, Ratings, Severity, TopicId } from './types.js';

/**
 * What a condition is evaluated against: the facts of the ratings, and while rating, the person's answers (empty
 * afterwards), with the first steps and notes shown so far. Unknown substances (null) make `uses` and `usesOnly` false.
 */
export interface ConditionFacts
  extends Pick<
    Ratings,
    'dimensions' | 'helpWith' | 'ageBand' | 'usingNow' | 'substances' | 'medication' | 'pregnant' | 'overdose' | 'signals' | 'unanswered'
  > {
  readonly answers: Answers;
  readonly firstSteps: readonly FirstStepId[];
  readonly notes: readonly NoteId[];
}

function chosen(answers: Answers, questionId: string): readonly string[] {
  const answer = answers[questionId];
  if (Array.isArray(answer)) return answer;
  return typeof answer === 'string' ? [answer] : [];
}

const includes = <T>(allowed: readonly T[], value: T | null): boolean => value !== null && allowed.includes(value);

/** Whether `condition` holds for `facts`. */
export function holds(condition: Condition, facts: ConditionFacts): boolean {
  if ('all' in condition) return condition.all.every((part) => holds(part, facts));
  if ('any' in condition) return condition.any.some((part) => holds(part, facts));
  if ('not' in condition) return !holds(condition.not, facts);
  if ('of' in condition) return condition.of.filter((part) => holds(part, facts)).length >= condition.atLeast;
  if ('answer' in condition) {
    const values = chosen(facts.answers, condition.answer);
    if ('chosenAtLeast' in condition) return values.length >= condition.chosenAtLeast;
    return values.some((value) => condition.oneOf.includes(value));
  }
  if ('rating' in condition) {
    const rating = facts.dimensions[topicsById[condition.rating].dimension];
    return rating >= (condition.atLeast ?? 0) && rating <= (condition.atMost ?? 4);
  }
  if ('uses' in condition) return condition.uses.some((substance) => facts.substances?.includes(substance) ?? false);
  if ('usesOnly' in condition) {
    const named = facts.substances ?? [];
    return named.length > 0 && named.every((substance) => condition.usesOnly.includes(substance));
  }
  if ('medication' in condition) return includes(condition.medication, facts.medication);
  if ('ageBand' in condition) return includes(condition.ageBand, facts.ageBand);
  if ('helpWith' in condition) return includes(condition.helpWith, facts.helpWith);
  if ('overdose' in condition) return condition.overdose.includes(facts.overdose);
  if ('signal' in condition) return facts.signals.includes(condition.signal);
  if ('pregnant' in condition) return facts.pregnant;
  if ('usingNow' in condition) return facts.usingNow === true;
  if ('unanswered' in condition) return facts.unanswered.length > 0;
  if ('firstStep' in condition) return facts.firstSteps.includes(condition.firstStep);
  return facts.notes.includes(condition.note);
}

const quoted = (values: readonly string[]) => values.map((value) => `\`${value}\``).join(' or ');

function ratingText(topic: TopicId, atLeast: Severity | undefined, atMost: Severity | undefined): string {
  const name = `${topic} rating`;
  if (atLeast !== undefined && atMost !== undefined) {
    return atLeast === atMost ? `${name} is ${atLeast}` : `${name} is ${atLeast} to ${atMost}`;
  }
  if (atMost !== undefined) return `${name} ≤ ${atMost}`;
  return `${name} ≥ ${atLeast ?? 0}`;
}

/** Plain English for the clinicians' page, such as "uses `alcohol` and withdrawal rating ≥ 2". */
export function describeCondition(condition: Condition): string {
  const nested = (part: Condition) => {
    const text = describeCondition(part);
    return 'all' in part || 'any' in part || 'of' in part ? `(${text})` : text;
  };
  if ('all' in condition) return condition.all.map(nested).join(' and ');
  if ('any' in condition) return condition.any.map(nested).join(' or ');
  if ('not' in condition) return `not ${nested(condition.not)}`;
  if ('of' in condition) return `at least ${condition.atLeast} of: ${condition.of.map(nested).join('; ')}`;
  if ('answer' in condition) {
    if ('chosenAtLeast' in condition) return `${condition.chosenAtLeast}+ answers chosen for \`${condition.answer}\``;
    return `\`${condition.answer}\` is ${quoted(condition.oneOf)}`;
  }
  if ('rating' in condition) return ratingText(condition.rating, condition.atLeast, condition.atMost);
  if ('uses' in condition) return `uses ${quoted(condition.uses)}`;
  if ('usesOnly' in condition) return `uses only ${quoted(condition.usesOnly)}`;
  if ('medication' in condition) return `takes ${quoted(condition.medication)}`;
  if ('ageBand' in condition) return `age ${quoted(condition.ageBand)}`;
  if ('helpWith' in condition) return `help with ${quoted(condition.helpWith)}`;
  if ('overdose' in condition) return `overdose ${quoted(condition.overdose)}`;
  if ('signal' in condition) return `signal \`${condition.signal}\``;
  if ('pregnant' in condition) return 'pregnant (or maybe)';
  if ('usingNow' in condition) return 'using now (past 30 days)';
  if ('unanswered' in condition) return 'a question on the path was not answered';
  if ('firstStep' in condition) return `first step \`${condition.firstStep}\` shown`;
  return `note \`${condition.note}\` shown`;
}
