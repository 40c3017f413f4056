import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closeDelayMs } from '../../../dist/components/term/term-timing.js';

describe('closeDelayMs', () => {
  it('keeps a definition open long enough for the pointer to cross onto it, and no longer than a second', () => {
    // Moving a mouse a few pixels takes a tenth of a second or more for many people; a definition that lingers past a
    // second covers the text they moved on to read.
    assert.ok(Number.isFinite(closeDelayMs));
    assert.ok(closeDelayMs >= 100, `${closeDelayMs} ms`);
    assert.ok(closeDelayMs <= 1000, `${closeDelayMs} ms`);
  });
});
