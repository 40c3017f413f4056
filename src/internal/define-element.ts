import { version } from '../version.js';

const warnedTags = new Set<string>();

/**
 * Registers `tagName` unless it is already taken. The first definition on a page wins: registering the same class
 * again does nothing, and a different class (another copy or version of this library) gets one console warning
 * naming both versions instead of the DOMException `customElements.define` would throw into the host page.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tagName);
  if (!existing) {
    customElements.define(tagName, elementClass);
    return;
  }
  if (existing === elementClass || warnedTags.has(tagName)) return;
  warnedTags.add(tagName);
  const existingVersion = (existing as { version?: string }).version ?? 'unknown';
  console.warn(
    `care-level-widgets: <${tagName}> is already defined by version ${existingVersion}; ` +
      `this copy (version ${version}) keeps the first definition.`,
  );
}
