import type { ReactiveController, ReactiveElement } from 'lit';

export interface SessionStorageOptions {
  /** The start of the storage key; the element's id, or its position among the page's elements of its kind, follows. */
  readonly keyPrefix: string;
  /** Whether anything is stored: read at each use, so it follows the element's attribute. */
  readonly enabled: () => boolean;
  /** Whether the element's first render hydrates markup a server rendered. */
  readonly prerendered: () => boolean;
  /** Applies what was saved, as parsed from JSON: anything at all, to be checked. Called at most once. */
  readonly restore: (saved: unknown) => void;
}

/**
 * Keeps an element's progress in `sessionStorage` (for this browser tab only) and gives it back once, when the
 * element first renders. Storage that is full or blocked (private modes, sandboxed frames) leaves progress in memory
 * only, and unreadable saved progress is ignored.
 */
export class SessionStorageController implements ReactiveController {
  private key?: string;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: SessionStorageOptions,
  ) {
    host.addController(this);
  }

  /**
   * Saved progress is read once, before the first render: by then Lit has applied properties set before the element
   * was defined (the one that enables storage among them), and moving the element later neither restores nor
   * announces again. Not called when rendering on a server.
   */
  hostUpdate(): void {
    if (!this.host.hasUpdated && !this.options.prerendered()) this.restore();
  }

  /**
   * A pre-rendered element reads it after its first render instead: that render hydrates the server's markup and
   * must show exactly what the server rendered, or hydration fails and the element dies (issue 20).
   */
  hostUpdated(): void {
    if (!this.host.hasUpdated && this.options.prerendered()) void this.host.updateComplete.then(() => this.restore());
  }

  save(progress: unknown): void {
    if (!this.options.enabled()) return;
    try {
      sessionStorage.setItem(this.storageKey, JSON.stringify(progress));
    } catch {
      // Storage can be full or blocked; progress then lives only in memory.
    }
  }

  clear(): void {
    if (!this.options.enabled()) return;
    try {
      sessionStorage.removeItem(this.storageKey);
    } catch {
      // Nothing was saved if storage is blocked.
    }
  }

  private restore(): void {
    if (!this.options.enabled()) return;
    let saved: unknown;
    try {
      saved = JSON.parse(sessionStorage.getItem(this.storageKey) ?? 'null');
    } catch {
      return;
    }
    this.options.restore(saved);
  }

  /**
   * By id; without one, by position among the page's elements of the same kind, so two of them never share a key.
   * Fixed at first use, so moving the element keeps its progress.
   */
  private get storageKey(): string {
    if (!this.key) {
      const { keyPrefix } = this.options;
      const root = this.host.getRootNode() as Document | ShadowRoot;
      const position = [...root.querySelectorAll(this.host.localName)].indexOf(this.host);
      this.key = this.host.id ? `${keyPrefix}:${this.host.id}` : position > 0 ? `${keyPrefix}#${position + 1}` : keyPrefix;
    }
    return this.key;
  }
}
