/**
 * `dist/care-level-widgets-hydrate.js`, the script tag for pages with elements pre-rendered by
 * `care-level-widgets/ssr`. A pre-rendered element reads completely before any script runs, so this small script
 * only waits: for the first pointer, touch, focus or key on the page, or for the browser to be idle, whichever comes
 * first. Then it adds `care-level-widgets-hydrate.full.js` from beside its own URL (hydrate-bundle.ts: Lit's
 * hydration support, then every element), which hydrates the elements without rendering them again.
 *
 * - An element on the page that was not pre-rendered shows only its fallback content until the elements load, so
 *   then the full script loads at once.
 * - A click on a pre-rendered element's button before the element hydrated (a tap, or Enter on a button focused
 *   before this script ran) is lost to the element, which has no listeners yet: it is clicked again once the element
 *   has hydrated. Hydration keeps the server's DOM, so it is the same button.
 * - From another site (a CDN), the full script is added with `integrity` (its hash is written in by the build) and
 *   `crossorigin`: the integrity hash of this file then covers both.
 * - Loaded twice, the second copy does nothing. Beside the loader (`care-level-widgets.js`), the first to define an
 *   element wins and the other skips it (same version, no warning).
 */
import { ownScriptUrl } from '../internal/own-script-url.js';
import { careElementTags } from './snippet.js';

/** The full script's file name and its Subresource Integrity hash, written in by the build. */
declare const __FULL_SCRIPT__: { readonly file: string; readonly integrity: string };
const fullScript = __FULL_SCRIPT__;

/** Marks the page once this script runs: on `window` under a symbol, so no element's id can stand in for it. */
const started = Symbol.for('care-level-widgets.hydrate-on-demand');

/** Events that come before a person uses an element: hovering or touching it, focusing it, or a key. */
const interactions = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'];

/** How long the browser may stay busy before the elements load anyway. */
const idleTimeoutMs = 3000;
/** Without `requestIdleCallback` (WebKit), the wait instead: long enough to let the first view paint. */
const fallbackDelayMs = 200;

type CareElement = Element & { readonly hasUpdated?: boolean; readonly updateComplete?: Promise<unknown> };

const isCareTag = (name: string): boolean => (careElementTags as readonly string[]).includes(name);

function waitThenHydrate(): void {
  const url = new URL(fullScript.file, ownScriptUrl('care-level-widgets-hydrate'));
  let loading = false;
  let clicks = 0;

  const load = (): void => {
    if (loading) return;
    loading = true;
    for (const type of interactions) document.removeEventListener(type, load, true);
    const script = document.createElement('script');
    script.src = url.href;
    if (url.origin !== location.origin) {
      script.integrity = fullScript.integrity;
      script.crossOrigin = 'anonymous';
    }
    script.addEventListener('error', () => {
      // The pre-rendered elements stay as the server sent them: readable, with working links.
      console.error(`care-level-widgets: could not load ${url.href}`);
      document.removeEventListener('click', recordClick, true);
    });
    script.addEventListener('load', () => {
      const present = [...document.querySelectorAll<CareElement>(careElementTags.join(','))];
      Promise.all(present.map((element) => customElements.whenDefined(element.localName).then(() => element.updateComplete))).then(
        () => document.removeEventListener('click', recordClick, true),
        () => undefined,
      );
    });
    document.head.append(script);
  };

  /** Screen readers can click without a key or pointer event first: a click starts the load too. */
  function recordClick(event: Event): void {
    load();
    const button = event.composedPath().find((node): node is HTMLButtonElement => node instanceof HTMLButtonElement);
    const host = (button?.getRootNode() as ShadowRoot | undefined)?.host as CareElement | undefined;
    if (!button || !host || !isCareTag(host.localName) || host.hasUpdated) return;
    // Only the last click is clicked again: two would toggle a term open and shut again.
    const click = ++clicks;
    customElements
      .whenDefined(host.localName)
      .then(() => host.updateComplete)
      .then(() => {
        if (click === clicks && button.isConnected) button.click();
      });
  }

  const notPrerendered = [...document.querySelectorAll(careElementTags.join(','))].some((element) => !element.shadowRoot);
  if (notPrerendered) {
    load();
    return;
  }
  document.addEventListener('click', recordClick, true);
  for (const type of interactions) document.addEventListener(type, load, { capture: true, passive: true });
  if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout: idleTimeoutMs });
  else setTimeout(load, fallbackDelayMs);
}

if (!Object.prototype.hasOwnProperty.call(window, started)) {
  Object.defineProperty(window, started, { value: true });
  waitThenHydrate();
}
