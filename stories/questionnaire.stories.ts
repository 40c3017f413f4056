import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { CareCrisisBanner } from '../src/components/crisis-banner/crisis-banner.js';
import type {
  CareCtaDetail,
  CareQuestionnaire,
  QuestionnaireScreen,
} from '../src/components/questionnaire/questionnaire.js';
import { questionnaireStrings, type EmergencyKind } from '../src/components/questionnaire/questionnaire.strings.js';
import { call911, call988, samhsaHelpline } from '../src/data/crisis-resources.js';
import type { LevelId } from '../src/data/level-id.js';
import { levels } from '../src/data/levels.js';
import type { Locale, Localized } from '../src/data/locale.js';
import { questionnaireIntro, questions } from '../src/data/questions.js';
import { sources } from '../src/data/sources.js';
import { questionsFor } from '../src/engine/rate.js';
import { recommend } from '../src/engine/recommend.js';
import type { Answers, FirstStepId, NoteId, Question, Subject } from '../src/engine/types.js';
import { localeOf, text, isShown, partsAsDocumentation } from './story-helpers.js';
import { baseAnswers } from '../test/vignettes.mjs';
import { answersBefore, pathIndex } from '../test/helpers/question-path.js';

const { args, argTypes, template } = getStorybookHelpers<CareQuestionnaire>('care-questionnaire');

type QuestionnaireArgs = CareQuestionnaire & typeof args;
type Story = StoryObj<QuestionnaireArgs>;

function shadow(element: CareQuestionnaire): ShadowRoot {
  return element.shadowRoot!;
}

