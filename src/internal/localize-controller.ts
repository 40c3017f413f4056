import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Locale, toLocale } from '../data/locale.js';

type LocalizedHost = ReactiveControllerHost & HTMLElement;

const connectedHosts = new Set<LocalizedHost>();
let langObserver: MutationObserver | undefined;
const langChanges: MutationObserverInit = { attributes: true, attributeFilter: ['lang'] };

/**
 * One observer for every widget: the whole document's `lang` attributes, plus each widget inside a shadow root
 * (which the document's subtree does not reach). Any change re-renders every connected widget, so terms nested in a
 * comparison follow it too.
 */
function observeLang(host: LocalizedHost): void {
  if (typeof MutationObserver === 'undefined') return;
  if (!langObserver) {
    langObserver = new MutationObserver(() => connectedHosts.forEach((connected) => connected.requestUpdate()));
    langObserver.observe(document.documentElement, { ...langChanges, subtree: true });
  }
  if (host.getRootNode() !== document) langObserver.observe(host, langChanges);
}

/**
 * The `lang` of the element, else of its nearest ancestor (crossing shadow roots), else of `<html>`. On a server
 * (Lit SSR's DOM shim has no tree and no document element) only the element's own `lang` counts.
 */
export function resolveLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    if (typeof node.getRootNode !== 'function') return '';
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return globalThis.document?.documentElement?.lang ?? '';
}

/**
 * Keeps an element's language in step with its own `lang`, its ancestors' and the document's, so a page that
 * switches language re-renders every widget without any code of its own.
 */
export class LocalizeController implements ReactiveController {
  constructor(private readonly host: LocalizedHost) {
    host.addController(this);
  }

  /** The supported locale the host renders in now. */
  get locale(): Locale {
    return toLocale(resolveLang(this.host));
  }

  hostConnected(): void {
    connectedHosts.add(this.host);
    observeLang(this.host);
  }

  hostDisconnected(): void {
    connectedHosts.delete(this.host);
  }
}
