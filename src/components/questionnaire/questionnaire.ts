import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CareSectionElement } from '../../internal/care-section-element.js';
import { centerLinks } from '../../internal/center-links.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { CareCrisisBanner } from '../crisis-banner/crisis-banner.js';
import type { LevelId } from '../../data/level-id.js';
import type { Locale } from '../../data/locale.js';
import { ConfigController, type ConfigValue } from '../../internal/config-controller.js';
import { dispatchCta } from '../../internal/cta.js';
import { parseLevelList } from '../../internal/level-list.js';
import { SessionStorageController } from '../../internal/session-storage-controller.js';
import { warnOnce } from '../../internal/warn-once.js';
import type { CareConfigInput } from '../../config/types.js';
import * as flow from './questionnaire-flow.js';
import { cleanAnswers } from '../../engine/rate.js';
import type { Answers, Recommendation } from '../../engine/types.js';
import { questionnaireStrings } from './questionnaire.strings.js';
import { nextStepLinks, type NextStepLink } from './questionnaire-summary.js';
import { copySummary, printAlone } from './questionnaire-print.js';
import { questionnaireTemplate, statusText, type QuestionnaireHandlers } from './questionnaire.templates.js';
import { styles } from './questionnaire.styles.js';

export type { CareCtaAction, CareCtaDetail } from '../../internal/cta.js';
export type { CareConfigErrorDetail } from '../../internal/config-controller.js';

/** What `care-step` carries: the question now shown. */
export interface CareStepDetail {
  /** The question's position on the person's path, from 0. */
  readonly index: number;
  readonly questionId: string;
  /** How many questions the path has now; it changes as answers open or close branches. */
  readonly total: number;
}

/** What `care-complete` carries. For a red-flag answer, `recommendation.crisis` is true and `level` is null. */
export interface CareCompleteDetail {
  readonly recommendation: Recommendation;
  readonly answers: Answers;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'care-step': CustomEvent<CareStepDetail>;
    'care-complete': CustomEvent<CareCompleteDetail>;
    'care-quick-exit': CustomEvent<CareQuickExitDetail>;
  }
}

/** What `care-quick-exit` carries: where the page is about to go. */
export interface CareQuickExitDetail {
  readonly url: string;
}

/** The screen the questionnaire shows. */
export type QuestionnaireScreen = 'intro' | 'question' | 'crisis' | 'result';

