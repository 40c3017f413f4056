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
import { questionnaireStrings } from '../src/components/questionnaire/questionnaire.strings.js';
import { call911, call988, samhsaHelpline } from '../src/data/crisis-resources.js';
import type { LevelId } from '../src/data/level-id.js';
import { levels } from '../src/data/levels.js';
import type { Locale, Localized } from '../src/data/locale.js';
import { questionnaireIntro, questions } from '../src/data/questions.js';
import type { Answers } from '../src/engine/types.js';
import { localeOf, text, isShown } from './story-helpers.js';

const { args, argTypes, template } = getStorybookHelpers<CareQuestionnaire>('care-questionnaire');

type QuestionnaireArgs = CareQuestionnaire & typeof args;
type Story = StoryObj<QuestionnaireArgs>;

function shadow(element: CareQuestionnaire): ShadowRoot {
  return element.shadowRoot!;
}

function radios(element: CareQuestionnaire): HTMLInputElement[] {
  return [...shadow(element).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
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

/** The first, no-risk answer to every question: someone who does not drink or use, doing well, at a safe home. */
const noRisk: Answers = Object.fromEntries(questions.map((question) => [question.id, question.options[0].value]));
/** Someone who drinks, feels fine when stopping, and is otherwise doing well. */
const stableDrinker: Answers = { ...noRisk, 'withdrawal-now': 'fine' };

/** Answer sets the engine maps to each level (see test/engine/recommend.test.ts, "typical people"). */
const answersFor: Record<LevelId, Answers> = {
  inpatient: { ...stableDrinker, 'withdrawal-now': 'moderate', 'staying-on-track': 'days', home: 'unsafe-or-unstable' },
  php: { ...noRisk, 'mental-health': 'a-lot' },
  iop: { ...stableDrinker, 'mental-health': 'sometimes', 'staying-on-track': 'weeks', home: 'little-support' },
  outpatient: stableDrinker,
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

const questionIndex = (id: string): number => questions.findIndex((question) => question.id === id);
const withdrawalIndex = questionIndex('withdrawal-now');
const lastIndex = questions.length - 1;

const meta: Meta<QuestionnaireArgs> = {
  title: 'Components/Questionnaire',
  component: 'care-questionnaire',
  args,
  argTypes,
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
    await expect(text(shadow(element).querySelector('button'))).toBe(strings.start);
  },
};

/** The first question, a red flag asked first so danger surfaces at once; its hint says there are no wrong answers. */
export const FirstQuestion: Story = {
  name: 'First question',
  render: renderIn(showQuestion(0)),
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf({ globals });
    const strings = questionnaireStrings[locale];
    const element = await questionnaireOn(canvasElement, 'question');
    await expect(text(shadow(element).querySelector('[part~="progress"]'))).toBe(strings.progress(1, questions.length));
    await expect(text(shadow(element).querySelector('.prompt'))).toBe(questions[0].prompt[locale]);
    await expect(radios(element)).toHaveLength(questions[0].options.length);
    await expect(radios(element).some((radio) => radio.checked)).toBe(false);
    await expect(text(shadow(element).querySelector('button[type="submit"]'))).toBe(strings.continue);
  },
};

/** Question `index` (from 0) as a person meets it: its progress, its prompt and its answers, none chosen. */
function questionStep(index: number): Story {
  return {
    name: `Question ${index + 1}: ${questions[index].id}`,
    render: renderIn(showQuestion(index)),
    play: async ({ canvasElement, globals }) => {
      const locale = localeOf({ globals });
      const element = await questionnaireOn(canvasElement, 'question');
      const question = questions[index];
      await expect(text(shadow(element).querySelector('[part~="progress"]'))).toBe(
        questionnaireStrings[locale].progress(index + 1, questions.length),
      );
      await expect(text(shadow(element).querySelector('.prompt'))).toBe(question.prompt[locale]);
      await expect(radios(element).map((radio) => radio.value)).toEqual(question.options.map((option) => option.value));
    },
  };
}

export const Question2 = questionStep(1);
export const Question3 = questionStep(2);
export const Question4 = questionStep(3);
export const Question5 = questionStep(4);
export const Question6 = questionStep(5);
export const Question7 = questionStep(6);
export const Question8 = questionStep(7);
export const Question9 = questionStep(8);
export const Question10 = questionStep(9);
export const Question11 = questionStep(10);
export const Question12 = questionStep(11);

/** A question with a hint under it, which the question's fieldset names as its description, and six answers. */
export const QuestionWithHint: Story = {
  name: 'Question with a hint',
  render: renderIn(showQuestion(withdrawalIndex)),
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf({ globals });
    const element = await questionnaireOn(canvasElement, 'question');
    const question = questions[withdrawalIndex];
    const hint = shadow(element).querySelector('#hint');
    await expect(isShown(hint)).toBe(true);
    await expect(text(hint)).toBe(question.hint![locale]);
    await expect(shadow(element).querySelector('fieldset')!.getAttribute('aria-describedby')).toBe('hint');
    await expect(radios(element)).toHaveLength(question.options.length);
  },
};

