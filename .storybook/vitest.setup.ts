import { afterEach, beforeEach, type MockInstance, vi } from 'vitest';

/**
 * A story that logs a console error fails its test: an element that reports a problem while rendering a state
 * designers browse is a defect, even when the page still looks right.
 */
let consoleError: MockInstance<typeof console.error>;

beforeEach(() => {
  consoleError = vi.spyOn(console, 'error');
});

afterEach(() => {
  const messages = consoleError.mock.calls.map((args) => args.map(String).join(' '));
  consoleError.mockRestore();
  if (messages.length > 0) {
    throw new Error(`The story logged ${messages.length} console error(s):\n${messages.join('\n')}`);
  }
});
