import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { CareElement } from '../../internal/care-element.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { PopupController } from '../../internal/popup.js';
import { warnOnce } from '../../internal/warn-once.js';
import { findGlossaryTerm, glossary, glossaryTermIds, type GlossaryTermId } from '../../data/glossary.js';
import type { GlossaryEntry } from '../../data/types.js';
import { closeDelayMs } from './term-timing.js';
import { styles } from './term.styles.js';

/** What `care-term-toggle` carries. */
export interface CareTermToggleDetail {
  /** Whether the definition is shown now. */
  readonly open: boolean;
  /** The glossary id of the term, such as `iop` (also when the attribute used an alias or capitals). */
  readonly term: GlossaryTermId;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'care-term-toggle': CustomEvent<CareTermToggleDetail>;
  }
}


function warnUnknownTerm(id: string | undefined): void {
  const problem = id === undefined || id.trim() === '' ? 'has no term attribute' : `has an unknown term "${id}"`;
  warnOnce(
    `<care-term> ${problem}, so its text is shown without a definition. Use one of: ${glossaryTermIds.join(', ')}.`,
  );
}

function glossaryIdOf(entry: GlossaryEntry): GlossaryTermId {
  return glossaryTermIds.find((id) => glossary[id] === entry)!;
}

/**
 * A word of treatment jargon, such as IOP or CBT, with its plain-language definition from the built-in glossary in
 * a tooltip. The word is a native `<button type="button">` styled as the text around it with a dotted underline, so
 * it has a role and a name (the word) and works with every input: the definition opens when the pointer rests on
 * the term or the term gets keyboard focus, a click, tap, Enter or Space toggles it (a second tap closes it), it
 * stays while the pointer is over the term or the tooltip, and it closes on Escape (focus stays put), when focus
 * leaves, on a tap or click elsewhere, or shortly after the pointer leaves both. The term is one tab stop and never
 * holds focus; the tooltip holds text only. Calling `focus()` on the element focuses the term.
 *
 * The tooltip describes the term through `aria-describedby` inside the element's own shadow root, so it works
 * anywhere: in page text, in a table header, inside another element's shadow root. It is shown in the top layer
 * (Popover API) and positioned with Floating UI, so an `overflow: hidden` ancestor never clips it and it stays inside
 * the viewport.
 *
 * The definition follows the language of the element's `lang`, else its nearest ancestor's, else the page's
 * (English and Spanish). An unknown or missing `term` shows the text as plain text, with a console warning listing
 * the valid ids.
 *
 * @summary An inline glossary term whose plain-language definition opens in a tooltip on hover and focus.
 * @tag care-term
 * @attribute {string} lang - The language, `en` or `es`; otherwise the nearest ancestor's `lang`, then the page's.
 *
 * @slot - The word as it appears in the text, such as `IOP`. When empty, the glossary's own short form is shown.
 *
 * @fires {CustomEvent<CareTermToggleDetail>} care-term-toggle - The definition opened or closed because of the
 * person (hover, focus, click or tap, Escape, moving away).
 *
 * @csspart trigger - The underlined word: a `<button type="button">` that looks like the text around it.
 * @csspart term - The same button as `trigger` (the name it had first; kept so existing styles still apply).
 * @csspart tooltip - The tooltip holding the definition.
 * @csspart arrow - The small arrow pointing from the tooltip to the term.
 *
 * @cssprop [--care-color-text=#1d2733] - The tooltip's text.
 * @cssprop [--care-color-surface=#ffffff] - The tooltip's background.
 * @cssprop [--care-color-border=#c9d3dc] - The tooltip's border.
 * @cssprop [--care-color-focus=#1a5fb4] - The focus ring around the term.
 * @cssprop [--care-color-text-dark=#e6edf3] - The tooltip's text, in the dark colour scheme.
 * @cssprop [--care-color-surface-dark=#17202a] - The tooltip's background, in the dark colour scheme.
 * @cssprop [--care-color-border-dark=#4a5a6a] - The tooltip's border, in the dark colour scheme.
 * @cssprop [--care-color-focus-dark=#8ab4f8] - The focus ring around the term, in the dark colour scheme.
 * @cssprop [--care-radius=0.5rem] - The tooltip's corner radius.
 * @cssprop [--care-space=1rem] - The tooltip's padding.
 * @cssprop [--care-font-family=inherit] - The tooltip's font; inherits the page's by default.
 * @cssprop [--care-font-size=max(1rem, 16px)] - The tooltip's text size. The term itself keeps the size of the
 * text around it.
 */
export class CareTerm extends CareElement {
  static override styles = [themeStyles, styles];

  /** `focus()` on the element focuses its button. */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /**
   * The glossary id of the term: `iop`, `php`, `inpatient`, `residential`, `outpatient`, `asam`, `detox`,
   * `step-down`, `step-up`, `co-occurring`, `mat`, `cbt`, `dbt`, `mi`, `emdr`, `mindfulness`, `family-therapy`,
   * `relapse-prevention`, `case-management` or `peer-support`. Capitals and common aliases (`moud`,
   * `withdrawal-management`) are accepted.
   */
  @property() term?: string;

  @state() private open = false;

