/**
 * The markup of `<care-questionnaire>`: functions of the flow's state (questionnaire-flow.ts) and of what the element
 * gives them, so the element keeps only its properties, lifecycle and wiring.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { html as staticHtml } from 'lit/static-html.js';
import type { CareTheme } from '../../internal/care-element.js';
import { headingTag } from '../../internal/heading-tag.js';
import { keepPhoneNumbersWhole } from '../../internal/phone-number.js';
import { call911 } from '../../data/crisis-resources.js';
import type { LevelId } from '../../data/level-id.js';
import { levels } from '../../data/levels.js';
import type { Locale } from '../../data/locale.js';
import { questionnaireIntro } from '../../data/questions.js';
import { sources } from '../../data/sources.js';
import { hasPrivateAnswer, hasPrivateOption, isPrivateReason, isPrivateStep } from '../../engine/privacy.js';
import { chosenValues, subjectOf } from '../../engine/rate.js';
import type { Question, Recommendation } from '../../engine/types.js';
import { questionPath, questionPathLengths, type FlowAnnouncement, type FlowState } from './questionnaire-flow.js';
import { answeredQuestions, type NextStepLink } from './questionnaire-summary.js';
import { questionnaireStrings, type EmergencyKind, type QuestionnaireStrings } from './questionnaire.strings.js';

/** What the element's controls call. */
export interface QuestionnaireHandlers {
  readonly start: () => void;
  readonly answer: (event: Event) => void;
  readonly submit: (event: SubmitEvent) => void;
  readonly back: () => void;
  readonly backFromCrisis: () => void;
  readonly changeAnswers: () => void;
  readonly startOver: () => void;
  readonly quickExit: () => void;
  readonly print: () => void;
  readonly copy: () => void;
  /** A next-step link was followed, before the browser follows it. */
  readonly cta: (event: MouseEvent, link: NextStepLink, level: LevelId) => void;
}

/** Everything the templates draw from. */
export interface QuestionnaireTemplateContext {
  readonly flow: FlowState;
  readonly locale: Locale;
  readonly strings: QuestionnaireStrings;
  /** The `lang` of the content when it differs from the one it inherits (see `CareElement.contentLang`). */
  readonly contentLang: string | undefined;
  readonly configError: boolean;
  /** The status region's text. */
  readonly announcement: string;
  readonly theme: CareTheme | undefined;
  /** The level of each screen's heading; asked only while rendering one, as it may read the page's headings. */
  readonly headingLevel: () => number;
  /** The levels the center offers; asked only on the result, as reading them may warn in the console. */
  readonly offeredLevels: () => readonly LevelId[];
  /** The center's phone and link for `level`, else SAMHSA's helpline. */
  readonly nextStepLinks: (level: LevelId | undefined) => readonly NextStepLink[];
  readonly on: QuestionnaireHandlers;
}

/**
 * Enter on a radio button submits in every engine, as it already does in some. Enter on a checkbox does nothing in
 * every engine, as in Firefox and WebKit (Chromium submits): someone ticking several answers must not be moved on
 * after the first.
 */
function submitOnEnter(event: KeyboardEvent): void {
  if (event.key !== 'Enter') return;
  event.preventDefault();
  const input = event.target as HTMLInputElement;
  if (input.type === 'radio') input.form?.requestSubmit();
}

/** Which danger the 911 box speaks to: a medical emergency first, then harm to others, then self-harm. */
function emergencyKindOf(recommendation: Recommendation | null): EmergencyKind {
  const kinds = recommendation?.crisisKinds ?? [];
  if (kinds.includes('medical-emergency') || kinds.includes('severe-withdrawal')) return 'medical';
  return kinds.includes('harm-others') ? 'harm-others' : 'self-harm';
}

/** "Start with X": the step's label with a capital first letter. */
function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** What the status region says for the flow's `announcement`, in `locale`. */
export function statusText(announcement: FlowAnnouncement, locale: Locale): string {
  const strings = questionnaireStrings[locale];
  if (announcement.key === 'pathLength') return strings.pathLength(announcement.total);
  if (announcement.key === 'result') return strings.resultAnnouncement(levels[announcement.level].longName[locale]);
  return strings.crisisAnnouncement;
}