function radios(element: CareQuestionnaire): HTMLInputElement[] {
  return [...shadow(element).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
}

/** The answers of the question shown: radio buttons, or checkboxes for a multiple-choice question. */
function options(element: CareQuestionnaire): HTMLInputElement[] {
  return [...shadow(element).querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')];
}

function ctaLinks(element: CareQuestionnaire): HTMLAnchorElement[] {
  return [...shadow(element).querySelectorAll<HTMLAnchorElement>('a[part~="cta"]')];
}

/** The element on the canvas once it shows `screen` (its state is put in place by the story's render). */
async function questionnaireOn(canvasElement: HTMLElement, screen: QuestionnaireScreen): Promise<CareQuestionnaire> {
  const element = canvasElement.querySelector<CareQuestionnaire>('care-questionnaire');
  if (!element) throw new Error('no <care-questionnaire> on the canvas');
  await waitFor(() => expect(element.screen).toBe(screen), { timeout: 5000 });
  await element.updateComplete;
  return element;
}

/** What a story does to the element once it has upgraded and rendered: it only uses the public API. */
type Setup = (element: CareQuestionnaire) => void;

/**
 * Renders the element from the story's args, then puts it in the story's state through its public methods once it
 * has upgraded, so the state shows on the Docs page too, where play functions do not run. A control change renders
 * again and puts the state back in place with the new args.
 */
function renderIn(
  setup?: Setup,
  wrap: (content: TemplateResult) => TemplateResult = (content) => content,
  argsFor: (storyArgs: QuestionnaireArgs, locale: Locale) => typeof args = (storyArgs) => storyArgs,
) {
  return (storyArgs: QuestionnaireArgs, context: StoryContext<QuestionnaireArgs>) => {
    const applyState = async (container: Element | undefined) => {
      if (!container) return;
      await customElements.whenDefined('care-questionnaire');
      const element = container.querySelector<CareQuestionnaire>('care-questionnaire');
      if (!element) return;
      await element.updateComplete;
      setup?.(element);
    };
    const content = wrap(template(argsFor(storyArgs, localeOf(context))));
    return html`<div class="questionnaire-story" ${ref(applyState)}>${content}</div>`;
  };
}

function showQuestion(index: number): Setup {
  return (element) => element.showQuestion(index);
}

const showResult: Setup = (element) => element.showResult();

/**
 * Console errors the bad-configuration story causes on purpose, kept out of the console while the element first
 * renders (vitest.setup.ts fails a story that logs one), so its play function can check there was exactly one.
 */
const expectedConsoleErrors = {
  messages: [] as string[],
  original: undefined as typeof console.error | undefined,
  start(): void {
    this.messages = [];
    this.original ??= console.error;
    console.error = (...logged: unknown[]) => {
      this.messages.push(logged.map(String).join(' '));
    };
  },
  stop(): void {
    if (!this.original) return;
    console.error = this.original;
    this.original = undefined;
  },
};

/** A well adult asking for themselves about weekly drinking: every question is asked. */
const base: Answers = baseAnswers;

/** Someone seeking help with mental health alone: no substance question is asked. */
const mentalHealthOnly: Answers = { ...base, 'help-with': 'mental-health' };

/** Answer sets the engine maps to each level (the vignettes of the same names in test/vignettes.mjs). */
const answersFor: Record<LevelId, Answers> = {
  /** relapse-after-treatment-home-hard */
  inpatient: { ...base, 'past-tries': 'after-treatment', home: 'hard-to-stay-well' },
  /** psychosis-signs */
  php: { ...mentalHealthOnly, 'mental-health': 'unusual-experiences' },
  /** others-want-change */
  iop: { ...base, readiness: 'others-want-it' },
  /** weekend-drinker */
  outpatient: base,
};

/**
 * Alcohol, opioids and street benzos every day, with an overdose in the past 3 months: the longest path, 21
 * questions.
 */
const longestPath: Answers = {
  ...base,
  'help-with': 'both',
  'use-past-30-days': 'daily',
  substances: ['alcohol', 'opioids', 'sedatives'],
  'alcohol-days': 'daily',
  'sedative-days': 'daily',
  'drinks-per-day': '4-or-more',
  overdose: 'past-3-months',
  'overdose-intent': 'accident',
};

const centerPhone = '+1 (555) 010-0199';
const intakeUrl = 'https://example.org/intake';
const intakeLabel: Localized = { en: 'Book a free assessment', es: 'Pida una evaluación gratuita' };
const longIntakeLabel: Localized = {
  en: 'Book a free, confidential assessment with our admissions team: most people hear back within one business day',
  es: 'Pida una evaluación gratuita y confidencial con nuestro equipo de admisiones: casi todos reciben respuesta en un día hábil',
};

/** A `cta-label` in the story's language unless the Controls panel sets one: a site writes it in its page's language. */
function withIntakeLabel(label: Localized) {
  return (storyArgs: QuestionnaireArgs, locale: Locale): typeof args => ({
    ...storyArgs,
    'cta-label': storyArgs['cta-label'] || label[locale],
  });
}

function questionById(id: string): Question {
  const question = questions.find((candidate) => candidate.id === id);
  if (!question) throw new Error(`no question "${id}"`);
  return question;
}


/** Who the answers are about, as the element words its text. */
function subjectOf(answers: Answers): Subject {
  return answers['for-whom'] === 'someone-else' ? 'other' : 'self';
}

/** The one-line 988 / 911 reminder: shown, worded for `subject`, with both numbers as links. */
async function expectCrisisLine(element: CareQuestionnaire, locale: Locale, subject: Subject = 'self') {
  const line = shadow(element).querySelector('[part~="crisis-line"]');
  await expect(isShown(line)).toBe(true);
  await expect(text(line)).toBe(questionnaireStrings[locale].crisisLine[subject]);
  const hrefs = [...line!.querySelectorAll('a')].map((link) => link.getAttribute('href'));
  await expect(hrefs).toEqual(expect.arrayContaining(['tel:911', 'tel:988']));
}

const meta: Meta<QuestionnaireArgs> = {
  title: 'Components/Questionnaire',
  component: 'care-questionnaire',
  args,
  argTypes: partsAsDocumentation(argTypes),
  render: renderIn(),
};

export default meta;

/** What a person sees first: what the questionnaire is and is not, how many questions there are, and Start. */
export const Introduction: Story = {
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf({ globals });
    const strings = questionnaireStrings[locale];
    const element = await questionnaireOn(canvasElement, 'intro');
    await expect(text(shadow(element).querySelector('h2'))).toBe(strings.introHeading);
    await expect(text(shadow(element).querySelector('.intro'))).toContain(questionnaireIntro[locale]);
    await expect(text(shadow(element).querySelector('.intro'))).toContain(strings.questionCount(10, 21));
    await expect(text(shadow(element).querySelector('button'))).toBe(strings.start);
    await expectCrisisLine(element, locale);
  },
};

/** The first question: who the answers are about. Until "what for" is answered the path counts 10 questions. */
export const FirstQuestion: Story = {
  name: 'First question',
  render: renderIn(showQuestion(0)),
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf({ globals });
    const strings = questionnaireStrings[locale];
    const element = await questionnaireOn(canvasElement, 'question');
    await expect(text(shadow(element).querySelector('[part~="progress"]'))).toBe(strings.progress(1, 10));
    await expect(text(shadow(element).querySelector('.prompt'))).toBe(questions[0].prompt.self[locale]);
    await expect(radios(element)).toHaveLength(questions[0].options.length);
    await expect(radios(element).some((radio) => radio.checked)).toBe(false);
    await expect(text(shadow(element).querySelector('button[type="submit"]'))).toBe(strings.continue);
    await expectCrisisLine(element, locale);
  },
};

