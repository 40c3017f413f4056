import type { LevelId } from '../data/level-id.js';

/** Which next-step link was followed: the center's phone, its link, or the SAMHSA helpline. */
export type CareCtaAction = 'call' | 'link' | 'helpline';

/** What `care-cta` carries, from `<care-comparison>` and `<care-questionnaire>` alike. */
export interface CareCtaDetail {
  /** The level the link belongs to (the suggested level, in the questionnaire). */
  readonly level: LevelId | null;
  readonly action: CareCtaAction;
  readonly href: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'care-cta': CustomEvent<CareCtaDetail>;
  }
}

/**
 * Fires `care-cta` (bubbling, composed, cancelable) from `host` for a link the person activated, and stops the
 * navigation when a listener called `preventDefault()`, so a page can open its own booking dialog instead.
 */
export function dispatchCta(host: HTMLElement, event: Event, detail: CareCtaDetail): void {
  const proceed = host.dispatchEvent(
    new CustomEvent<CareCtaDetail>('care-cta', { detail, bubbles: true, composed: true, cancelable: true }),
  );
  if (!proceed) event.preventDefault();
}
