import type { ReactiveElement } from 'lit';

/** How a host names its focusable controls, to find the equivalent of a removed one after a render. */
export interface FocusKeys {
  /** A key for the control, the same for its equivalent in any of the host's views. */
  keyOf(element: Element): string;
  /** The control with `key` in the host's shadow root, if there is one. */
  find(root: ShadowRoot, key: string): HTMLElement | null;
  /** Where focus goes when no equivalent takes it, so it stays inside the host. */
  fallback(): void;
}

/**
 * Keeps focus inside an element whose render can replace the focused control, as switching between a table and
 * cards does on a resize or zoom: the same control in the new view gets focus (its closed `<details>` opened when it
 * is inside one), else the host's fallback.
 */
export class FocusKeeperController {
  /** The control that had focus before a render that may replace it, and how to find its equivalent after. */
  private before?: { readonly element: Element; readonly key: string };

  constructor(
    private readonly host: ReactiveElement,
    private readonly keys: FocusKeys,
  ) {}

  /** Notes the focused control; call before the render, in `willUpdate()`. */
  remember(): void {
    const focused = this.host.isConnected ? this.host.shadowRoot?.activeElement : undefined;
    this.before = focused ? { element: focused, key: this.keys.keyOf(focused) } : undefined;
  }

  /** Puts focus back when the render removed the control that had it; call in `updated()`. */
  restore(): void {
    const before = this.before;
    this.before = undefined;
    if (before && !before.element.isConnected) void this.focusEquivalent(before.key);
  }

  private async focusEquivalent(key: string): Promise<void> {
    const root = this.host.renderRoot as ShadowRoot;
    const target = this.keys.find(root, key);
    if (target) {
      const details = target.closest('details');
      if (details && !details.open && target.localName !== 'summary') details.open = true;
      await (target as Partial<ReactiveElement>).updateComplete;
      if (!this.focusIsLost()) return;
      target.focus();
      if (root.activeElement === target) return;
    }
    if (this.focusIsLost()) this.keys.fallback();
  }

  /** Whether nothing has focus any more: it goes to the page's body when the focused control is removed. */
  private focusIsLost(): boolean {
    if ((this.host.renderRoot as ShadowRoot).activeElement) return false;
    const active = document.activeElement;
    return active === null || active === document.body || active === document.documentElement;
  }
}