/**
 * Question `id` as a person meets it on the path `answers` lead to (16 questions by default: alcohol or drugs and
 * mental health, using every day): its progress over that path, its prompt and its answers, none chosen.
 */
function questionStep(id: string, answers: Answers = longestPath): Story {
  const index = pathIndex(answers, id);
  const before = answersBefore(answers, id);
  const subject = subjectOf(answers);
  return {
    name: `Question ${index + 1}: ${id}`,
    args: { answers: before },
    render: renderIn(showQuestion(index)),
    play: async ({ canvasElement, globals }) => {
      const locale = localeOf({ globals });
      const element = await questionnaireOn(canvasElement, 'question');
      const question = questionById(id);
      await expect(text(shadow(element).querySelector('[part~="progress"]'))).toBe(
        questionnaireStrings[locale].progress(index + 1, questionsFor(before).length),
      );
      await expect(text(shadow(element).querySelector('.prompt'))).toBe(question.prompt[subject][locale]);
      await expect(options(element).map((input) => input.value)).toEqual(question.options.map((option) => option.value));
      await expect(options(element).some((input) => input.checked)).toBe(false);
      await expect(options(element).every((input) => input.type === (question.multiple ? 'checkbox' : 'radio'))).toBe(
        true,
      );
      await expectCrisisLine(element, locale, subject);
    },
  };
}

export const Question2 = questionStep('help-with');
export const Question3 = questionStep('age-band');
export const Question4 = questionStep('safety');
export const Question5 = questionStep('medical-emergency-now');
export const Question6 = questionStep('use-past-30-days');
export const Question7 = questionStep('substances');
export const Question8 = questionStep('alcohol-days');
export const Question9 = questionStep('sedative-days');
export const Question10 = questionStep('drinks-per-day');
export const Question11 = questionStep('withdrawal');
export const Question12 = questionStep('withdrawal-history');
export const Question13 = questionStep('addiction-medication');
export const Question14 = questionStep('overdose');
export const Question15 = questionStep('overdose-intent');
export const Question16 = questionStep('pregnancy');
export const Question17 = questionStep('mental-health');
export const Question18 = questionStep('physical-health');
export const Question19 = questionStep('home');
export const Question20 = questionStep('past-tries');
export const Question21 = questionStep('readiness');

/** The substances question: checkboxes, several answers at once. The chosen ones stay checked. */
export const SubstancesChecked: Story = {
  name: 'Substances: several chosen',
  args: { answers: { ...answersBefore(longestPath, 'substances'), substances: ['alcohol', 'opioids', 'cannabis'] } },
  render: renderIn(showQuestion(pathIndex(longestPath, 'substances'))),
  play: async ({ canvasElement }) => {
    const element = await questionnaireOn(canvasElement, 'question');
    await expect(radios(element)).toHaveLength(0);
    const checked = options(element).filter((input) => input.checked);
    await expect(checked.map((input) => input.value)).toEqual(['alcohol', 'opioids', 'cannabis']);
    await userEvent.click(options(element).find((input) => input.value === 'stimulants')!);
    await waitFor(() => expect(element.answers.substances).toEqual(['alcohol', 'opioids', 'stimulants', 'cannabis']));
  },
};

/** Mental health alone: no substance question, so the path has 10 questions; here the feelings question, 6 of 10. */
export const MentalHealthOnly: Story = {
  ...questionStep('mental-health', mentalHealthOnly),
  name: 'Mental health only: question 6 of 10',
};