  @query('[part~="trigger"]') private readonly trigger?: HTMLButtonElement;
  @query('[part="tooltip"]') private readonly tooltip?: HTMLElement;
  @query('[part="arrow"]') private readonly arrow?: HTMLElement;

  /**
   * The tooltip's positioning, created the first time the definition opens: a comparison holds a dozen terms, and a
   * term that is never opened sets up no popup and runs no Floating UI code.
   */
  private popup?: PopupController;
  private entry?: GlossaryEntry;
  private hovered = false;
  private focused = false;
  private closeTimer?: ReturnType<typeof setTimeout>;
  /** Whether the definition was open when the current press began, so a click toggles from where the press started. */
  private openWhenPressed?: boolean;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelClose();
    this.hovered = false;
    this.focused = false;
    this.setOpen(false, { notify: false });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('term') || !this.hasUpdated) {
      this.entry = findGlossaryTerm(this.term ?? '');
      if (!this.entry) {
        warnUnknownTerm(this.term);
        this.setOpen(false, { notify: false });
      }
    }
  }

  protected override updated(): void {
    const { trigger, tooltip, arrow } = this;
    if (this.open && trigger && tooltip) {
      // 12 px leaves room for the arrow's tip (about 7 px) between the tooltip and the term's focus ring.
      this.popup ??= new PopupController(this, { placement: 'top', distance: 12, viewportPadding: 8 });
      if (!this.popup.isOpen) this.popup.show({ reference: trigger, floating: tooltip, arrow });
    } else if (this.popup?.isOpen) {
      this.popup.hide();
    }
  }

  override render() {
    const entry = this.entry;
    if (!entry) return html`<slot></slot>`;
    const locale = this.locale;
    return html`<button
        type="button"
        part="trigger term"
        aria-describedby="definition"
        aria-expanded=${this.open ? 'true' : 'false'}
        @pointerenter=${this.handlePointerEnter}
        @pointerleave=${this.handlePointerLeave}
        @pointerdown=${this.handlePointerDown}
        @click=${this.handleClick}
        @focusin=${this.handleFocusIn}
        @focusout=${this.handleFocusOut}
      ><slot>${entry.term[locale]}</slot></button
      ><div
        id="definition"
        part="tooltip"
        class=${classMap({ open: this.open })}
        role="tooltip"
        popover="manual"
        lang=${locale}
        @pointerenter=${this.handlePointerEnter}
        @pointerleave=${this.handlePointerLeave}
      >
        ${entry.expansion
          ? html`<strong class="expansion">${entry.expansion[locale]}</strong> `
          : nothing}<span class="definition">${entry.definition[locale]}</span>
        <div part="arrow"></div>
      </div>`;
  }

  /** Hover is for a mouse or a pen; a finger has no hover, and its tap is a click. */
  private readonly handlePointerEnter = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') return;
    this.hovered = true;
    this.cancelClose();
    // Entering the tooltip only keeps it; it is hidden (and cannot be entered) while closed.
    this.setOpen(true);
  };

  private readonly handlePointerLeave = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') return;
    this.hovered = false;
    this.cancelClose();
    this.closeTimer = setTimeout(() => {
      this.closeTimer = undefined;
      if (!this.hovered && !this.focused) this.setOpen(false);
    }, closeDelayMs);
  };

  private readonly handlePointerDown = (): void => {
    this.openWhenPressed = this.open;
  };

  /**
   * A click, tap, Enter or Space toggles the definition. It toggles from the state the press began in: the focus a
   * tap or click gives the button opens the definition before the click arrives, and that must not close it again.
   */
  private readonly handleClick = (): void => {
    const wasOpen = this.openWhenPressed ?? this.open;
    this.openWhenPressed = undefined;
    this.cancelClose();
    this.setOpen(!wasOpen);
  };

  private readonly handleFocusIn = (): void => {
    this.focused = true;
    this.cancelClose();
    this.setOpen(true);
  };

  private readonly handleFocusOut = (): void => {
    this.focused = false;
    this.openWhenPressed = undefined;
    if (!this.hovered) this.setOpen(false);
  };

  private readonly handleDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open) return;
    this.cancelClose();
    this.setOpen(false);
  };

  /** A tap or click anywhere else closes the definition (a touch screen has no pointer to move away). */
  private readonly handleDocumentPointerDown = (event: PointerEvent): void => {
    if (!this.open || event.composedPath().includes(this)) return;
    this.cancelClose();
    this.hovered = false;
    this.setOpen(false);
  };

  private cancelClose(): void {
    if (this.closeTimer === undefined) return;
    clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }

  private setOpen(open: boolean, { notify = true } = {}): void {
    const entry = this.entry;
    if (open === this.open || (open && !entry)) return;
    this.open = open;
    if (open) {
      document.addEventListener('keydown', this.handleDocumentKeydown);
      document.addEventListener('pointerdown', this.handleDocumentPointerDown);
    } else {
      document.removeEventListener('keydown', this.handleDocumentKeydown);
      document.removeEventListener('pointerdown', this.handleDocumentPointerDown);
    }
    if (!notify || !entry) return;
    this.dispatchEvent(
      new CustomEvent<CareTermToggleDetail>('care-term-toggle', {
        detail: { open, term: glossaryIdOf(entry) },
        bubbles: true,
        composed: true,
      }),
    );
  }
}