const defaultQuickExitUrl = 'https://www.google.com/';
/**
 * A short questionnaire that suggests a level of care to start with, with its reasons in plain language. It is
 * informed by the six dimensions used in the ASAM Criteria, and its result is a provisional suggestion, never a
 * diagnosis or a placement: the result says that a licensed professional's full assessment decides, and always ends
 * with a concrete next step (the center's phone or link, otherwise the SAMHSA National Helpline).
 *
 * One question per step in a native form: radio buttons, Continue as the submit button, Back keeps the answers,
 * and focus moves to each new question. A red-flag answer (thoughts of suicide or of harming someone, a medical
 * emergency, severe withdrawal now) stops the questionnaire when the person presses Continue and shows
 * `<care-crisis-banner>` with nothing else competing; the person can still go back. The check waits for Continue
 * rather than the radio's change because arrow keys move and select at once: a person arrowing through the options
 * must not be taken away from the question by passing over one.
 *
 * Nothing is stored or sent. With `persist="session"` progress is kept in `sessionStorage` for the browser tab.
 * Content written inside the element is fallback, shown only until the element is defined.
 *
 * @summary Suggests where to start among inpatient, PHP, IOP and outpatient care; shows crisis help first.
 * @tag care-questionnaire
 * @attribute {string} lang - The language, `en` or `es`; otherwise the nearest ancestor's `lang`, then the page's.
 *
 * @fires {CustomEvent<CareStepDetail>} care-step - The person moved to a question (Start, Continue, Back, Start over).
 * @fires {CustomEvent<CareCompleteDetail>} care-complete - The person finished, or a red-flag answer stopped the
 * questions (then `recommendation.crisis` is true and `level` is null).
 * @fires {CustomEvent<CareCtaDetail>} care-cta - The person followed a next-step link. Cancelable: call
 * `preventDefault()` to handle it yourself (for example to open your own booking dialog).
 * @fires {CustomEvent<CareQuickExitDetail>} care-quick-exit - The person pressed "Leave this page now" (shown beside a question or result
 * that may reveal violence at home). The answers are already cleared. Cancelable: `preventDefault()` keeps the page
 * from going to `quick-exit-url`.
 * @fires {CustomEvent<CareConfigErrorDetail>} care-config-error - The `config` attribute could not be used; the
 * questionnaire carries on with the defaults.
 *
 * @csspart base - Everything the questionnaire shows.
 * @csspart form - The form of each question.
 * @csspart question - The fieldset of the current question.
 * @csspart option - Each answer: a label wrapping its radio button.
 * @csspart progress - The "Question 3 of 10" text; the count follows the questions the answers lead to.
 * @csspart actions - The row of buttons under a question or the result.
 * @csspart button - Every button.
 * @csspart result - The result screen.
 * @csspart first-steps - The result's "Start with …, then: <level>" box, when there is a first step.
 * @csspart cta - Each next-step link on the result screen.
 * @csspart crisis - The crisis screen.
 * @csspart crisis-line - The one-line 988 / 911 reminder on the intro, every question and every result.
 * @csspart quick-exit - The shared-device warning and "Leave this page now", beside a question or result that may
 * reveal violence at home.
 *
 * @cssprop [--care-color-accent=#0d5c63] - Buttons, the chosen answer and the progress bar.
 * @cssprop [--care-color-accent-contrast=#ffffff] - Text on accent-coloured buttons.
 * @cssprop [--care-color-text=#1d2733] - Body text.
 * @cssprop [--care-color-text-muted=#4a5868] - Hints and secondary text.
 * @cssprop [--care-color-surface=#ffffff] - The background of the questionnaire.
 * @cssprop [--care-color-surface-alt=#f3f6f8] - The background of answers and result sections.
 * @cssprop [--care-color-border=#c9d3dc] - Borders of answers and sections.
 * @cssprop [--care-color-highlight=#e3f2ef] - The background of the chosen answer.
 * @cssprop [--care-color-danger=#a4262c] - Error messages and the crisis banner.
 * @cssprop [--care-color-danger-surface=#fdf0f0] - The crisis banner's background.
 * @cssprop [--care-color-focus=#1a5fb4] - The focus ring.
 * @cssprop [--care-color-accent-dark=#7fd1c7] - Buttons, the chosen answer and the progress bar, in the dark colour scheme.
 * @cssprop [--care-color-accent-contrast-dark=#0b1a1c] - Text on accent-coloured buttons, in the dark colour scheme.
 * @cssprop [--care-color-text-dark=#e6edf3] - Body text, in the dark colour scheme.
 * @cssprop [--care-color-text-muted-dark=#b3c0cc] - Hints and secondary text, in the dark colour scheme.
 * @cssprop [--care-color-surface-dark=#17202a] - The background of the questionnaire, in the dark colour scheme.
 * @cssprop [--care-color-surface-alt-dark=#1f2b37] - The background of answers and result sections, in the dark colour scheme.
 * @cssprop [--care-color-border-dark=#4a5a6a] - Borders of answers and sections, in the dark colour scheme.
 * @cssprop [--care-color-highlight-dark=#1e3d3a] - The background of the chosen answer, in the dark colour scheme.
 * @cssprop [--care-color-danger-dark=#ffb4b0] - Error messages and the crisis banner, in the dark colour scheme.
 * @cssprop [--care-color-danger-surface-dark=#3a1d1f] - The crisis banner's background, in the dark colour scheme.
 * @cssprop [--care-color-focus-dark=#8ab4f8] - The focus ring, in the dark colour scheme.
 * @cssprop [--care-radius=0.5rem] - Corner radius.
 * @cssprop [--care-space=1rem] - The base spacing unit.
 * @cssprop [--care-font-family=inherit] - The font; inherits the page's by default.
 */
export class CareQuestionnaire extends CareSectionElement {
  static override readonly dependencies = { 'care-crisis-banner': CareCrisisBanner };

  static override styles = [themeStyles, styles];


  /**
   * The center's configuration (see `CareConfigInput`): `levels` it offers and its `contact`, or a `programs` entry
   * per level with its own phone and link. JSON in the attribute, an object as a property, or JSON in a child
   * `<script type="application/json">`. A configuration with errors is ignored as a whole: a message says so, the
   * console lists every error, and `care-config-error` fires.
   */
  @property() config?: string | CareConfigInput;

  /** The center's phone number, as people dial it. The result's next step becomes "Call us" with a `tel:` link. */
  @property() phone?: string;

  /** The next step's link, such as an intake form: an http(s), tel: or mailto: URL. Other schemes are ignored. */
  @property({ attribute: 'cta-href' }) ctaHref?: string;

  /** The text of the `cta-href` link. Default: "Book an assessment". */
  @property({ attribute: 'cta-label' }) ctaLabel?: string;

  /**
   * The levels this center offers, space-separated: `inpatient php iop outpatient`. When the suggestion is not
   * among them the result says so, and still shows it. Overrides the configuration's `levels`.
   */
  @property() offered?: string;

  /**
   * The id of a `<care-comparison>` in the same document or shadow root: its `suggested` is set to the result's
   * level ("Suggested for you"), and cleared on Start over or a crisis. Its `highlight` (the center's own program) is
   * left alone.
   */
  @property() comparison?: string;