/** Answering for someone they care about: every prompt and the crisis line say "they". */
export const SomeoneElse: Story = {
  ...questionStep('safety', { ...longestPath, 'for-whom': 'someone-else' }),
  name: 'For someone else: worded for them',
};

/** A question with a hint under it, which the question's fieldset names as its description. */
export const QuestionWithHint: Story = {
  name: 'Question with a hint',
  args: { answers: answersBefore(longestPath, 'withdrawal') },
  render: renderIn(showQuestion(pathIndex(longestPath, 'withdrawal'))),
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf({ globals });
    const element = await questionnaireOn(canvasElement, 'question');
    const question = questionById('withdrawal');
    const hint = shadow(element).querySelector('#hint');
    await expect(isShown(hint)).toBe(true);
    await expect(text(hint)).toBe(question.hint!.self[locale]);
    await expect(shadow(element).querySelector('fieldset')!.getAttribute('aria-describedby')).toBe('hint');
    await expect(radios(element)).toHaveLength(question.options.length);
  },
};

/** The last question, with earlier answers filled in: the chosen answer is marked and the button shows the result. */
export const LastQuestion: Story = {
  name: 'Last question, answered',
  args: { answers: answersFor.iop },
  render: renderIn(showQuestion(questionsFor(answersFor.iop).length - 1)),
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf({ globals });
    const strings = questionnaireStrings[locale];
    const element = await questionnaireOn(canvasElement, 'question');
    const total = questionsFor(answersFor.iop).length;
    await expect(text(shadow(element).querySelector('[part~="progress"]'))).toBe(strings.progress(total, total));
    const checked = radios(element).filter((radio) => radio.checked);
    await expect(checked.map((radio) => radio.value)).toEqual([answersFor.iop.readiness]);
    await expect(text(shadow(element).querySelector('button[type="submit"]'))).toBe(strings.seeResult);
  },
};

/**
 * Continue with no answer chosen: an error the screen reader announces, the answers marked invalid, focus on them.
 * A second press words it differently, so it is announced again.
 */
export const AnswerRequired: Story = {
  name: 'Answer required (error)',
  args: { answers: answersBefore(longestPath, 'safety') },
  render: renderIn(showQuestion(pathIndex(longestPath, 'safety'))),
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf({ globals });
    const strings = questionnaireStrings[locale];
    const element = await questionnaireOn(canvasElement, 'question');
    const submit = shadow(element).querySelector<HTMLButtonElement>('button[type="submit"]')!;
    await userEvent.click(submit);
    await element.updateComplete;
    const error = shadow(element).querySelector('#error');
    await waitFor(() => expect(text(error)).toBe(strings.answerRequired));
    await expect(isShown(error)).toBe(true);
    await expect(error!.getAttribute('role')).toBe('alert');
    await expect(radios(element).every((radio) => radio.getAttribute('aria-invalid') === 'true')).toBe(true);
    await expect(shadow(element).querySelector('fieldset')!.getAttribute('aria-describedby')).toBe('hint error');
    await expect(shadow(element).activeElement).toBe(radios(element)[0]);
    await expect(element.screen).toBe('question');
    await userEvent.click(submit);
    await waitFor(() => expect(text(error)).toBe(strings.answerRequiredAgain));
  },
};

/**
 * A crisis screen's checks: the heading, the crisis banner with 988 first, no result, no crisis line; for danger
 * now, a 911 box that speaks to that danger (`emergency`), else none.
 */
