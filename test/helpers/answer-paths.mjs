/**
 * Walks the questionnaire through its own state machine (src/components/questionnaire/questionnaire-flow.ts, built to
 * dist/): Start, answer the question shown, Continue, until the result or crisis screen, exactly as a person does in
 * the element. Used by the answer-space tests (test/node/answer-space.test.mjs), the vignette tests
 * (test/node/vignettes.test.mjs) and the clinicians' page (scripts/clinical-docs.mjs), so all of them see the paths
 * the element takes: random ones with a fixed seed, each answer equally likely, exhaustive ones over a chosen set of
 * questions, and the path of given answers.
 */
const { answer, initialFlowState, next, questionPath, start } = await import(
  '../../dist/components/questionnaire/questionnaire-flow.js'
);

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

/** The question a state of the flow shows. */
const shownQuestion = (state) => questionPath(state.answers)[state.questionIndex];

/** Answers the question shown with `value` and presses Continue; fails if the flow asks for an answer instead. */
function answerAndContinue(state, question, value) {
  const step = next(answer(state, question.id, value).state);
  if (step.state.answerMissing) throw new Error(`${JSON.stringify(value)} does not answer ${question.id}`);
  return step;
}

/**
 * Follows one path, answering each question with `choose(question, answers)`, until the flow shows the result or,
 * after a red-flag answer, the crisis screen. Gives that last step: its state's answers and recommendation, and the
 * `care-complete` event.
 */
export function walkPath(choose) {
  let step = start(initialFlowState);
  while (step.state.screen === 'question') {
    const question = shownQuestion(step.state);
    step = answerAndContinue(step.state, question, choose(question, step.state.answers));
  }
  return step;
}

/** The path of `answers`: each question shown gets its answer there; a question they do not answer fails. */
export function walkAnswers(answers) {
  return walkPath((question) => {
    if (!(question.id in answers)) throw new Error(`the answers leave ${question.id} unanswered`);
    return answers[question.id];
  });
}

/**
 * The flow's last state (`answers`, `recommendation`) on `count` random paths from `seed`; with `redFlags: false`, no
 * red-flag answer is ever chosen.
 */
export function randomPaths(count, seed = 20261204, { redFlags = true } = {}) {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => walkPath((question) => randomAnswer(question, random, redFlags)).state);
}

/**
 * Every path through the questions, as the flow's last state on each (`answers`, `recommendation`). A question in `choices` branches over the answers listed
 * there only: one answer fixes it, several stand for groups of answers that lead to the same outcome. Any other
 * question branches over each of its answers (a multiple-choice one over every non-empty subset, or the exclusive
 * answer alone). A path ends where the flow leaves the questions: at the result, or at a red-flag answer.
 */
export function* everyPath(choices, state = start(initialFlowState).state) {
  const question = shownQuestion(state);
  for (const value of choices[question.id] ?? allAnswers(question)) {
    const step = answerAndContinue(state, question, value);
    if (step.state.screen === 'question') yield* everyPath(choices, step.state);
    else yield step.state;
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
