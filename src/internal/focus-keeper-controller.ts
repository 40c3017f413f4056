import type { ReactiveController, ReactiveElement } from 'lit';

/** How a host names its focusable controls, to find the equivalent of a hidden or removed one. */
export interface FocusKeys {
  /** A key for the control, the same for its equivalent in any of the host's views. */
  keyOf(element: Element): string;
  /** The control with `key` in `view`, if there is one. */
  find(view: ParentNode, key: string): HTMLElement | null;
  /** Where focus goes when no equivalent takes it, so it stays inside the host. */
  fallback(): void;
}

/**
 * Keeps focus inside an element that shows one of several views, chosen by CSS (a container query, as the
 * comparison's table and cards on a resize or zoom) or by a render: when the focused control is hidden or removed,
 * the same control in the view now shown gets focus (its closed `<details>` opened when it is inside one), else the
 * host's fallback. Hiding the focused control blurs it in some engines and leaves it focused in others; both count.
 * The views are watched (a resize observer) from the first time a control in the host has focus.
 */
export class FocusKeeperController implements ReactiveController {
  /** The control that has focus in the host, or had it until it was hidden. */
  private focused?: Element;
  private watched: Element[] = [];
  private readonly observer =
    typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => this.check());

  /**
   * @param views Selects the host's views in its shadow root.
   */
  constructor(
    private readonly host: ReactiveElement,
    private readonly keys: FocusKeys,
    private readonly views: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.renderRoot.addEventListener('focusin', this.onFocusIn);
    this.host.renderRoot.addEventListener('focusout', this.onFocusOut);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('focusin', this.onFocusIn);
    this.host.renderRoot.removeEventListener('focusout', this.onFocusOut);
    this.forget();
    this.watched = [];
    this.observer?.disconnect();
  }

  /** A render may have replaced the focused control, or the views the observer watches. */
  hostUpdated(): void {
    if (!this.focused) return;
    this.watchViews();
    this.check();
  }

  private readonly onFocusIn = (event: Event): void => {
    this.focused = event.target as Element;
    this.watchViews();
  };

  /** Focus that moves on (a Tab, a click elsewhere) is forgotten; focus lost by hiding its control is not. */
  private readonly onFocusOut = (event: Event): void => {
    const target = event.target as Element;
    if (target === this.focused && isRendered(target)) this.forget();
  };

  private forget(): void {
    this.focused = undefined;
  }

  /**
   * Observes the views, unless it already does: observing anew from inside another resize observer's callback (a
   * focus move there) would report a resize loop.
   */
  private watchViews(): void {
    const views = [...this.host.renderRoot.querySelectorAll(this.views)];
    if (views.length === this.watched.length && views.every((view, index) => view === this.watched[index])) return;
    this.observer?.disconnect();
    this.watched = views;
    for (const view of views) this.observer?.observe(view);
  }

  private check(): void {
    const focused = this.focused;
    if (!focused || (focused.isConnected && isRendered(focused))) return;
    if (!this.focusIsLost(focused)) {
      this.forget();
      return;
    }
    const shown = [...this.host.renderRoot.querySelectorAll(this.views)].find(isRendered);
    void this.focusEquivalent(shown ? this.keys.find(shown, this.keys.keyOf(focused)) : null, focused);
  }

  private async focusEquivalent(target: HTMLElement | null, before: Element): Promise<void> {
    if (target) {
      const details = target.closest('details');
      if (details && !details.open && target.localName !== 'summary') details.open = true;
      await (target as Partial<ReactiveElement>).updateComplete;
      if (!this.focusIsLost(before)) return;
      target.focus();
      if ((this.host.renderRoot as ShadowRoot).activeElement === target) return;
    }
    if (this.focusIsLost(before)) this.keys.fallback();
  }

  /**
   * Whether focus is still on the hidden control, or nowhere: hiding or removing the focused control sends focus to
   * the page's body in some engines.
   */
  private focusIsLost(before: Element): boolean {
    const active = (this.host.renderRoot as ShadowRoot).activeElement;
    if (active) return active === before;
    const page = this.host.ownerDocument.activeElement;
    return page === null || page === this.host.ownerDocument.body || page === this.host.ownerDocument.documentElement;
  }
}

/** Whether `element` has a layout box: not `display: none`, nor inside something that is. */
function isRendered(element: Element): boolean {
  return element.getClientRects().length > 0;
}
