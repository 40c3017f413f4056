/**
 * A classic script's own URL, to find the files beside it: `currentScript` while it runs, else the last script on the
 * page whose `src` contains `name`.
 */
export function ownScriptUrl(name: string): string {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.src) return current.src;
  const named = [...document.querySelectorAll<HTMLScriptElement>(`script[src*="${name}"]`)];
  return named.length > 0 ? named[named.length - 1].src : document.baseURI;
}