function crisisStory(answers: Answers, emergency: EmergencyKind | false): Story {
  return {
    args: { answers },
    render: renderIn(showResult),
    play: async ({ canvasElement, globals }) => {
      const locale = localeOf({ globals });
      const strings = questionnaireStrings[locale];
      const element = await questionnaireOn(canvasElement, 'crisis');
      await expect(text(shadow(element).querySelector('h2'))).toBe(strings.crisisHeading);
      await expect(element.recommendation?.emergency).toBe(emergency !== false);
      const banner = shadow(element).querySelector<CareCrisisBanner>('care-crisis-banner')!;
      await banner.updateComplete;
      const bannerLinks = [...banner.shadowRoot!.querySelectorAll('a[part~="link"]')];
      await expect(bannerLinks[0]!.getAttribute('href')).toBe(call988.href);
      await expect(isShown(bannerLinks[0])).toBe(true);
      await expect(shadow(element).querySelector('[part~="result"]')).toBeNull();
      await expect(shadow(element).querySelector('[part~="crisis-line"]')).toBeNull();
      const emergencyBox = shadow(element).querySelector('.emergency');
      if (!emergency) {
        await expect(emergencyBox).toBeNull();
        await expect(shadow(element).querySelector(`a[href="${call911.href}"]`)).toBeNull();
        return;
      }
      await expect(text(emergencyBox)).toContain(strings.crisisEmergency[emergency].self);
      const call = shadow(element).querySelector<HTMLAnchorElement>(`a[part~="cta"][href="${call911.href}"]`)!;
      await expect(isShown(call)).toBe(true);
      await expect(text(call)).toBe(call911.label[locale]);
      await expect(call.compareDocumentPosition(banner) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    },
  };
}

/** Crisis screen for thoughts of suicide: the questions stop and the 988 Lifeline comes first, with no 911 block. */
export const CrisisSelfHarm: Story = {
  ...crisisStory({ ...base, safety: 'thoughts' }, false),
  name: 'Crisis: thoughts of suicide',
};

/** A plan or a recent attempt is danger now: "call 911 now" comes first, before the crisis lines. */
export const CrisisPlanOrRecent: Story = {
  ...crisisStory({ ...base, safety: 'plan-or-recent' }, 'self-harm'),
  name: 'Crisis: a plan or a recent attempt',
};

/** Thoughts of harming someone: 911 first too. */
export const CrisisHarmOthers: Story = {
  ...crisisStory({ ...base, safety: 'harm-others' }, 'harm-others'),
  name: 'Crisis: thoughts of harming others',
};

/** Crisis screen for a medical emergency: "call 911 now" comes first, before the crisis lines. */
export const CrisisMedicalEmergency: Story = {
  ...crisisStory({ ...base, 'medical-emergency-now': 'yes' }, 'medical'),
  name: 'Crisis: medical emergency',
};

/** Crisis screen for severe withdrawal now, which can be dangerous: 911 first here too. */
export const CrisisSevereWithdrawal: Story = {
  ...crisisStory({ ...base, 'use-past-30-days': 'daily', withdrawal: 'severe-now' }, 'medical'),
  name: 'Crisis: severe withdrawal',
};

interface ResultExpectations {
  readonly level: LevelId;
  readonly firstSteps?: readonly FirstStepId[];
  readonly notes?: readonly NoteId[];
}

/**
 * A result screen's checks: the level, the provisional note, the reasons, the first steps ("Start with …, then:
 * <level>") and the notes ("Good to know") the engine gives for the answers, and the crisis line.
 */
function resultStory(answers: Answers, expected: ResultExpectations): Story {
  return {
    args: { answers },
    render: renderIn(showResult),
    play: async ({ canvasElement, globals }) => {
      const locale = localeOf({ globals });
      const strings = questionnaireStrings[locale];
      const element = await questionnaireOn(canvasElement, 'result');
      const recommendation = recommend(answers);
      await expect(recommendation.level).toBe(expected.level);
      const levelName = levels[expected.level].longName[locale];
      await expect(text(shadow(element).querySelector('h2'))).toBe(strings.resultHeading(levelName));
      await expect(text(shadow(element).querySelector('.provisional'))).toBe(strings.provisional[recommendation.ratings.subject]);
      await expect(shadow(element).querySelectorAll('.reasons li').length).toBeGreaterThan(0);
      await expect(shadow(element).querySelector('.not-offered')).toBeNull();

      const firstSteps = shadow(element).querySelector('[part~="first-steps"]');
      await expect(recommendation.firstSteps.map((step) => step.id)).toEqual(expected.firstSteps ?? []);
      if (recommendation.firstSteps.length === 0) {
        await expect(firstSteps).toBeNull();
      } else {
        await expect(isShown(firstSteps)).toBe(true);
        await expect(text(firstSteps!.querySelector('h3'))).toBe(strings.firstStepsHeading);
        for (const step of recommendation.firstSteps) await expect(text(firstSteps)).toContain(squash(step.text[locale]));
        await expect(text(firstSteps!.querySelector('.then'))).toBe(strings.thenLevel(levelName));
      }

      const notes = [...shadow(element).querySelectorAll('.notes .note')].map((note) => text(note));
      await expect(notes).toEqual(recommendation.notes.map((note) => squash(note.text[locale])));
      for (const id of expected.notes ?? []) {
        await expect(recommendation.notes.map((note) => note.id)).toContain(id);
      }
      if (notes.length > 0) await expect(text(shadow(element))).toContain(strings.notesHeading);
      await expectCrisisLine(element, locale, subjectOf(answers));
    },
  };
}

/** A string with its whitespace collapsed, as `text()` reads a node. */
function squash(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Use that came back after two treatments, with housemates who use: residential care. */
export const ResultInpatient: Story = {
  ...resultStory(answersFor.inpatient, { level: 'inpatient' }),
  name: 'Result: inpatient',
};

/** Possible psychosis, with no alcohol or drugs: a partial hospitalization program and a psychiatric evaluation. */
export const ResultPhp: Story = {
  ...resultStory(answersFor.php, { level: 'php', notes: ['psychiatric-evaluation'] }),
  name: 'Result: PHP',
};

/** Someone who came because others want them to change: an intensive outpatient program. */
export const ResultIop: Story = { ...resultStory(answersFor.iop, { level: 'iop' }), name: 'Result: IOP' };

/** A weekend drinker with a supportive home: outpatient care. */
export const ResultOutpatient: Story = {
  ...resultStory(answersFor.outpatient, { level: 'outpatient' }),
  name: 'Result: outpatient',
};

/** A parent answering for a teen who is depressed most days: IOP, worded for them, with the teen note. */
export const ResultSomeoneElse: Story = {
  ...resultStory(
    { ...mentalHealthOnly, 'for-whom': 'someone-else', 'age-band': 'under-18', 'mental-health': 'a-lot' },
    { level: 'iop', notes: ['adolescent-care'] },
  ),
  name: 'Result: for someone else (a teen)',
};

/** A 16-year-old using cannabis weekly: outpatient care, with what is different for teens. */
export const ResultTeen: Story = {
  ...resultStory({ ...base, 'age-band': 'under-18', substances: ['cannabis'] }, {
    level: 'outpatient',
    notes: ['adolescent-care'],
  }),
  name: 'Result: teen',
};

/** Depression most days, mental health alone: IOP, and no substance notes. */
export const ResultMentalHealthOnly: Story = {
  ...resultStory({ ...mentalHealthOnly, 'mental-health': 'a-lot' }, { level: 'iop' }),
  name: 'Result: mental health only',
};

/** On buprenorphine and doing well: outpatient care, keep taking it, naloxone; no withdrawal management. */
export const ResultMoud: Story = {
  ...resultStory(
    { ...base, 'use-past-30-days': 'not-at-all', substances: ['opioids'], 'addiction-medication': 'buprenorphine' },
    { level: 'outpatient', notes: ['keep-taking-addiction-medication', 'naloxone-opioids'] },
  ),
  name: 'Result: on buprenorphine, doing well',
};

/** Pregnant and using fentanyl daily: start medication (buprenorphine or methadone) first, not detox. */
export const ResultPregnancyOpioids: Story = {
  ...resultStory(
    {
      ...base,
      'use-past-30-days': 'daily',
      substances: ['opioids'],
      withdrawal: 'moderate',
      pregnancy: 'yes-or-maybe',
    },
    { level: 'outpatient', firstSteps: ['start-opioid-medication'], notes: ['pregnancy-opioids', 'naloxone-opioids'] },
  ),
  name: 'Result: pregnant, using opioids',
};

/** A prescribed benzodiazepine taken for years: tapered with the prescriber, never stopped alone; no detox. */
export const ResultPrescribedBenzodiazepines: Story = {
  ...resultStory(
    { ...base, 'use-past-30-days': 'daily', substances: ['prescribed-benzodiazepines'], withdrawal: 'moderate' },
    { level: 'outpatient', notes: ['prescribed-benzodiazepines'] },
  ),
  name: 'Result: prescribed benzodiazepines',
};

/** A daily drinker with sweats and shakes whose housemates drink: "Start with" 24-hour withdrawal management, then IOP. */
export const ResultWithdrawalFirst: Story = {
  ...resultStory(
    { ...base, 'use-past-30-days': 'daily', 'drinks-per-day': '4-or-more', withdrawal: 'moderate', home: 'hard-to-stay-well' },
    { level: 'iop', firstSteps: ['withdrawal-24-hour'] },
  ),
  name: 'Result: withdrawal management first (24-hour)',
};

/**
 * Someone whose partner hurts them: safety planning first, a shared-device warning and "Leave this page now"; the
 * level follows the other answers.
 */
export const ResultSafetyFirst: Story = {
  ...resultStory({ ...base, home: 'unsafe' }, { level: 'outpatient', firstSteps: ['safety-first'] }),
  name: 'Result: violence at home (safety first)',
};

/**
 * A result the center does not offer: the suggestion's heading, the honest message (`message`, which depends on
 * whether the center gave a contact) and the plain FindTreatment.gov link. Returns the questionnaire.
 */
async function expectNotOffered(
  canvasElement: HTMLElement,
  locale: Locale,
  level: LevelId,
  message: 'notOfferedWithContact' | 'notOfferedWithoutContact',
) {
  const strings = questionnaireStrings[locale];
  const element = await questionnaireOn(canvasElement, 'result');
  await expect(text(shadow(element).querySelector('h2'))).toBe(strings.resultHeading(levels[level].longName[locale]));
  const notOffered = shadow(element).querySelector('.not-offered');
  await expect(isShown(notOffered)).toBe(true);
  await expect(text(notOffered)).toBe(`${strings[message]} ${strings.findTreatment}`);
  const locator = notOffered!.querySelector<HTMLAnchorElement>('a.locator')!;
  await expect(isShown(locator)).toBe(true);
  await expect(locator.getAttribute('href')).toBe(sources['findtreatment-locator'].url);
  await expect(text(locator)).toBe(strings.findTreatment);
  return element;
}

/** An IOP result at a center that offers only outpatient care: the result says so, and still shows the suggestion. */
export const LevelNotOffered: Story = {
  name: 'Result the center does not offer',
  args: { answers: answersFor.iop, offered: 'outpatient', phone: centerPhone },
  render: renderIn(showResult),
  play: async ({ canvasElement, globals }) => {
    await expectNotOffered(canvasElement, localeOf({ globals }), 'iop', 'notOfferedWithContact');
  },
};

/**
 * A PHP result at a center that offers only outpatient care and IOP and gave no contact: the SAMHSA National
 * Helpline and FindTreatment.gov help find a program that offers it.
 */
export const NotOfferedWithoutContact: Story = {
  name: 'Not offered, no center contact: FindTreatment.gov',
  args: { answers: answersFor.php, offered: 'iop outpatient' },
  render: renderIn(showResult),
  play: async ({ canvasElement, globals }) => {
    const element = await expectNotOffered(canvasElement, localeOf({ globals }), 'php', 'notOfferedWithoutContact');
    await expect(ctaLinks(element).map((link) => link.getAttribute('href'))).toEqual(
      samhsaHelpline.contacts.slice(0, 2).map((contact) => contact.href),
    );
  },
};

/** The center's phone and intake link as the next step; following the link fires a cancelable `care-cta` first. */
export const WithCenterContact: Story = {
  name: 'Result with the center’s contact',
  args: { answers: answersFor.iop, phone: centerPhone, 'cta-href': intakeUrl },
  render: renderIn(showResult, undefined, withIntakeLabel(intakeLabel)),
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf({ globals });
    const strings = questionnaireStrings[locale];
    const element = await questionnaireOn(canvasElement, 'result');
    const [call, intake, ...others] = ctaLinks(element);
    await expect(others).toHaveLength(0);
    await expect(call.getAttribute('href')).toBe('tel:+15550100199');
    await expect(text(call)).toBe(strings.callUs(centerPhone));
    await expect(intake.getAttribute('href')).toBe(intakeUrl);
    await expect(text(intake)).toBe(intakeLabel[locale]);
    await expect(text(shadow(element).querySelector('.next-step'))).toContain(strings.nextStepText);

    const received: CareCtaDetail[] = [];
    const onCta = (event: CustomEvent<CareCtaDetail>) => {
      event.preventDefault();
      received.push(event.detail);
    };
    element.addEventListener('care-cta', onCta);
    try {
      intake.click();
    } finally {
      element.removeEventListener('care-cta', onCta);
    }
    await expect(received).toEqual([{ level: 'iop', action: 'link', href: intakeUrl }]);
  },
};

/** No phone, link or configuration: the next step is the SAMHSA National Helpline, so there always is one. */
export const WithoutCenterContact: Story = {
  name: 'Result without a center contact',
  args: { answers: answersFor.outpatient },
  render: renderIn(showResult),
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf({ globals });
    const strings = questionnaireStrings[locale];
    const element = await questionnaireOn(canvasElement, 'result');
    await expect(text(shadow(element).querySelector('.next-step'))).toContain(strings.helplineText);
    const links = ctaLinks(element);
    await expect(links.map((link) => link.getAttribute('href'))).toEqual(
      samhsaHelpline.contacts.slice(0, 2).map((contact) => contact.href),
    );
    await expect(links.map((link) => text(link))).toEqual([strings.helplineCall, strings.helplineTty]);
  },
};

