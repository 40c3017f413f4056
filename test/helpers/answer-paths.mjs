/**
 * Walks the questionnaire the way the element does: ask the first unanswered question on the path
 * (`questionsFor`), record an answer, and stop at the end or at a red-flag answer. Used by the answer-space tests
 * (test/node/answer-space.test.mjs) and by the clinicians' page (scripts/clinical-docs.mjs), so both see the same
 * paths: random ones with a fixed seed, each answer equally likely, and exhaustive ones over a chosen set of
 * questions.
 */

/** A small seeded generator (mulberry32): the same seed gives the same paths on every machine. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomAnswer(question, random, redFlags) {
  const values = question.options.filter((option) => redFlags || !option.crisis).map((option) => option.value);
  if (!question.multiple) return values[Math.floor(random() * values.length)];
  const exclusive = question.options.find((option) => option.exclusive);
  if (exclusive && random() < 1 / (values.length + 1)) return [exclusive.value];
  const chosen = question.options.filter((option) => !option.exclusive && random() < 0.5).map((option) => option.value);
  return chosen.length > 0 ? chosen : [values.find((value) => value !== exclusive?.value)];
}

const isRedFlag = (question, answer) =>
  question.options.some((option) => option.crisis && [answer].flat().includes(option.value));

/**
 * Follows one path, answering each question with `choose(question, answers)`; a red-flag answer ends it, as in the
 * questionnaire.
 */
export function walkPath(data, choose) {
  const answers = {};
  for (;;) {
    const next = data.questionsFor(answers).find((question) => !(question.id in answers));
    if (!next) return answers;
    answers[next.id] = choose(next, answers);
    if (isRedFlag(next, answers[next.id])) return answers;
  }
}

/** `count` random paths from `seed`; with `redFlags: false`, no red-flag answer is ever chosen. */
export function randomPaths(data, count, seed = 20261204, { redFlags = true } = {}) {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => walkPath(data, (question) => randomAnswer(question, random, redFlags)));
}

/**
 * Every path through the questions. A question in `choices` branches over the answers listed there only: one answer
 * fixes it, several stand for groups of answers that lead to the same outcome. Any other question branches over each
 * of its answers (a multiple-choice one over every non-empty subset, or the exclusive answer alone). Red-flag answers
 * end a path, as in the questionnaire.
 */
export function* everyPath(data, choices, answers = {}) {
  const next = data.questionsFor(answers).find((question) => !(question.id in answers));
  if (!next) {
    yield answers;
    return;
  }
  for (const answer of choices[next.id] ?? allAnswers(next)) {
    const extended = { ...answers, [next.id]: answer };
    if (isRedFlag(next, answer)) yield extended;
    else yield* everyPath(data, choices, extended);
  }
}

function allAnswers(question) {
  const values = question.options.map((option) => option.value);
  if (!question.multiple) return values;
  const exclusive = question.options.find((option) => option.exclusive);
  const others = values.filter((value) => value !== exclusive?.value);
  const subsets = [];
  for (let mask = 1; mask < 1 << others.length; mask += 1) subsets.push(others.filter((_, index) => mask & (1 << index)));
  return exclusive ? [[exclusive.value], ...subsets] : subsets;
}