/** The last question, with earlier answers filled in: the chosen answer is marked and the button shows the result. */
export const LastQuestion: Story = {
  name: 'Last question, answered',
  args: { answers: answersFor.iop },
  render: renderIn(showQuestion(lastIndex)),
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf({ globals });
    const strings = questionnaireStrings[locale];
    const element = await questionnaireOn(canvasElement, 'question');
    await expect(text(shadow(element).querySelector('[part~="progress"]'))).toBe(
      strings.progress(questions.length, questions.length),
    );
    const checked = radios(element).filter((radio) => radio.checked);
    await expect(checked.map((radio) => radio.value)).toEqual([answersFor.iop[questions[lastIndex].id]]);
    await expect(text(shadow(element).querySelector('button[type="submit"]'))).toBe(strings.seeResult);
  },
};

/** Continue with no answer chosen: an error the screen reader announces, the answers marked invalid, focus on them. */
export const AnswerRequired: Story = {
  name: 'Answer required (error)',
  render: renderIn(showQuestion(0)),
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf({ globals });
    const strings = questionnaireStrings[locale];
    const element = await questionnaireOn(canvasElement, 'question');
    await userEvent.click(shadow(element).querySelector<HTMLButtonElement>('button[type="submit"]')!);
    await element.updateComplete;
    const error = shadow(element).querySelector('#error');
    await waitFor(() => expect(text(error)).toBe(strings.answerRequired));
    await expect(isShown(error)).toBe(true);
    await expect(error!.getAttribute('role')).toBe('alert');
    await expect(radios(element).every((radio) => radio.getAttribute('aria-invalid') === 'true')).toBe(true);
    await expect(shadow(element).querySelector('fieldset')!.getAttribute('aria-describedby')).toBe('hint error');
    await expect(shadow(element).activeElement).toBe(radios(element)[0]);
    await expect(element.screen).toBe('question');
  },
};

/** Crisis screen for thoughts of self-harm: the questions stop and the 988 Lifeline comes first, with no 911 block. */
export const CrisisSelfHarm: Story = {
  name: 'Crisis: thoughts of self-harm',
  args: { answers: { 'self-harm-thoughts': 'sometimes' } },
  render: renderIn(showResult),
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf({ globals });
    const strings = questionnaireStrings[locale];
    const element = await questionnaireOn(canvasElement, 'crisis');
    await expect(text(shadow(element).querySelector('h2'))).toBe(strings.crisisHeading);
    await expect(shadow(element).querySelector(`a[href="${call911.href}"]`)).toBeNull();
    const banner = shadow(element).querySelector<CareCrisisBanner>('care-crisis-banner')!;
    await banner.updateComplete;
    const firstLink = banner.shadowRoot!.querySelector('a[part~="link"]');
    await expect(firstLink!.getAttribute('href')).toBe(call988.href);
    await expect(isShown(firstLink)).toBe(true);
    await expect(shadow(element).querySelector('[part~="result"]')).toBeNull();
  },
};

