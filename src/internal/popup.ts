import type { Placement } from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

let floatingUi: Promise<typeof import('@floating-ui/dom')> | undefined;

/**
 * Floating UI, imported the first time a popup opens: a page whose terms are never opened never fetches it (the
 * script tag's chunks keep it in a file of its own).
 */
function loadFloatingUi(): Promise<typeof import('@floating-ui/dom')> {
  floatingUi ??= import('@floating-ui/dom');
  return floatingUi;
}

/** The elements a popup positions: what it points at, the popup itself and, optionally, its arrow. */
export interface PopupElements {
  readonly reference: Element;
  readonly floating: HTMLElement;
  readonly arrow?: HTMLElement;
}

export interface PopupOptions {
  /** The preferred side; `flip` takes the opposite side when this one has no room. Default: `top`. */
  readonly placement?: Placement;
  /** The gap between the reference and the popup, in pixels. Default: 8. */
  readonly distance?: number;
  /** The least distance kept between the popup and the viewport's edges, in pixels. Default: 8. */
  readonly viewportPadding?: number;
  /** The least distance kept between the arrow and the popup's corners, in pixels. Default: 8. */
  readonly arrowPadding?: number;
}

/** Whether this browser has the Popover API, which shows an element in the top layer. */
export const supportsPopover =
  typeof HTMLElement !== 'undefined' && Object.prototype.hasOwnProperty.call(HTMLElement.prototype, 'popover');

function isPopoverOpen(element: HTMLElement): boolean {
  try {
    return element.matches(':popover-open');
  } catch {
    return false;
  }
}

function showInTopLayer(element: HTMLElement): void {
  if (!supportsPopover || !element.hasAttribute('popover') || !element.isConnected || isPopoverOpen(element)) return;
  try {
    element.showPopover();
  } catch {
    // Some engines throw when another popover state change is under way; fixed positioning still shows it.
  }
}

function hideFromTopLayer(element: HTMLElement): void {
  if (!supportsPopover || !isPopoverOpen(element)) return;
  try {
    element.hidePopover();
  } catch {
    // Older engines throw InvalidStateError for a popover that their own removal steps already hid.
  }
}

/**
 * Positions a popup next to the element it belongs to with Floating UI (loaded when a popup first opens): offset,
 * then flip, then shift, then arrow, always with `position: fixed`. Where the Popover API exists, the popup (which
 * must carry `popover="manual"`) is shown in the top layer, so no `overflow: hidden`, `z-index` or stacking context
 * of an ancestor can clip or cover it. While it is open, `autoUpdate` keeps it in place as the page scrolls and
 * resizes; closing it or disconnecting the host stops that.
 *
 * The final side is written to the popup's `data-placement` (such as `top` or `bottom`) for CSS, and the arrow gets
 * `left`/`top` along that side; the CSS places the arrow against the side facing the reference.
 */
export class PopupController implements ReactiveController {
  private stopAutoUpdate?: () => void;
  private shownElements?: PopupElements;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: PopupOptions = {},
  ) {
    host.addController(this);
  }

  /** Whether the popup is shown now. */
  get isOpen(): boolean {
    return this.shownElements !== undefined;
  }

  /** Shows the popup (in the top layer where supported) and keeps it positioned until `hide()`. */
  show(elements: PopupElements): void {
    if (this.shownElements) this.hide();
    this.shownElements = elements;
    showInTopLayer(elements.floating);
    loadFloatingUi().then(
      ({ autoUpdate }) => {
        // The popup may have closed, or been opened for other elements, while Floating UI loaded.
        if (this.shownElements !== elements) return;
        this.stopAutoUpdate = autoUpdate(elements.reference, elements.floating, () => this.reposition(elements));
      },
      // Without Floating UI (its file did not load) the popup still shows, where its own styles put it.
      () => undefined,
    );
  }

  /** Hides the popup and stops following the reference. Safe to call when it is already hidden. */
  hide(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    const elements = this.shownElements;
    this.shownElements = undefined;
    if (elements) hideFromTopLayer(elements.floating);
  }

  hostDisconnected(): void {
    this.hide();
  }

  private async reposition(elements: PopupElements): Promise<void> {
    const { reference, floating, arrow: arrowElement } = elements;
    const { placement = 'top', distance = 8, viewportPadding = 8, arrowPadding = 8 } = this.options;
    let position;
    try {
      const { arrow, computePosition, flip, offset, shift } = await loadFloatingUi();
      const middleware = [offset(distance), flip({ padding: viewportPadding }), shift({ padding: viewportPadding })];
      if (arrowElement) middleware.push(arrow({ element: arrowElement, padding: arrowPadding }));
      position = await computePosition(reference, floating, { strategy: 'fixed', placement, middleware });
    } catch {
      return;
    }
    // The popup may have closed, or been opened for other elements, while the position was computed.
    if (this.shownElements !== elements) return;
    floating.dataset.placement = position.placement;
    floating.style.setProperty('left', `${position.x}px`);
    floating.style.setProperty('top', `${position.y}px`);
    const arrowData = position.middlewareData.arrow;
    if (arrowElement && arrowData) {
      arrowElement.style.setProperty('left', arrowData.x === undefined ? '' : `${arrowData.x}px`);
      arrowElement.style.setProperty('top', arrowData.y === undefined ? '' : `${arrowData.y}px`);
    }
  }
}
