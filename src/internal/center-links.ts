/**
 * A center's next-step links for one level, by one set of rules for every element: the phone becomes a `tel:` link
 * when it has a digit; the link must be safe for an `href` (http, https, tel or mailto, or relative). Each comes from
 * the first that has one of: the element's own attributes, the level's program, the center's contact. Pure: no DOM.
 */
import { isSafeUrl, telUrl } from '../config/urls.js';
import type { LevelId } from '../data/level-id.js';
import type { Localized } from '../data/locale.js';
import type { CareConfig } from '../config/types.js';

/** What an element's attributes say, before the configuration: the questionnaire's `phone`, `cta-href`, `cta-label`. */
export interface LinkOverrides {
  readonly phone?: string;
  readonly url?: string;
  readonly label?: string;
}

/** The center's call and link for a level; either may be missing. */
export interface CenterLinks {
  readonly call?: { readonly href: string; readonly phone: string };
  /** `label` is the link's own text when it has one (the override's, else its owner's), for each language. */
  readonly link?: { readonly href: string; readonly label?: Localized };
  /** Overrides that were given but cannot be used, to warn about. */
  readonly ignored: readonly { readonly attribute: 'phone' | 'url'; readonly value: string }[];
}

/** Without a level (before any suggestion), the element's own attributes and the center's contact. */
export function centerLinks(config: CareConfig, level: LevelId | undefined, overrides: LinkOverrides = {}): CenterLinks {
  const program = level ? config.programs[level] : undefined;
  const contact = config.contact;
  const ignored: { attribute: 'phone' | 'url'; value: string }[] = [];

  const givenPhone = overrides.phone?.trim();
  if (givenPhone && !/\d/.test(givenPhone)) ignored.push({ attribute: 'phone', value: givenPhone });
  const phone = [givenPhone, program?.phone, contact?.phone].find((candidate) => candidate && /\d/.test(candidate));

  const givenUrl = overrides.url?.trim();
  if (givenUrl && !isSafeUrl(givenUrl)) ignored.push({ attribute: 'url', value: givenUrl });
  const givenLabel = overrides.label?.trim();
  const owners = [
    { url: givenUrl, label: givenLabel ? { en: givenLabel, es: givenLabel } : undefined },
    { url: program?.url, label: program?.label },
    { url: contact?.url, label: contact?.label },
  ];
  const owner = owners.find((candidate) => candidate.url && isSafeUrl(candidate.url));
  const label = givenLabel && owner ? owners[0].label : owner?.label;

  return {
    ...(phone ? { call: { href: telUrl(phone), phone } } : {}),
    ...(owner?.url ? { link: { href: owner.url, ...(label ? { label } : {}) } } : {}),
    ignored,
  };
}