  /**
   * `session` keeps answers and progress in `sessionStorage` (for this tab only) and restores them on reload.
   * Without it nothing is stored.
   */
  @property() persist?: 'session';

  /**
   * Where "Leave this page now" goes, beside the questions and results that may reveal violence at home. An http(s)
   * URL; default `https://www.google.com/`. The answers are cleared first.
   */
  @property({ attribute: 'quick-exit-url' })
  get quickExitUrl(): string {
    return this.exitUrl;
  }
  set quickExitUrl(value: string | undefined) {
    this.exitUrl = typeof value === 'string' && /^https?:\/\//i.test(value.trim()) ? value.trim() : defaultQuickExitUrl;
  }

  /**
   * The answers so far: the chosen option's `value` by question id (a list of values for a multiple-choice
   * question). Set it to pre-fill answers; unknown questions and values are dropped. Answers to questions that a
   * later change of branch skips are kept, so going back restores them, but they do not count. Reading it gives a
   * copy.
   */
  @property({ attribute: false })
  get answers(): Answers {
    return cleanAnswers(this.flowState.answers);
  }
  set answers(value: Answers) {
    this.flowState = { ...this.flowState, answers: cleanAnswers(value) };
  }

  /** The screen shown now: `intro`, `question`, `crisis` or `result`. */
  get screen(): QuestionnaireScreen {
    return this.flowState.screen;
  }

  /** The position of the question shown (from 0), or of the last one shown. */
  get questionIndex(): number {
    return this.flowState.questionIndex;
  }

  /** The recommendation on the result or crisis screen; null on the other screens. */
  get recommendation(): Recommendation | null {
    return this.flowState.recommendation;
  }

  private exitUrl = defaultQuickExitUrl;
  /** Where the person is: screens, answers and path (questionnaire-flow.ts). */
  @state() private flowState: flow.FlowState = flow.initialFlowState;
  @state() private announcement = '';


  private readonly configuration = new ConfigController(
    this,
    (): ConfigValue => this.config,
    'uses the defaults, with a note that some details may be missing',
  );
  /** With `persist="session"`, progress kept for the tab, and given back after the first render's hydration. */
  private readonly storage = new SessionStorageController(this, {
    keyPrefix: 'care-level-widgets:questionnaire',
    enabled: () => this.persist === 'session',
    prerendered: () => this.prerendered,
    restore: (saved) => this.apply(flow.restore(this.flowState, saved)),
  });
  /** What the templates' controls call: made once, so no render replaces a listener. */
  private readonly handlers: QuestionnaireHandlers = {
    start: () => this.apply(flow.start(this.flowState)),
    answer: (event) => this.onAnswer(event),
    submit: (event) => {
      event.preventDefault();
      this.apply(flow.next(this.flowState));
    },
    back: () => this.apply(flow.back(this.flowState)),
    backFromCrisis: () => this.apply(flow.backFromCrisis(this.flowState)),
    changeAnswers: () => this.apply(flow.changeAnswers(this.flowState)),
    startOver: () => this.apply(flow.startOver(this.flowState)),
    quickExit: () => this.onQuickExit(),
    print: () => printAlone(this, this.renderRoot.querySelector('details')),
    copy: () => void this.onCopy(),
    cta: (event, link, level) => dispatchCta(this, event, { level, action: link.action, href: link.href }),
  };
  private pendingFocus: 'heading' | 'first-option' | null = null;
  private markedComparison?: { element: Element; level: LevelId };

  /** Shows the question at `index` (from 0) on the path the answers lead to, keeping the answers. Fires no event. */
  showQuestion(index: number): void {
    this.apply(flow.showQuestion(this.flowState, index));
  }

  /**
   * Shows the result for the current `answers`, or the crisis screen if one of them is a red flag; unanswered
   * questions count as no concern and the result says so. Fires no event: a page can use it to show a result it
   * kept, and Storybook uses it for its stories.
   */
  showResult(): void {
    this.apply(flow.showResult(this.flowState));
  }

  /** Clears the answers (and any saved progress) and goes back to the introduction. Fires no event. */
  restart(): void {
    this.apply(flow.restart(this.flowState));
  }

