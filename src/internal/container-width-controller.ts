import type { ReactiveControllerHost } from 'lit';

/**
 * The width of an element's content box in rem (of the page's root font size), for an element that lays itself
 * out by its own width rather than the window's. It observes a probe, a zero-height element as wide as the host,
 * rather than the host itself: a layout switch changes the host's height, and observing that would loop.
 */
export class ContainerWidthController {
  /** The width in rem; 0 until it has been laid out. */
  widthRem = 0;
  /** Whether this browser reports widths (a server has no resize observer). */
  readonly observes = typeof ResizeObserver !== 'undefined';
  private readonly observer = this.observes ? new ResizeObserver((entries) => this.measured(entries)) : undefined;
  private probe?: Element;

  constructor(private readonly host: ReactiveControllerHost) {}

  /**
   * A ref callback for the probe, so whichever probe is rendered is the one observed, also after the host renders
   * something else for a while or is moved.
   */
  readonly observeProbe = (probe?: Element): void => {
    if (probe === this.probe) return;
    if (this.probe) this.observer?.unobserve(this.probe);
    this.probe = probe;
    if (probe) this.observer?.observe(probe);
  };

  /**
   * Before the first render, the viewport's width stands in for the element's when it is narrower than
   * `thresholdRem`: the element is no wider, so the narrow layout shows at once; the probe reports the element's own
   * width right after. Counted in rems of the browser's default 16 px, because reading the page's root font size
   * here would force a layout; a page with a smaller root font size may see the narrow layout first.
   */
  guessFromViewport(thresholdRem: number): void {
    const viewportRem = window.innerWidth / 16;
    if (viewportRem > 0 && viewportRem < thresholdRem) this.widthRem = viewportRem;
  }

  private measured(entries: readonly ResizeObserverEntry[]): void {
    for (const entry of entries) {
      if (entry.target !== this.probe) continue;
      const rootFontSize = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      const widthRem = entry.contentRect.width / rootFontSize;
      if (widthRem === this.widthRem) continue;
      this.widthRem = widthRem;
      this.host.requestUpdate();
    }
  }
}
