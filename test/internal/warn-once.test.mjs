import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { warnOnce } from '../../dist/internal/warn-once.js';

describe('warnOnce', () => {
  it('tells the console once per message, naming the library, however often a render repeats it', (t) => {
    const warn = t.mock.method(console, 'warn', () => {});
    for (let render = 0; render < 3; render += 1) {
      warnOnce('<care-comparison levels="iopp"> names no level: iopp.');
    }
    warnOnce('<care-questionnaire phone="call us"> has no digits and is ignored.');
    warnOnce('<care-comparison levels="iopp"> names no level: iopp.');
    assert.deepEqual(
      warn.mock.calls.map((call) => call.arguments),
      [
        ['care-level-widgets: <care-comparison levels="iopp"> names no level: iopp.'],
        ['care-level-widgets: <care-questionnaire phone="call us"> has no digits and is ignored.'],
      ],
    );
  });
});
