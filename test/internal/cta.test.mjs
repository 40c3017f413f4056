/** dispatchCta on Node's EventTarget, which dispatches and cancels events as the DOM does. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dispatchCta } from '../../dist/internal/cta.js';

const detail = { level: 'iop', action: 'call', href: 'tel:5550199' };

/** A link's click, cancelable as a real one is, and the `care-cta` events `host` fired for it. */
function click(host) {
  const seen = [];
  host.addEventListener('care-cta', (event) => seen.push(event));
  const event = new Event('click', { cancelable: true });
  dispatchCta(host, event, detail);
  return { event, seen };
}

describe('dispatchCta', () => {
  it('tells the page which link was followed, in an event that leaves the shadow root and bubbles to the page', () => {
    const { event, seen } = click(new EventTarget());
    assert.equal(seen.length, 1);
    assert.equal(seen[0].type, 'care-cta');
    assert.deepEqual(seen[0].detail, detail);
    assert.equal(seen[0].bubbles, true);
    assert.equal(seen[0].composed, true);
    assert.equal(event.defaultPrevented, false, 'the link is followed');
  });

  it('stops the link when the page cancels care-cta, so it can open its own booking dialog', () => {
    const host = new EventTarget();
    host.addEventListener('care-cta', (event) => event.preventDefault());
    const { event } = click(host);
    assert.equal(event.defaultPrevented, true);
  });
});
