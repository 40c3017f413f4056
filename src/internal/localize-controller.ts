import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Locale, toLocale } from '../data/locale.js';

type LocalizedHost = ReactiveControllerHost & HTMLElement;

const connectedHosts = new Set<LocalizedHost>();
let documentLangObserver: MutationObserver | undefined;

function observeDocumentLang(): void {
  if (documentLangObserver || typeof MutationObserver === 'undefined') return;
  documentLangObserver = new MutationObserver(() => connectedHosts.forEach((host) => host.requestUpdate()));
  documentLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** The `lang` of the element, else of its nearest ancestor (crossing shadow roots), else of `<html>`. */
export function resolveLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return document.documentElement.lang;
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
    observeDocumentLang();
  }

  hostDisconnected(): void {
    connectedHosts.delete(this.host);
  }
}
