/**
 * Makes a box that scrolls sideways (a wide table's) a named region and a tab stop only while it overflows:
 * keyboard users need to reach it to scroll it, and a region that does not scroll would be a stop with nothing to do.
 * Checked whenever the box or its content changes size (a narrower container, zoom, a larger font, rows added): by a
 * resize observer, which runs after the browser's own layout and before paint, so reading the size forces none.
 */
export class ScrollRegionController {
  private readonly observer =
    typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => this.check());
  private region?: HTMLElement;

  /**
   * @param labelledBy The id of the region's name, in the same root.
   * @param focusLost Where focus goes when the region had it and stops being a tab stop.
   */
  constructor(
    private readonly labelledBy: string,
    private readonly focusLost: () => void,
  ) {}

  /** A ref callback for the region; its first element child is the content whose size counts too. */
  readonly observeRegion = (region?: Element): void => {
    if (region === this.region) return;
    this.observer?.disconnect();
    this.region = region as HTMLElement | undefined;
    if (region) this.observer?.observe(region);
    if (region?.firstElementChild) this.observer?.observe(region.firstElementChild);
  };

  private check(): void {
    const region = this.region;
    if (!region?.isConnected) return;
    const overflows = region.scrollWidth > region.clientWidth;
    if (overflows === (region.getAttribute('tabindex') === '0')) return;
    if (overflows) {
      region.setAttribute('role', 'region');
      region.setAttribute('aria-labelledby', this.labelledBy);
      region.setAttribute('tabindex', '0');
      return;
    }
    const hadFocus = (region.getRootNode() as ShadowRoot).activeElement === region;
    region.removeAttribute('tabindex');
    region.removeAttribute('role');
    region.removeAttribute('aria-labelledby');
    if (hadFocus) this.focusLost();
  }
}
