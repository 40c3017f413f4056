/**
 * The elements from a React 19 app written as the README shows (test/fixtures/react/app.tsx, rendered with react-dom/client): `config` reaches
 * them as an object property, and `care-complete` reaches the app both through React 19's `oncare-complete` prop
 * and through a ref with addEventListener.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CareComparison } from '../../src/components/comparison/comparison.js';
import type { CareCompleteDetail, CareQuestionnaire } from '../../src/components/questionnaire/questionnaire.js';
import type { Recommendation } from '../../src/index.js';
import { vignettes } from '../vignettes.mjs';

/** Served by the test runner: the fixture app bundled with React (see web-test-runner.config.mjs). */
const appUrl = '/__fixtures/react-app.js';

/** What test/fixtures/react/app.tsx reports back (its `AppHandlers`). */
interface AppHandlers {
  onCompleteProp(detail: CareCompleteDetail): void;
  onCompleteRef(recommendation: Recommendation): void;
  onListening(): void;
}

interface ReactRoot {
  unmount(): void;
}

describe('from a React 19 app', () => {
  it('takes config as an object and delivers care-complete to an oncare-complete prop and to a ref listener', async () => {
    const { mount } = (await import(/* @vite-ignore */ appUrl)) as {
      mount(container: Element, handlers: AppHandlers): ReactRoot;
    };
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const fromProp: CareCompleteDetail[] = [];
    const fromRef: Recommendation[] = [];
    let listening: () => void = () => {};
    const refListenerAttached = new Promise<void>((resolve) => (listening = resolve));
    const root = mount(container, {
      onCompleteProp: (detail) => fromProp.push(detail),
      onCompleteRef: (recommendation) => fromRef.push(recommendation),
      onListening: () => listening(),
    });
    try {
      await waitUntil(() => container.querySelector('care-questionnaire')?.shadowRoot, 'the app rendered');
      // A ref's listener is added in useEffect, which React runs after paint: wait for it, as an app must.
      await refListenerAttached;
      const comparison = container.querySelector<CareComparison>('care-comparison')!;
      const questionnaire = container.querySelector<CareQuestionnaire>('care-questionnaire')!;
      await comparison.updateComplete;
      expect(typeof comparison.config).to.equal('object');
      expect(comparison.shadowRoot!.querySelectorAll('th[scope="col"]')).to.have.length(3);

      questionnaire.answers = vignettes.find((vignette) => vignette.id === 'depression-most-days')!.answers;
      questionnaire.showQuestion(Number.MAX_SAFE_INTEGER);
      await questionnaire.updateComplete;
      questionnaire.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await questionnaire.updateComplete;

      expect(fromProp.map((detail) => detail.recommendation.level)).to.deep.equal(['iop']);
      expect(fromRef.map((recommendation) => recommendation.level)).to.deep.equal(['iop']);
      expect(questionnaire.shadowRoot!.textContent).to.contain('Call us: +1-555-0100');
      await comparison.updateComplete;
      expect(comparison.getAttribute('suggested')).to.equal('iop');
    } finally {
      root.unmount();
    }
  });
});
