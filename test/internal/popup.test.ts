import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PopupController, supportsPopover } from '../../src/internal/popup.js';

const waitOptions = { timeout: 5000 };

class ControllerHostForTest implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  readonly updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {}
  disconnect(): void {
    this.controllers.forEach((controller) => controller.hostDisconnected?.());
  }
}

async function scrollBox() {
  // fixtureSync: `fixture` waits for an animation frame, which a page in a background tab never gets.
  const box = fixtureSync<HTMLDivElement>(html`<div style="height: 300px; overflow: auto; margin-top: 100px">
    <div style="height: 200px"></div>
    <button id="reference">Reference</button>
    <div style="height: 1000px"></div>
    <div id="floating" popover="manual" style="position: fixed; inset: auto; margin: 0; width: 10rem; overflow: visible">
      Floating
      <div id="arrow" style="position: absolute; width: 8px; height: 8px"></div>
    </div>
    <div id="witness" popover="manual" style="position: fixed; inset: auto; margin: 0; width: 10rem">Witness</div>
  </div>`);
  return {
    box,
    reference: box.querySelector<HTMLElement>('#reference')!,
    floating: box.querySelector<HTMLElement>('#floating')!,
    arrow: box.querySelector<HTMLElement>('#arrow')!,
    witness: box.querySelector<HTMLElement>('#witness')!,
  };
}

describe('PopupController', () => {
  it('shows the popup in the top layer above its reference, with the placement and the arrow set', async () => {
    const { reference, floating, arrow } = await scrollBox();
    const popup = new PopupController(new ControllerHostForTest());
    popup.show({ reference, floating, arrow });
    expect(popup.isOpen).to.equal(true);
    if (supportsPopover) expect(floating.matches(':popover-open')).to.equal(true);
    await waitUntil(() => floating.dataset.placement === 'top', 'the popup was not placed', waitOptions);
    const referenceRect = reference.getBoundingClientRect();
    const floatingRect = floating.getBoundingClientRect();
    expect(referenceRect.top - floatingRect.bottom).to.be.closeTo(8, 1);
    expect(arrow.style.left).to.match(/px$/);
    popup.hide();
    expect(popup.isOpen).to.equal(false);
    if (supportsPopover) expect(floating.matches(':popover-open')).to.equal(false);
  });

  it('follows the reference while open and stops once hidden', async () => {
    const { box, reference, floating, witness } = await scrollBox();
    const popup = new PopupController(new ControllerHostForTest());
    popup.show({ reference, floating });
    await waitUntil(() => floating.style.top !== '', 'the popup was not placed', waitOptions);
    const topBefore = floating.style.top;
    // Dispatched by hand as well: a page in a background tab runs no rendering steps, so gets no scroll events.
    box.scrollTop = 50;
    box.dispatchEvent(new Event('scroll'));
    await waitUntil(() => floating.style.top !== topBefore, 'the popup did not follow the scroll', waitOptions);

    popup.hide();
    const topWhenHidden = floating.style.top;
    // A second popup on the same reference stays open: once it has followed the next scroll, the hidden one would
    // have followed it too, had it still been listening.
    const witnessPopup = new PopupController(new ControllerHostForTest());
    witnessPopup.show({ reference, floating: witness });
    await waitUntil(() => witness.style.top !== '', 'the witness was not placed', waitOptions);
    const witnessTopBefore = witness.style.top;
    box.scrollTop = 100;
    box.dispatchEvent(new Event('scroll'));
    await waitUntil(() => witness.style.top !== witnessTopBefore, 'the witness did not follow the scroll', waitOptions);
    expect(floating.style.top, 'the hidden popup still followed the scroll').to.equal(topWhenHidden);
    witnessPopup.hide();
  });

  it('hides on host disconnect, and never throws when hidden twice or after the popup left the page', async () => {
    const { reference, floating } = await scrollBox();
    const host = new ControllerHostForTest();
    const popup = new PopupController(host);
    popup.hide();
    popup.show({ reference, floating });
    floating.remove();
    expect(() => popup.hide()).not.to.throw();
    expect(() => popup.hide()).not.to.throw();

    document.body.append(floating);
    popup.show({ reference, floating });
    host.disconnect();
    expect(popup.isOpen).to.equal(false);
    if (supportsPopover) expect(floating.matches(':popover-open')).to.equal(false);
    floating.remove();
  });
});
