/**
 * What `care-level-widgets/ssr` offers besides the rendering itself: the tags, the options, the error, escaping and
 * the hydrate script tag. Imports nothing from `@lit-labs/ssr`, so the entry can export these statically and load
 * the renderer, which needs that optional peer, on its own.
 */
import type { CareConfigInput, ConfigError } from '../config/types.js';

/** The tags `renderElement` renders. */
export const careElementTags = ['care-comparison', 'care-questionnaire', 'care-term', 'care-crisis-banner'] as const;

export type CareElementTag = (typeof careElementTags)[number];

/**
 * Where `hydrateScriptTag` loads the script that hydrates pre-rendered elements by default: a folder on the page's
 * own site, where the site owner copies `dist/`. That small script waits until the page is idle or first used, then
 * loads `care-level-widgets-hydrate.full.js` (Lit's hydration support, then every element) from beside it, so both
 * files go in that folder. Served from the site itself, the widgets make no request to anyone else.
 */
export const hydrateScriptUrl = '/care-level-widgets/care-level-widgets-hydrate.js';

export type AttributeValue = string | number | boolean | null | undefined;

export interface RenderElementOptions {
  /**
   * The element's attributes, as in HTML (`{ highlight: 'iop', lang: 'es', 'heading-level': 2 }`). `true` writes
   * the attribute without a value; `false`, `null` and `undefined` leave it out. Give the language as `lang`: on a
   * server there is no page to inherit it from, so `lang="en"` is written when none is given.
   */
  readonly attributes?: Readonly<Record<string, AttributeValue>>;
  /** A center's configuration (comparison and questionnaire), checked by `validateConfig`, written as `config`. */
  readonly config?: CareConfigInput;
  /** Text inside the element: the words a `<care-term>` explains. */
  readonly text?: string;
  /**
   * `lean` (the default) renders the `<care-term>`s inside another element as their text only, without a shadow
   * root of their own: each would repeat the term's styles, most of a comparison's bytes. They read the same
   * without JavaScript and get their tooltips when the script runs. `full` renders their shadow roots too.
   */
  readonly nestedTerms?: 'lean' | 'full';
}

/** Why an element could not be rendered: an unknown tag or attribute, or what is wrong with the configuration. */
export class CareRenderError extends Error {
  override readonly name = 'CareRenderError';
  /** The configuration's problems, as `validateConfig` lists them; empty for other mistakes. */
  readonly errors: readonly ConfigError[];

  constructor(message: string, errors: readonly ConfigError[] = []) {
    super(message);
    this.errors = errors;
  }
}

export const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeAttribute = (text: string): string => escapeText(text).replace(/"/g, '&quot;');

/** Collapses whitespace and drops comments: the elements' styles are written for reading, not for a snippet. */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

/**
 * The `<script>` tag a page with pre-rendered elements needs once: deferred, and best after them. It loads a small
 * script (about 1 KB gzip) that fetches the elements only when the page is idle or first used, and keeps a click
 * made before they hydrated. Give `integrity` (`dist/integrity.json`'s `care-level-widgets-hydrate.js`) when `src`
 * is on another site, such as a CDN: the tag then also says `crossorigin="anonymous"`, and the browser runs the file
 * only if it is exactly that build. The small script carries the full file's hash and loads it from another site
 * with `integrity` too, so that site must answer with CORS headers, as CDNs do.
 */
export function hydrateScriptTag(src: string = hydrateScriptUrl, { integrity }: { readonly integrity?: string } = {}): string {
  const subresourceIntegrity = integrity ? ` integrity="${escapeAttribute(integrity)}" crossorigin="anonymous"` : '';
  return `<script src="${escapeAttribute(src)}" defer${subresourceIntegrity}></script>`;
}
