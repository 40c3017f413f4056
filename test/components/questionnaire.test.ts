import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resizeViewport } from '../helpers/viewport.js';
import { narrowPage, removeNarrowPages } from '../helpers/narrow-page.js';
import '../../src/components/questionnaire/define.js';
import '../../src/components/comparison/define.js';
import type {
  CareCompleteDetail,
  CareConfigErrorDetail,
  CareCtaDetail,
  CareQuestionnaire,
  CareStepDetail,
} from '../../src/components/questionnaire/questionnaire.js';
import { questions } from '../../src/data/questions.js';
import { levels } from '../../src/data/levels.js';
import { recommend } from '../../src/engine/recommend.js';
import type { Answers } from '../../src/engine/types.js';

const storageKeyPrefix = 'care-level-widgets:questionnaire';

/** The first option of every question, except a worried answer about feelings: a result of intensive outpatient. */
const iopAnswers: Answers = Object.fromEntries(
  questions.map((question) => [question.id, question.id === 'mental-health' ? 'sometimes' : question.options[0].value]),
);

function root(element: CareQuestionnaire): ShadowRoot {
  return element.shadowRoot!;
}

function text(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function headingText(element: CareQuestionnaire): string {
  return text(root(element).querySelector('h2'));
}

function radios(element: CareQuestionnaire): HTMLInputElement[] {
  return [...root(element).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
}

function checkedValue(element: CareQuestionnaire): string | undefined {
  return radios(element).find((radio) => radio.checked)?.value;
}

function button(element: CareQuestionnaire, label: string): HTMLElement {
  const found = [...root(element).querySelectorAll<HTMLElement>('button, a')].find((candidate) =>
    text(candidate).includes(label),
  );
  if (!found) throw new Error(`no button "${label}" in: ${text(root(element))}`);
  return found;
}

function focusedInside(element: CareQuestionnaire): Element | null {
  return root(element).activeElement;
}

/**
 * Waits for the render, and with it for focus to move. Only microtasks: the test runner runs two pages at once, and
 * a page in the background gets no animation frames and timers slowed to one a second.
 */
async function settle(element: CareQuestionnaire): Promise<void> {
  await element.updateComplete;
}

/** Clicks an answer and Continue, as a pointer user would. */
async function answerWithPointer(element: CareQuestionnaire, value: string): Promise<void> {
  radios(element)
    .find((radio) => radio.value === value)!
    .click();
  await element.updateComplete;
  root(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await settle(element);
}

async function newQuestionnaire(template = html`<care-questionnaire lang="en"></care-questionnaire>`) {
  return fixture<CareQuestionnaire>(template);
}

describe('<care-questionnaire>', () => {
  afterEach(async () => {
    sessionStorage.clear();
    await resizeViewport(800, 600);
  });

  it('can be completed with the keyboard alone, with axe passing at every step and at the result', async () => {
    const element = await newQuestionnaire();
    expect(headingText(element)).to.equal('Where could I start?');
    expect(text(root(element))).to.contain('informed by the six dimensions used in the ASAM Criteria');
    expect(text(root(element))).to.contain('not a diagnosis');
    await expect(element).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    expect(text(focusedInside(element))).to.equal('Start');
    await sendKeys({ press: 'Enter' });
    await settle(element);

    for (const [index, question] of questions.entries()) {
      const focused = focusedInside(element)!;
      expect(focused.tagName, `focus on question ${index + 1}`).to.equal('H2');
      expect(text(focused)).to.equal(`Question ${index + 1} of ${questions.length}: ${question.prompt.en}`);
      await expect(element).to.be.accessible();

      await sendKeys({ press: 'Tab' });
      expect(focusedInside(element)).to.equal(radios(element)[0]);
      const target = question.options.findIndex((option) => option.value === iopAnswers[question.id]);
      if (target === 0) {
        await sendKeys({ press: ' ' });
      } else {
        for (let step = 0; step < target; step += 1) await sendKeys({ press: 'ArrowDown' });
      }
      expect(checkedValue(element), question.id).to.equal(iopAnswers[question.id]);
      await sendKeys({ press: 'Enter' });
      await settle(element);
    }

    const expected = recommend(iopAnswers);
    expect(expected.level).to.equal('iop');
    expect(element.screen).to.equal('result');
    expect(headingText(element)).to.equal('A place to start: Intensive outpatient program (IOP)');
    expect(focusedInside(element)!.tagName).to.equal('H2');
    const result = text(root(element).querySelector('[part="result"]'));
    for (const reason of expected.reasons) expect(result).to.contain(reason.text.en);
    expect(result).to.contain('not a diagnosis or a placement');
    expect(result).to.contain('licensed professional’s full assessment decides');
    expect(result).to.contain(levels.iop.schedule.value.description.en);
    expect(result).to.contain(levels.iop.typicalLength.value.en);
    expect(result).to.contain('informed by the six dimensions used in the ASAM Criteria');
    expect(text(root(element).querySelector('[role="status"]'))).to.equal(
      'Your result is ready. A place to start: Intensive outpatient program (IOP).',
    );
    await expect(element).to.be.accessible();
  });

  it('keeps answers when going Back and Continue', async () => {
    const element = await newQuestionnaire();
    button(element, 'Start').click();
    await settle(element);
    await answerWithPointer(element, 'no');
    await answerWithPointer(element, 'no');
    expect(element.questionIndex).to.equal(2);

    button(element, 'Back').click();
    await settle(element);
    expect(headingText(element)).to.contain('Question 2 of');
    expect(checkedValue(element)).to.equal('no');
    expect(focusedInside(element)!.tagName).to.equal('H2');

    button(element, 'Back').click();
    await settle(element);
    expect(checkedValue(element)).to.equal('no');

    root(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(element);
    expect(headingText(element)).to.contain('Question 2 of');
    expect(checkedValue(element)).to.equal('no');

    button(element, 'Back').click();
    await settle(element);
    button(element, 'Back').click();
    await settle(element);
    expect(element.screen, 'Back from the first question goes to the introduction').to.equal('intro');
    expect(element.answers).to.deep.equal({ 'self-harm-thoughts': 'no', 'harm-others-thoughts': 'no' });
  });

  it('asks for an answer, in words, before moving on', async () => {
    const element = await newQuestionnaire();
    element.showQuestion(0);
    await settle(element);
    root(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(element);
    const error = root(element).querySelector('#error')!;
    expect(text(error)).to.equal('Choose an answer to continue.');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(root(element).querySelector('fieldset')!.getAttribute('aria-describedby')).to.contain('error');
    expect(focusedInside(element)).to.equal(radios(element)[0]);
    expect(element.questionIndex).to.equal(0);
    await expect(element).to.be.accessible();

    radios(element)[0].click();
    await settle(element);
    expect(text(error)).to.equal('');
  });

  describe('crisis answers', () => {
    const crisisOptions = questions.flatMap((question, index) =>
      question.options.filter((option) => option.crisis).map((option) => ({ question, index, option })),
    );

    it('the questions have red-flag answers to test', () => {
      expect(crisisOptions.length).to.be.at.least(4);
    });

    for (const { question, index, option } of crisisOptions) {
      it(`stop the questions and show crisis help first: ${question.id} = ${option.value}`, async () => {
        const element = await newQuestionnaire();
        const completed: CareCompleteDetail[] = [];
        element.addEventListener('care-complete', (event) => completed.push(event.detail));
        element.answers = Object.fromEntries(questions.slice(0, index).map((earlier) => [earlier.id, 'no']));
        element.showQuestion(index);
        await settle(element);
        await answerWithPointer(element, option.value);

        expect(element.screen).to.equal('crisis');
        expect(headingText(element)).to.equal('Please reach out for help now');
        expect(focusedInside(element)!.tagName).to.equal('H2');
        const banner = root(element).querySelector('care-crisis-banner')!;
        expect(banner).to.exist;
        await (banner as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        const bannerLinks = [...banner.shadowRoot!.querySelectorAll('a')].map((link) => link.getAttribute('href'));
        expect(bannerLinks).to.include.members(['tel:988', 'sms:988', 'tel:911', 'tel:18006624357']);
        expect(root(element).querySelector('[part="result"]')).to.equal(null);
        for (const level of Object.values(levels)) expect(text(root(element))).not.to.contain(level.longName.en);
        expect(root(element).querySelector('form')).to.equal(null);

        expect(completed).to.have.length(1);
        expect(completed[0].recommendation.crisis).to.equal(true);
        expect(completed[0].recommendation.level).to.equal(null);
        expect(completed[0].recommendation.crisisKinds).to.include(option.crisisKind);

        button(element, 'Back to my answer').click();
        await settle(element);
        expect(element.screen).to.equal('question');
        expect(element.questionIndex).to.equal(index);
        expect(checkedValue(element)).to.equal(option.value);
      });
    }

    it('put a 911 call first for a medical emergency, and pass axe', async () => {
      const element = await newQuestionnaire();
      element.answers = { 'medical-emergency-now': 'yes' };
      element.showResult();
      await settle(element);
      expect(element.screen).to.equal('crisis');
      const emergency = root(element).querySelector('.emergency')!;
      expect(text(emergency)).to.contain('call 911 now');
      expect(emergency.querySelector('a')!.getAttribute('href')).to.equal('tel:911');
      await expect(element).to.be.accessible();
    });
  });

  describe('Spanish', () => {
    it('follows its own lang', async () => {
      const element = await newQuestionnaire(html`<care-questionnaire lang="es"></care-questionnaire>`);
      expect(headingText(element)).to.equal('¿Por dónde podría empezar?');
      expect(text(root(element))).to.contain('seis dimensiones que se usan en los Criterios de ASAM');
      button(element, 'Empezar').click();
      await settle(element);
      expect(headingText(element)).to.equal(`Pregunta 1 de ${questions.length}: ${questions[0].prompt.es}`);
      expect(text(root(element).querySelector('button[type="submit"]'))).to.equal('Continuar');
      expect(text(root(element))).to.contain('Atrás');
      root(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await settle(element);
      expect(text(root(element).querySelector('#error'))).to.equal('Elija una respuesta para continuar.');
      await expect(element).to.be.accessible();

      element.answers = iopAnswers;
      element.showResult();
      await settle(element);
      expect(headingText(element)).to.equal('Por dónde empezar: Programa ambulatorio intensivo (IOP)');
      expect(text(root(element))).to.contain('no un diagnóstico');
      expect(text(root(element))).to.contain('Llamar a SAMHSA: 1-800-662-4357');
      await expect(element).to.be.accessible();
    });

    it('inherits an ancestor’s lang, including for the crisis banner', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div lang="es-US"><care-questionnaire></care-questionnaire></div>`,
      );
      const element = wrapper.querySelector('care-questionnaire')!;
      element.answers = { 'self-harm-thoughts': 'sometimes' };
      element.showResult();
      await settle(element);
      expect(headingText(element)).to.equal('Por favor, pida ayuda ahora');
      const banner = root(element).querySelector('care-crisis-banner')!;
      await banner.updateComplete;
      expect(text(banner.shadowRoot!.querySelector('#heading'))).to.equal('Hay ayuda disponible ahora mismo');
      expect(text(root(element))).to.contain('Volver a mi respuesta');
    });
  });

  describe('events', () => {
    it('fires care-step on each move, bubbling and composed, with the question', async () => {
      const element = await newQuestionnaire();
      const steps: CareStepDetail[] = [];
      document.addEventListener('care-step', (event) => {
        expect(event.bubbles && event.composed).to.equal(true);
        steps.push(event.detail);
      });
      button(element, 'Start').click();
      await settle(element);
      await answerWithPointer(element, 'no');
      button(element, 'Back').click();
      await settle(element);
      expect(steps).to.deep.equal([
        { index: 0, questionId: questions[0].id },
        { index: 1, questionId: questions[1].id },
        { index: 0, questionId: questions[0].id },
      ]);
    });

    it('fires care-complete with the recommendation and the answers', async () => {
      const element = await newQuestionnaire();
      element.answers = iopAnswers;
      element.showQuestion(questions.length - 1);
      await settle(element);
      const completed = oneEvent(element, 'care-complete');
      root(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      const event = await completed;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.recommendation.level).to.equal('iop');
      expect(event.detail.recommendation.crisis).to.equal(false);
      expect(event.detail.answers).to.deep.equal(iopAnswers);
    });

    it('fires no event for changes made by code', async () => {
      const element = await newQuestionnaire();
      const fired: string[] = [];
      for (const type of ['care-step', 'care-complete', 'care-cta'])
        element.addEventListener(type, () => fired.push(type));
      element.answers = iopAnswers;
      element.showQuestion(3);
      element.showResult();
      element.restart();
      await settle(element);
      expect(fired).to.deep.equal([]);
    });

    it('fires a cancelable care-cta when the next step is followed', async () => {
      const element = await newQuestionnaire(
        html`<care-questionnaire
          lang="en"
          phone="+1 (555) 010-0199"
          cta-href="https://example.org/intake"
        ></care-questionnaire>`,
      );
      element.answers = iopAnswers;
      element.showResult();
      await settle(element);
      const ctas = [...root(element).querySelectorAll<HTMLAnchorElement>('[part="cta"]')];
      expect(ctas.map((link) => [text(link), link.getAttribute('href')])).to.deep.equal([
        ['Call us: +1 (555) 010-0199', 'tel:+15550100199'],
        ['Book an assessment', 'https://example.org/intake'],
      ]);

      const details: CareCtaDetail[] = [];
      element.addEventListener('care-cta', (event) => {
        expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
        details.push(event.detail);
        event.preventDefault();
      });
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      ctas[1].dispatchEvent(click);
      expect(click.defaultPrevented, 'cancelling care-cta cancels the navigation').to.equal(true);
      expect(details).to.deep.equal([{ level: 'iop', action: 'link', href: 'https://example.org/intake' }]);
    });
  });

  describe('next step', () => {
    it('falls back to the SAMHSA helpline, and ignores an unsafe link with a warning', async () => {
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (message: string) => warnings.push(message);
      try {
        const element = await newQuestionnaire(
          html`<care-questionnaire lang="en" cta-href="javascript:alert(1)" cta-label="Go"></care-questionnaire>`,
        );
        element.answers = iopAnswers;
        element.showResult();
        await settle(element);
        const hrefs = [...root(element).querySelectorAll('[part="cta"]')].map((link) => link.getAttribute('href'));
        expect(hrefs).to.deep.equal(['tel:18006624357', 'tel:18004874889']);
        expect(text(root(element))).to.contain('SAMHSA National Helpline');
        expect(warnings.some((message) => message.includes('javascript:alert(1)'))).to.equal(true);
      } finally {
        console.warn = warn;
      }
    });

    it('uses the contact from config, with attributes taking precedence', async () => {
      const config = JSON.stringify({
        contact: { phone: '555-0100', url: 'https://example.org/book', label: 'Book a call' },
      });
      const element = await newQuestionnaire(
        html`<care-questionnaire lang="en" config=${config}></care-questionnaire>`,
      );
      element.answers = iopAnswers;
      element.showResult();
      await settle(element);
      let ctas = [...root(element).querySelectorAll('[part="cta"]')];
      expect(ctas.map((link) => text(link))).to.deep.equal(['Call us: 555-0100', 'Book a call']);

      element.phone = '555-0199';
      element.ctaLabel = 'Start intake';
      await settle(element);
      ctas = [...root(element).querySelectorAll('[part="cta"]')];
      expect(ctas.map((link) => text(link))).to.deep.equal(['Call us: 555-0199', 'Start intake']);
    });
  });

  describe('offered levels', () => {
    it('says honestly when the suggestion is not offered, and still shows it', async () => {
      const element = await newQuestionnaire(
        html`<care-questionnaire lang="en" offered="outpatient" phone="555-0100"></care-questionnaire>`,
      );
      element.answers = iopAnswers;
      element.showResult();
      await settle(element);
      expect(headingText(element)).to.equal('A place to start: Intensive outpatient program (IOP)');
      expect(text(root(element).querySelector('.not-offered'))).to.equal(
        'We don’t offer this level of care ourselves. We can help you find a program that does.',
      );

      element.removeAttribute('phone');
      await settle(element);
      expect(text(root(element).querySelector('.not-offered'))).to.contain('The SAMHSA National Helpline can help');

      element.offered = 'iop outpatient';
      await settle(element);
      expect(root(element).querySelector('.not-offered')).to.equal(null);
    });

    it('reads the offered levels from config', async () => {
      const config = JSON.stringify({ levels: ['inpatient', 'php'] });
      const element = await newQuestionnaire(
        html`<care-questionnaire lang="en" config=${config}></care-questionnaire>`,
      );
      element.answers = iopAnswers;
      element.showResult();
      await settle(element);
      expect(root(element).querySelector('.not-offered')).to.exist;
    });
  });

  it('shows a message, logs once and fires care-config-error for a bad config, and still works', async () => {
    const error = console.error;
    const logged: string[] = [];
    console.error = (message: string) => logged.push(message);
    try {
      const element = document.createElement('care-questionnaire');
      element.lang = 'en';
      element.setAttribute('config', '{"levels": ["detox"]');
      const configError = oneEvent(element, 'care-config-error');
      const container = fixtureSync<HTMLDivElement>(html`<div></div>`);
      container.append(element);
      const event = (await configError) as CustomEvent<CareConfigErrorDetail>;
      expect(event.detail.errors.length).to.be.at.least(1);
      await settle(element);
      expect(text(root(element).querySelector('.config-error'))).to.contain('settings could not be read');
      expect(logged).to.have.length(1);
      expect(logged[0]).to.contain('config');
      await expect(element).to.be.accessible();
      button(element, 'Start').click();
      await settle(element);
      expect(element.screen).to.equal('question');
    } finally {
      console.error = error;
    }
  });

  describe('comparison link', () => {
    it('highlights the suggested level in the <care-comparison> named by id', async () => {
      const page = fixtureSync<HTMLDivElement>(html`
        <div>
          <care-questionnaire lang="en" comparison="t"></care-questionnaire>
          <care-comparison id="t"></care-comparison>
        </div>
      `);
      const element = page.querySelector('care-questionnaire')!;
      const comparison = page.querySelector('care-comparison')!;
      element.answers = iopAnswers;
      element.showQuestion(questions.length - 1);
      await settle(element);
      root(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await settle(element);
      expect(comparison.getAttribute('highlight')).to.equal('iop');

      button(element, 'Start over').click();
      await settle(element);
      expect(comparison.hasAttribute('highlight')).to.equal(false);
    });

    it('finds the comparison inside the same shadow root, and warns once when there is none', async () => {
      const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<care-questionnaire lang="en" comparison="inner"></care-questionnaire><div id="inner"></div>';
      const element = shadow.querySelector('care-questionnaire')!;
      element.answers = iopAnswers;
      element.showResult();
      expect(shadow.getElementById('inner')!.getAttribute('highlight')).to.equal('iop');

      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (message: string) => warnings.push(message);
      try {
        element.comparison = 'missing-comparison';
        element.showResult();
        element.showResult();
        expect(warnings.filter((message) => message.includes('missing-comparison'))).to.have.length(1);
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('storage', () => {
    it('stores nothing by default', async () => {
      sessionStorage.clear();
      const element = await newQuestionnaire();
      button(element, 'Start').click();
      await settle(element);
      await answerWithPointer(element, 'no');
      element.answers = iopAnswers;
      element.showResult();
      expect(sessionStorage.length).to.equal(0);
      expect(localStorage.length).to.equal(0);
    });

    it('with persist="session", restores answers and the step after a reload, and Start over forgets them', async () => {
      const first = await newQuestionnaire(html`<care-questionnaire lang="en" persist="session"></care-questionnaire>`);
      button(first, 'Start').click();
      await settle(first);
      await answerWithPointer(first, 'no');
      expect(sessionStorage.getItem(storageKeyPrefix)).to.contain('self-harm-thoughts');
      first.remove();

      const second = await newQuestionnaire(
        html`<care-questionnaire lang="en" persist="session"></care-questionnaire>`,
      );
      expect(second.screen).to.equal('question');
      expect(second.questionIndex).to.equal(1);
      expect(second.answers).to.deep.equal({ 'self-harm-thoughts': 'no' });
      button(second, 'Back').click();
      await settle(second);
      expect(checkedValue(second)).to.equal('no');

      second.answers = iopAnswers;
      second.showResult();
      second.remove();
      const third = await newQuestionnaire(html`<care-questionnaire lang="en" persist="session"></care-questionnaire>`);
      expect(third.screen).to.equal('result');
      button(third, 'Start over').click();
      await settle(third);
      expect(third.answers).to.deep.equal({});
      expect(sessionStorage.getItem(storageKeyPrefix)).to.contain('"answers":{}');
    });

    it('ignores saved progress it cannot read', async () => {
      sessionStorage.setItem(
        storageKeyPrefix,
        '{"answers":{"self-harm-thoughts":"maybe","age":"no"},"screen":"??","questionIndex":99}',
      );
      const element = await newQuestionnaire(
        html`<care-questionnaire lang="en" persist="session"></care-questionnaire>`,
      );
      expect(element.answers).to.deep.equal({ age: 'no' });
      expect(element.screen).to.equal('intro');
      sessionStorage.setItem(storageKeyPrefix, 'not json');
      const again = await newQuestionnaire(html`<care-questionnaire lang="en" persist="session"></care-questionnaire>`);
      expect(again.screen).to.equal('intro');
    });
  });

  describe('summary', () => {
    it('copies a plain-text summary and announces it, or says it could not', async () => {
      const element = await newQuestionnaire();
      element.answers = iopAnswers;
      element.showResult();
      await settle(element);
      const clipboard = navigator.clipboard;
      const original = clipboard.writeText;
      let copied = '';
      clipboard.writeText = async (value: string) => {
        copied = value;
      };
      try {
        button(element, 'Copy summary').click();
        await settle(element);
        await settle(element);
        expect(copied).to.contain('A place to start: Intensive outpatient program (IOP)');
        expect(copied).to.contain(questions[0].prompt.en);
        expect(copied).to.contain('SAMHSA National Helpline');
        expect(copied).to.contain('Call SAMHSA: 1-800-662-4357 (tel:18006624357)');
        expect(text(root(element).querySelector('[role="status"]'))).to.equal('Summary copied.');

        clipboard.writeText = async () => {
          throw new DOMException('denied', 'NotAllowedError');
        };
        button(element, 'Copy summary').click();
        await settle(element);
        await settle(element);
        expect(text(root(element).querySelector('[role="status"]'))).to.contain('could not be copied');
      } finally {
        clipboard.writeText = original;
      }
    });

    it('prints only the summary, with the answers shown', async () => {
      const element = await newQuestionnaire();
      element.answers = iopAnswers;
      element.showResult();
      await settle(element);
      const print = window.print;
      let printedWith: { attribute: boolean; open: boolean; sheets: number } | undefined;
      window.print = () => {
        printedWith = {
          attribute: element.hasAttribute('data-care-printing'),
          open: root(element).querySelector('details')!.open,
          sheets: document.adoptedStyleSheets.length,
        };
      };
      try {
        const sheetsBefore = document.adoptedStyleSheets.length;
        button(element, 'Print summary').click();
        expect(printedWith).to.deep.equal({ attribute: true, open: true, sheets: sheetsBefore + 1 });
        window.dispatchEvent(new Event('afterprint'));
        expect(element.hasAttribute('data-care-printing')).to.equal(false);
        expect(root(element).querySelector('details')!.open).to.equal(false);
        expect(document.adoptedStyleSheets.length).to.equal(sheetsBefore);
      } finally {
        window.print = print;
      }
    });
  });

  it('fits 320px without horizontal scrolling on a question, the result and the crisis screen', async () => {
    const page = await narrowPage(
      320,
      640,
      `<care-questionnaire lang="en" phone="+1 (555) 010-0199"
        cta-href="https://example.org/a-rather-long-intake-form-address"></care-questionnaire>`,
    );
    const element = page.querySelector('care-questionnaire') as CareQuestionnaire;
    const check = async (label: string) => {
      await settle(element);
      const width = page.documentElement.clientWidth;
      expect(page.documentElement.scrollWidth, label).to.be.at.most(width);
      for (const node of root(element).querySelectorAll('*')) {
        expect(node.getBoundingClientRect().right, `${label}: ${node.tagName}.${node.className}`).to.be.at.most(width);
      }
    };
    element.showQuestion(3);
    await check('question');
    element.answers = iopAnswers;
    element.showResult();
    await check('result');
    element.answers = { 'self-harm-thoughts': 'plan-or-recent' };
    element.showResult();
    await check('crisis');
    removeNarrowPages();
  });
});
