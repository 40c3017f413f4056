/**
 * Forced colours (Windows contrast themes) repaint every background as Canvas: what colour alone marked must still
 * show. Chromium only, the engine that can emulate forced colours here.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/questionnaire/define.js';
import type { CareCrisisBanner } from '../../src/components/crisis-banner/crisis-banner.js';
import type { CareQuestionnaire } from '../../src/components/questionnaire/questionnaire.js';
import { emulateMediaFeatures } from '../helpers/media.js';

/** Whether a computed colour is painted: forced colours give a transparent background as `rgba(255, 255, 255, 0)`. */
function isPainted(color: string): boolean {
  return !/^rgba\(.*,\s*0\)$/.test(color);
}

/** The background that shows behind `element`: its own, or the nearest ancestor's that is painted. */
function backgroundBehind(element: Element): string {
  for (let node: Element | null = element; node; ) {
    const background = getComputedStyle(node).backgroundColor;
    if (isPainted(background)) return background;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return getComputedStyle(document.documentElement).backgroundColor;
}

describe('forced colours', () => {
  before(async function () {
    if (!(await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]))) this.skip();
  });

  after(async () => {
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'none' }]);
  });

  it('keep the progress bar visible: a system-coloured border around a system-coloured track', async () => {
    const element = await fixture<CareQuestionnaire>(html`<care-questionnaire lang="en"></care-questionnaire>`);
    element.showQuestion(2);
    await element.updateComplete;
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const bar = element.shadowRoot!.querySelector('progress')!;
    const style = getComputedStyle(bar);
    expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
    expect(style.borderTopColor).to.not.equal(style.backgroundColor);
    expect(bar.getBoundingClientRect().height).to.be.greaterThan(2);
  });

  it('keep 988 and 911 standing out on the questionnaire’s crisis line and the banner’s main calls', async () => {
    const element = await fixture<CareQuestionnaire>(html`<care-questionnaire lang="en"></care-questionnaire>`);
    for (const link of element.shadowRoot!.querySelectorAll('[part="crisis-line"] a')) {
      expect(isPainted(getComputedStyle(link).backgroundColor), link.textContent!).to.equal(true);
      expect(getComputedStyle(link).backgroundColor, link.textContent!).to.not.equal(backgroundBehind(link.parentElement!));
    }

    const banner = await fixture<CareCrisisBanner>(html`<care-crisis-banner lang="en"></care-crisis-banner>`);
    const primary = [...banner.shadowRoot!.querySelectorAll('.button.danger')];
    expect(primary.map((link) => link.textContent!.trim())).to.include.members(['Call 988', 'Call 911']);
    const secondary = banner.shadowRoot!.querySelector('.button:not(.danger)')!;
    for (const link of primary) {
      expect(getComputedStyle(link).backgroundColor, link.textContent!).to.not.equal(backgroundBehind(secondary));
      expect(getComputedStyle(link).color, link.textContent!).to.not.equal(getComputedStyle(secondary).color);
    }
  });
});
