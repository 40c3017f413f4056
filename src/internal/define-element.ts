import { version } from '../version.js';

let warnedAboutOtherCopy = false;

/**
 * Registers `tagName`, after the elements it renders (its class's `dependencies`), unless it is already taken. The
 * first definition on a page wins: registering the same class again, or a second copy of the same version, does
 * nothing; a different version of this library gets one console warning for the whole copy, naming both versions,
 * instead of the DOMException `customElements.define` would throw into the host page. A class the page already
 * registered under a tag of its own (`customElements.define('my-term', CareTerm)`) cannot take a second tag, so the
 * tag gets an empty subclass of it, as Shoelace does.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const { dependencies } = elementClass as { dependencies?: Readonly<Record<string, CustomElementConstructor>> };
  for (const [dependencyTag, dependency] of Object.entries(dependencies ?? {})) defineElement(dependencyTag, dependency);
  const existing = customElements.get(tagName);
  if (!existing) {
    try {
      customElements.define(tagName, elementClass);
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'NotSupportedError')) throw error;
      customElements.define(tagName, class extends elementClass {});
    }
    return;
  }
  const existingVersion = (existing as { version?: string }).version ?? 'unknown';
  if (existing === elementClass || existingVersion === version || warnedAboutOtherCopy) return;
  warnedAboutOtherCopy = true;
  console.warn(
    `care-level-widgets ${version}: <${tagName}> is already defined by care-level-widgets ${existingVersion}; ` +
      'the first definition is kept for every element.',
  );
}