/** Crisis screen for a medical emergency: "call 911 now" comes first, before the crisis lines. */
export const CrisisMedicalEmergency: Story = {
  name: 'Crisis: medical emergency',
  args: { answers: { ...stableDrinker, 'medical-emergency-now': 'yes' } },
  render: renderIn(showResult),
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf({ globals });
    const strings = questionnaireStrings[locale];
    const element = await questionnaireOn(canvasElement, 'crisis');
    await expect(element.recommendation?.crisisKinds).toEqual(['medical-emergency']);
    const emergency = shadow(element).querySelector('.emergency');
    await expect(text(emergency)).toContain(strings.crisisEmergency);
    const call = shadow(element).querySelector<HTMLAnchorElement>(`a[part~="cta"][href="${call911.href}"]`)!;
    await expect(text(call)).toBe(call911.label[locale]);
    const banner = shadow(element).querySelector('care-crisis-banner')!;
    await expect(call.compareDocumentPosition(banner) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  },
};

/** Crisis screen for severe withdrawal now, which can be dangerous: 911 first here too. */
export const CrisisSevereWithdrawal: Story = {
  name: 'Crisis: severe withdrawal',
  args: { answers: { ...stableDrinker, 'withdrawal-now': 'severe-now' } },
  render: renderIn(showResult),
  play: async ({ canvasElement }) => {
    const element = await questionnaireOn(canvasElement, 'crisis');
    await expect(element.recommendation?.crisisKinds).toEqual(['severe-withdrawal']);
    const call = shadow(element).querySelector(`a[part~="cta"][href="${call911.href}"]`);
    await expect(isShown(call)).toBe(true);
    const banner = shadow(element).querySelector('care-crisis-banner')!;
    await expect(call!.compareDocumentPosition(banner) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  },
};

function resultStory(level: LevelId): Story {
  return {
    args: { answers: answersFor[level] },
    render: renderIn(showResult),
    play: async ({ canvasElement, globals }) => {
      const locale = localeOf({ globals });
      const strings = questionnaireStrings[locale];
      const element = await questionnaireOn(canvasElement, 'result');
      await expect(text(shadow(element).querySelector('h2'))).toBe(
        strings.resultHeading(levels[level].longName[locale]),
      );
      await expect(text(shadow(element).querySelector('.provisional'))).toBe(strings.provisional);
      await expect(shadow(element).querySelectorAll('.reasons li').length).toBeGreaterThan(0);
      await expect(shadow(element).querySelector('.not-offered')).toBeNull();
    },
  };
}

/** Heavy use and a home that is not safe: residential care, with the reasons in plain language. */
export const ResultInpatient: Story = { ...resultStory('inpatient'), name: 'Result: inpatient' };

/** Serious mental-health symptoms in someone who is safe at home: a partial hospitalization program. */
export const ResultPhp: Story = { ...resultStory('php'), name: 'Result: PHP' };

/** Someone who needs more structure but has a safe home: an intensive outpatient program. */
export const ResultIop: Story = { ...resultStory('iop'), name: 'Result: IOP' };

/** A stable person with a supportive home: outpatient care. */
export const ResultOutpatient: Story = { ...resultStory('outpatient'), name: 'Result: outpatient' };

/** An IOP result at a center that offers only outpatient care: the result says so, and still shows the suggestion. */
export const LevelNotOffered: Story = {
  name: 'Result the center does not offer',
  args: { answers: answersFor.iop, offered: 'outpatient', phone: centerPhone },
  render: renderIn(showResult),
  play: async ({ canvasElement, globals }) => {
    const locale = localeOf({ globals });
    const strings = questionnaireStrings[locale];
    const element = await questionnaireOn(canvasElement, 'result');
    await expect(text(shadow(element).querySelector('h2'))).toBe(strings.resultHeading(levels.iop.longName[locale]));
    const notOffered = shadow(element).querySelector('.not-offered');
    await expect(isShown(notOffered)).toBe(true);
    await expect(text(notOffered)).toBe(strings.notOfferedWithContact);
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