  /** Answers set by code keep the question on the path, and an outcome shown follows them. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('persist') && this.persist != null && this.persist !== 'session') {
      this.warnIgnored('persist', this.persist, 'session');
    }
    const key = 'flowState' as keyof CareQuestionnaire;
    const before = changed.get(key) as flow.FlowState | undefined;
    if (changed.has(key) && before?.answers !== this.flowState.answers) this.apply(flow.answersSet(this.flowState));
  }

  protected override updated(): void {
    if (this.pendingFocus) {
      const selector = this.pendingFocus === 'heading' ? '[data-focus-target]' : 'input';
      this.pendingFocus = null;
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    }
  }

  override render() {
    const locale = this.locale;
    const strings = questionnaireStrings[locale];
    return questionnaireTemplate({
      flow: this.flowState,
      locale,
      strings,
      contentLang: this.contentLang,
      configError: this.configuration.errors.length > 0,
      announcement: this.announcement,
      theme: this.validTheme,
      headingLevel: () => this.topHeadingLevel(this.headingLevel),
      offeredLevels: () => this.offeredLevels(),
      nextStepLinks: (level) => this.nextStepLinks(level, locale),
      on: this.handlers,
    });
  }

  private onAnswer(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.apply(
      input.type === 'checkbox'
        ? flow.tick(this.flowState, input.name, input.value, input.checked)
        : flow.answer(this.flowState, input.name, input.value),
    );
  }

  private onQuickExit(): void {
    const detail: CareQuickExitDetail = { url: this.quickExitUrl };
    const leave = this.dispatchEvent(
      new CustomEvent<CareQuickExitDetail>('care-quick-exit', { detail, bubbles: true, composed: true, cancelable: true }),
    );
    this.restart();
    if (leave) window.location.replace(this.quickExitUrl);
  }

  private async onCopy(): Promise<void> {
    const recommendation = this.flowState.recommendation;
    if (!recommendation) return;
    const locale = this.localize.locale;
    const strings = questionnaireStrings[locale];
    const links = recommendation.level ? this.nextStepLinks(recommendation.level, locale) : [];
    const copied = await copySummary(recommendation, this.flowState.answers, locale, links);
    this.announce(copied ? strings.copied : strings.copyFailed);
  }

  /** Takes the flow's next state and does what it asks: speak, move focus, save, mark the suggestion, fire. */
  private apply(step: flow.FlowStep): void {
    this.flowState = step.state;
    if (step.announce === null) this.announcement = '';
    else if (step.announce) this.announce(statusText(step.announce, this.localize.locale));
    if (step.focus) this.pendingFocus = step.focus;
    if (step.suggest === null) this.clearSuggestion();
    else if (step.suggest) this.markSuggestion(step.suggest);
    if (step.storage === 'save') this.storage.save(flow.savedProgress(this.flowState));
    else if (step.storage === 'clear') this.storage.clear();
    // Each event by its literal name, which the manifest's analyzer reads.
    const { event } = step;
    if (event?.type === 'care-step') {
      this.dispatchEvent(new CustomEvent('care-step', { detail: event.detail, bubbles: true, composed: true }));
    } else if (event) {
      this.dispatchEvent(new CustomEvent('care-complete', { detail: event.detail, bubbles: true, composed: true }));
    }
  }

  /** Sets the live region's text; a repeated message gets an invisible change so it is announced again. */
  private announce(message: string): void {
    this.announcement = this.announcement === message ? `${message}\u00a0` : message;
  }

  private offeredLevels(): readonly LevelId[] {
    if (this.offered === undefined || this.offered === null) return this.configuration.config.levels;
    const { levels: offered, unknown } = parseLevelList(this.offered);
    if (unknown.length > 0) {
      warnOnce(
        `<care-questionnaire offered> ignores ${unknown.map((token) => `"${token}"`).join(', ')}: use inpatient, php, iop or outpatient.`,
      );
    }
    return offered;
  }

  /**
   * The center's phone and link for `level` (attributes first, then its program, then its contact), else SAMHSA.
   * Without a level, the attributes and the contact.
   */
  private nextStepLinks(level: LevelId | undefined, locale: Locale): NextStepLink[] {
    const { call, link, ignored } = centerLinks(this.configuration.config, level, {
      phone: this.phone,
      url: this.ctaHref,
      label: this.ctaLabel,
    });
    for (const { attribute, value } of ignored) {
      if (attribute === 'phone') warnOnce(`<care-questionnaire phone="${value}"> has no digits and is ignored.`);
      else warnOnce(`<care-questionnaire cta-href> ignores "${value}": use an http(s), tel: or mailto: URL.`);
    }
    return nextStepLinks(call, link, locale);
  }

  private markSuggestion(level: LevelId): void {
    if (!this.comparison) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = typeof root.getElementById === 'function' ? root.getElementById(this.comparison) : null;
    if (!target) {
      warnOnce(`<care-questionnaire comparison="${this.comparison}"> found no element with that id next to it.`);
      return;
    }
    target.setAttribute('suggested', level);
    this.markedComparison = { element: target, level };
  }

  private clearSuggestion(): void {
    const marked = this.markedComparison;
    this.markedComparison = undefined;
    if (marked && marked.element.getAttribute('suggested') === marked.level) marked.element.removeAttribute('suggested');
  }
}