/** In a 320 px sidebar the result stacks and wraps: nothing sticks out and nothing scrolls sideways. */
export const NarrowContainer: Story = {
  name: 'Narrow container (320 px)',
  args: {
    answers: answersFor.iop,
    phone: centerPhone,
    'cta-href': 'https://example.org/a-rather-long-intake-form-address',
  },
  render: renderIn(
    showResult,
    (content) => html`<div class="narrow" style=${styleMap({ width: '320px', maxWidth: '100%' })}>${content}</div>`,
  ),
  play: async ({ canvasElement }) => {
    const element = await questionnaireOn(canvasElement, 'result');
    const box = canvasElement.querySelector('.narrow')!.getBoundingClientRect();
    await expect(box.width).toBeLessThanOrEqual(320);
    await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
    // Visually hidden text (the live region) is clipped to nothing, so it cannot stick out.
    const outside = [...shadow(element).querySelectorAll('*:not(.visually-hidden, .visually-hidden *)')].filter(
      (node) => {
        const rect = node.getBoundingClientRect();
        return rect.width > 0 && (rect.left < box.left - 0.5 || rect.right > box.right + 0.5);
      },
    );
    await expect(outside.map((node) => `${node.localName}.${node.getAttribute('class') ?? ''}`)).toEqual([]);
  },
};

