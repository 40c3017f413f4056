/**
 * The link rules: which URLs may go in an `href`, and how a phone number becomes a `tel:` link. The elements use them
 * for every link they render; configuration `url` fields go through the stricter `isConfigUrl`.
 */

const relativeBase = 'https://relative.invalid/';

/**
 * The scheme a browser would follow for `url` in an `href`, lowercase with its colon (`"https:"`); relative URLs
 * resolve to the page's https. `undefined` when the URL cannot be parsed.
 */
export function urlProtocol(url: string): string | undefined {
  try {
    return new URL(url, relativeBase).protocol;
  } catch {
    return undefined;
  }
}

/**
 * Whether `url` is safe to put in an `href`: http:, https:, tel: or mailto:, or relative to the page. Anything else,
 * `javascript:` and `data:` above all, is refused. Configuration `url` fields are stricter (`isConfigUrl`): a center's
 * phone goes in `phone`, which the elements turn into a `tel:` link with `telUrl`.
 */
export function isSafeUrl(url: unknown): boolean {
  if (typeof url !== 'string' || url.trim() === '') return false;
  const protocol = urlProtocol(url);
  return protocol === 'tel:' || (protocol !== undefined && configUrlProtocols.includes(protocol));
}

/** The schemes a configuration's `url` may use; a relative URL counts as the page's http(s). */
export const configUrlProtocols: readonly string[] = ['http:', 'https:', 'mailto:'];

/** Whether `url` may be a configuration's `url`: http:, https: or mailto:, or relative to the page. */
export function isConfigUrl(url: string): boolean {
  const protocol = urlProtocol(url);
  return protocol !== undefined && configUrlProtocols.includes(protocol);
}

/** The `tel:` link for a phone number as people write it: `+1 (555) 010-0199` becomes `tel:+15550100199`. */
export function telUrl(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
