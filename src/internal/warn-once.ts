const warnedMessages = new Set<string>();

/**
 * Logs a console warning, prefixed with the library's name, the first time `message` comes up only: a mistyped
 * attribute is worth one line, not one per render.
 */
export function warnOnce(message: string): void {
  if (warnedMessages.has(message)) return;
  warnedMessages.add(message);
  console.warn(`care-level-widgets: ${message}`);
}

/**
 * Forgets every warning given, so the next `warnOnce` of any message logs again. For tests, which each expect their
 * own single warning whatever ran before them; not exported from any public entry.
 *
 * @internal
 */
export function resetWarnOnce(): void {
  warnedMessages.clear();
}
