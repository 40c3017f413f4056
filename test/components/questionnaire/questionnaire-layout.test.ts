import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/questionnaire/define.js';
import type { CareQuestionnaire } from '../../../src/components/questionnaire/questionnaire.js';
import { vignettes } from '../../vignettes.mjs';

/** The number of buttons on each row of the result's actions, top to bottom. */
function buttonsPerRow(element: CareQuestionnaire): number[] {
  const rows = new Map<number, number>();
  for (const button of element.shadowRoot!.querySelectorAll('[part~="actions"] button')) {
    const top = Math.round(button.getBoundingClientRect().top);
    rows.set(top, (rows.get(top) ?? 0) + 1);
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, count]) => count);
}

describe('<care-questionnaire> result buttons', () => {
  for (const lang of ['en', 'es']) {
    for (const width of [320, 480, 700, 820, 1280]) {
      it(`leave no button alone on a row at ${width} px (${lang})`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width: ${width}px"><care-questionnaire lang=${lang}></care-questionnaire></div>`,
        );
        const element = wrapper.querySelector('care-questionnaire')!;
        element.answers = vignettes.find((vignette) => vignette.id === 'depression-most-days')!.answers;
        element.showResult();
        await element.updateComplete;
        const rows = buttonsPerRow(element);
        expect(rows.reduce((sum, count) => sum + count, 0)).to.equal(4);
        expect(rows.every((count) => count >= 2), `rows of ${rows.join(' + ')}`).to.equal(true);
      });
    }
  }
});