/** The whole questionnaire: the screen shown, with the configuration's error above it and the status region. */
export function questionnaireTemplate(context: QuestionnaireTemplateContext): TemplateResult {
  return html`
    <div part="base" class="base" lang=${context.contentLang ?? nothing}>
      ${context.configError ? html`<p class="config-error">${context.strings.configError}</p>` : nothing}
      ${renderScreen(context)}
      <div class="visually-hidden" role="status" aria-live="polite">${context.announcement}</div>
    </div>
  `;
}

function renderScreen(context: QuestionnaireTemplateContext) {
  const { flow } = context;
  switch (flow.screen) {
    case 'question':
      return keyed(questionPath(flow.answers)[flow.questionIndex]?.id, renderQuestion(context));
    case 'crisis':
      return renderCrisis(context);
    case 'result':
      return flow.recommendation?.level
        ? renderResult(context, flow.recommendation, flow.recommendation.level)
        : nothing;
    default:
      return renderIntro(context);
  }
}

function renderIntro(context: QuestionnaireTemplateContext) {
  const { locale, strings, on } = context;
  return html`
    <section class="screen intro">
      ${screenHeading(context, strings.introHeading)}
      <p>${questionnaireIntro[locale]}</p>
      <p class="muted">${strings.questionCount(questionPathLengths().fewest, questionPathLengths().most)}</p>
      <div class="actions" part="actions">
        <button type="button" part="button" class="button primary" @click=${on.start}>${strings.start}</button>
      </div>
      <div class="without-script">
        <p>${strings.withoutScript}</p>
        <div class="cta-row">
          ${context.nextStepLinks(undefined).map(
            (link) => html`<a part="cta" class="button cta" href=${link.href}>${keepPhoneNumbersWhole(link.text)}</a>`,
          )}
        </div>
      </div>
      ${renderCrisisLine(context)}
    </section>
  `;
}

function renderQuestion(context: QuestionnaireTemplateContext) {
  const { locale, strings, flow, on } = context;
  const index = flow.questionIndex;
  const path = questionPath(flow.answers);
  const question = path[index];
  const subject = subjectOf(flow.answers);
  const isLast = index === path.length - 1;
  const describedBy = [question.hint ? 'hint' : '', flow.answerMissing ? 'error' : ''].filter(Boolean).join(' ');
  return html`
    <form part="form" class="screen form" @submit=${on.submit}>
      <button type="button" part="button" class="button back" @click=${on.back}>
        <span aria-hidden="true">←</span> ${strings.back}
      </button>
      <progress class="bar" max=${path.length} value=${index + 1} aria-hidden="true"></progress>
      <fieldset part="question" class="question" aria-describedby=${describedBy || nothing}>
        <legend class="legend">
          ${screenHeading(context, html`
            <span part="progress" class="progress">${strings.progress(index + 1, path.length)}</span
            ><span class="visually-hidden">: </span>
            <span class="prompt">${question.prompt[subject][locale]}</span>
`)}
        </legend>
        ${question.hint ? html`<p id="hint" class="hint">${question.hint[subject][locale]}</p>` : nothing}
        <p id="error" class="error" role="alert">${flow.answerMissing ? missingAnswerText(context, question) : ''}</p>
        <div class="options">
          ${question.options.map((option) => renderOption(context, question, option.value, option.label[subject][locale]))}
        </div>
      </fieldset>
      <div class="actions" part="actions">
        <button type="submit" part="button" class="button primary">
          ${isLast ? strings.seeResult : strings.continue}
        </button>
      </div>
      ${hasPrivateOption(question) ? renderQuickExit(context) : nothing}
      ${renderCrisisLine(context)}
    </form>
  `;
}

/** What Continue without an answer says, alternating so that each press is announced. */
function missingAnswerText(context: QuestionnaireTemplateContext, question: Question): string {
  const { strings, flow } = context;
  const [first, again] = question.multiple
    ? [strings.answersRequired, strings.answersRequiredAgain]
    : [strings.answerRequired, strings.answerRequiredAgain];
  return flow.missingPresses % 2 === 1 ? first : again;
}

