/**
 * Imported first by every test file in the run on Lit's development build (`LIT_DEV_MODE=1`, see
 * web-test-runner.config.mjs): any warning Lit's development build logs (a reactive property shadowed by a class
 * field, an update scheduled after an update completed, an attribute value Lit cannot convert, …) fails the test
 * during which it appeared. The production build the other runs use says nothing of these.
 */
const litWarnings: string[] = [];

// Lit says once per page that it runs in development mode: that warning is about the build, not the elements.
const lit = globalThis as { litIssuedWarnings?: Set<string> };
lit.litIssuedWarnings ??= new Set(['dev-mode']);

const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const message = args.map(String).join(' ');
  if (message.includes('lit.dev/msg/')) litWarnings.push(message);
  warn(...args);
};

afterEach(() => {
  if (litWarnings.length === 0) return;
  throw new Error(`Lit warned in its development build:\n${litWarnings.splice(0).join('\n')}`);
});
