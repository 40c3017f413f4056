import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/questionnaire/define.js';
import type { CareQuestionnaire } from '../../../src/components/questionnaire/questionnaire.js';
import { vignettes } from '../../vignettes.mjs';

describe('<care-questionnaire> phone numbers', () => {

  it('never breaks a phone number at its hyphens, and keeps the tel: link as dialled', async () => {
    const element = await fixture<CareQuestionnaire>(
      html`<care-questionnaire lang="en" phone="+1-555-010-0199"></care-questionnaire>`,
    );
    element.answers = vignettes.find((vignette) => vignette.id === 'weekend-drinker')!.answers;
    element.showResult();
    await element.updateComplete;
    const call = element.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:+1"]')!;
    expect(call.getAttribute('href')).to.equal('tel:+15550100199');
    const number = call.querySelector('.phone-number')!;
    expect(number.textContent, 'shown as written, so a copied number dials').to.equal('+1-555-010-0199');
    expect(getComputedStyle(number).whiteSpace).to.equal('nowrap');
  });
});