/**
 * Beside a question or result that may reveal violence at home: a warning that someone else may see the screen,
 * and a button that clears the answers and leaves the page.
 */
function renderQuickExit(context: QuestionnaireTemplateContext) {
  const { strings, on } = context;
  return html`<div part="quick-exit" class="quick-exit">
    <p>${strings.sharedDevice}</p>
    <button type="button" part="button" class="button" @click=${on.quickExit}>${strings.quickExit}</button>
  </div>`;
}

/** A screen's heading, which focus moves to when the screen opens. */
function screenHeading(context: QuestionnaireTemplateContext, content: unknown) {
  const tag = headingTag(context.headingLevel(), 2);
  return staticHtml`<${tag} class="heading" tabindex="-1" data-focus-target>${content}</${tag}>`;
}

/** A section's heading inside a screen, one level below the screen's. */
function sectionHeading(context: QuestionnaireTemplateContext, content: unknown) {
  const tag = headingTag(context.headingLevel() + 1, 3);
  return staticHtml`<${tag} class="section-heading">${content}</${tag}>`;
}

/** The one-line 988 / 911 reminder on the intro, every question and every result; the numbers are links. */
function renderCrisisLine(context: QuestionnaireTemplateContext) {
  const { strings, flow } = context;
  const text = strings.crisisLine[subjectOf(flow.answers)];
  return html`<p part="crisis-line" class="crisis-line">
    ${text.split(/(911|988)/).map((piece) => (piece === '911' || piece === '988' ? html`<a href="tel:${piece}">${piece}</a>` : piece))}
  </p>`;
}

function renderOption(context: QuestionnaireTemplateContext, question: Question, value: string, label: string) {
  const { flow, on } = context;
  const checked = chosenValues(flow.answers, question.id).includes(value);
  return html`
    <label part="option" class="option">
      <input
        type=${question.multiple ? 'checkbox' : 'radio'}
        name=${question.id}
        value=${value}
        .checked=${checked}
        aria-invalid=${flow.answerMissing ? 'true' : nothing}
        @change=${on.answer}
        @keydown=${submitOnEnter}
      />
      <span class="option-label">${label}</span>
    </label>
  `;
}

function renderCrisis(context: QuestionnaireTemplateContext) {
  const { locale, strings, flow, on } = context;
  const emergency = flow.recommendation?.emergency ?? false;
  return html`
    <section part="crisis" class="screen crisis">
      ${screenHeading(context, strings.crisisHeading)}
      ${
        emergency
          ? html`<div class="emergency">
              <p>${strings.crisisEmergency[emergencyKindOf(flow.recommendation)][subjectOf(flow.answers)]}</p>
              <a part="cta" class="button danger" href=${call911.href}>${call911.label[locale]}</a>
            </div>`
          : nothing
      }
      <p>${strings.crisisText[subjectOf(flow.answers)]}</p>
      <care-crisis-banner
        heading-level=${context.headingLevel() + 1}
        theme=${context.theme ?? nothing}
      ></care-crisis-banner>
      <div class="actions" part="actions">
        <button type="button" part="button" class="button" @click=${on.backFromCrisis}>
          <span aria-hidden="true">←</span> ${strings.crisisBack}
        </button>
      </div>
    </section>
  `;
}