/** A center's long link text wraps inside its button instead of running out of it. */
export const LongCenterText: Story = {
  name: 'Long center-supplied text',
  args: { answers: answersFor.php, phone: centerPhone, 'cta-href': intakeUrl },
  render: renderIn(showResult, undefined, withIntakeLabel(longIntakeLabel)),
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf({ globals });
    const element = await questionnaireOn(canvasElement, 'result');
    const intake = ctaLinks(element).find((link) => link.getAttribute('href') === intakeUrl)!;
    await expect(text(intake)).toBe(longIntakeLabel[locale]);
    await expect(intake.scrollWidth).toBeLessThanOrEqual(intake.clientWidth);
    await expect(intake.getBoundingClientRect().right).toBeLessThanOrEqual(element.getBoundingClientRect().right + 0.5);
    await expect(intake.getBoundingClientRect().left).toBeGreaterThanOrEqual(
      element.getBoundingClientRect().left - 0.5,
    );
  },
};

/**
 * A `config` that is not JSON: a short message says the center's details may be missing, the questions still work,
 * and the console gets the details (captured here, since the story's test fails on a console error).
 */
export const BadConfiguration: Story = {
  name: 'Bad configuration',
  args: { config: '{not json' },
  // The element has logged its error by the end of its first update, when the render's setup runs.
  render: renderIn(() => expectedConsoleErrors.stop()),
  beforeEach: () => {
    expectedConsoleErrors.start();
    return () => expectedConsoleErrors.stop();
  },
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf({ globals });
    const strings = questionnaireStrings[locale];
    const element = await questionnaireOn(canvasElement, 'intro');
    await waitFor(() => expect(expectedConsoleErrors.original).toBeUndefined());
    const message = shadow(element).querySelector('.config-error');
    await expect(isShown(message)).toBe(true);
    await expect(text(message)).toBe(strings.configError);
    await expect(text(shadow(element).querySelector('.intro button'))).toBe(strings.start);
    await expect(expectedConsoleErrors.messages).toHaveLength(1);
    await expect(expectedConsoleErrors.messages[0]).toContain('<care-questionnaire>');
  },
};