function renderResult(context: QuestionnaireTemplateContext, recommendation: Recommendation, level: LevelId) {
  const { locale, strings, flow, on } = context;
  const data = levels[level];
  const levelName = data.longName[locale];
  const offered = context.offeredLevels().includes(level);
  const links = context.nextStepLinks(level);
  const hasCenterContact = links.some((link) => link.action !== 'helpline');
  const locator = sources['findtreatment-locator'];
  const privateAnswer = hasPrivateAnswer(flow.answers);
  const privately = (isPrivate: boolean) => (isPrivate ? 'private' : nothing);
  return html`
    <section part="result" class="screen result">
      ${screenHeading(context, strings.resultHeading(levelName))}
      ${privateAnswer ? renderQuickExit(context) : nothing}
      <p class="provisional">${strings.provisional[subjectOf(flow.answers)]}</p>
      ${
        offered
          ? nothing
          : html`<p class="not-offered">
              ${hasCenterContact ? strings.notOfferedWithContact : strings.notOfferedWithoutContact}
              <a class="locator" href=${locator.url}>${strings.findTreatment}</a>
            </p>`
      }
      ${
        recommendation.firstSteps.length > 0
          ? html`<div part="first-steps" class="first-steps">
              ${sectionHeading(context, strings.firstStepsHeading)}
              <ol>
                ${recommendation.firstSteps.map(
                  (step) =>
                    html`<li class=${privately(isPrivateStep(step))}>
                      <strong>${capitalized(step.label[locale])}.</strong> ${keepPhoneNumbersWhole(step.text[locale])}
                    </li>`,
                )}
              </ol>
              <p class="then">${strings.thenLevel(levelName)}</p>
            </div>`
          : nothing
      }

      ${sectionHeading(context, strings.reasonsHeading)}
      <ul class="reasons">
        ${recommendation.reasons.map(
          (reason) => html`<li class=${privately(isPrivateReason(reason))}>${keepPhoneNumbersWhole(reason.text[locale])}</li>`,
        )}
      </ul>
      ${
        recommendation.notes.length > 0
          ? html`${sectionHeading(context, strings.notesHeading)}
              <ul class="notes">
                ${recommendation.notes.map((note) => html`<li class="note">${keepPhoneNumbersWhole(note.text[locale])}</li>`)}
              </ul>`
          : nothing
      }

      ${sectionHeading(context, strings.involvesHeading)}
      <p>${data.summary.value[locale]}</p>
      <dl class="facts">
        <div>
          <dt>${strings.hours}</dt>
          <dd>${data.weeklyHours.value.description[locale]}</dd>
        </div>
        <div>
          <dt>${strings.schedule}</dt>
          <dd>${data.schedule.value.description[locale]}</dd>
        </div>
        <div>
          <dt>${strings.length}</dt>
          <dd>${data.typicalLength.value[locale]}</dd>
        </div>
        <div>
          <dt>${strings.sleeps[subjectOf(flow.answers)]}</dt>
          <dd>${data.sleeps.value[locale]}</dd>
        </div>
      </dl>

      <div class="next-step">
        ${sectionHeading(context, strings.nextStepHeading)}
        <p>${hasCenterContact ? strings.nextStepText : strings.helplineText}</p>
        <div class="cta-row">
          ${links.map(
            (link, index) =>
              html`<a
                part="cta"
                class=${index === 0 ? 'button primary cta' : 'button cta'}
                href=${link.href}
                @click=${(event: MouseEvent) => on.cta(event, link, level)}
                >${keepPhoneNumbersWhole(link.text)}</a
              >`,
          )}
        </div>
      </div>

      <div class="actions" part="actions">
        <div class="action-pair">
          <button type="button" part="button" class="button" @click=${on.print}>${strings.print}</button>
          <button type="button" part="button" class="button" @click=${on.copy}>${strings.copy}</button>
        </div>
        <div class="action-pair">
          <button type="button" part="button" class="button" @click=${on.changeAnswers}>
            ${strings.changeAnswers}
          </button>
          <button type="button" part="button" class="button" @click=${on.startOver}>${strings.startOver}</button>
        </div>
      </div>

      <details class="answers">
        <summary>${strings.answersHeading}</summary>
        <ol>
          ${answeredQuestions(flow.answers, locale).map(
            (answered) =>
              html`<li class=${privately(answered.private)}>
                <span class="asked">${answered.question}</span> <strong>${answered.answer}</strong>
              </li>`,
          )}
        </ol>
        ${privateAnswer ? html`<p class="print-only">${strings.privateAnswerLeftOut}</p>` : nothing}
      </details>
      <p class="muted asam">${strings.asamNote}</p>
      ${renderCrisisLine(context)}
    </section>
  `;
}
