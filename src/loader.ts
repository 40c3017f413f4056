/**
 * The script tag (`dist/care-level-widgets.js`): a small loader that fetches each element's code from the `chunks/`
 * folder beside it, only when that element is on the page (or added later), as Shoelace's autoloader does. A page
 * with only a crisis banner fetches the banner and what it shares with the others, never the questionnaire.
 *
 * The chunks resolve from the script's own URL, so the folder works wherever `dist/` is copied: a site's own
 * folder, `/wp-content/plugins/…`, or a CDN. Under a strict Content-Security-Policy (`script-src 'self'`),
 * same-origin chunks need nothing more. A chunk that cannot load leaves the page as it was (the fallback content
 * inside each element stays) and logs one error naming the file.
 *
 * Loaded twice, the second copy does nothing: the first one's loader is already watching. `window.CareLevelWidgets`
 * is installed only when absent and never read back (see `standalone.ts` for why).
 */
import { ownScriptUrl } from './internal/own-script-url.js';
import { version } from './version.js';

/**
 * For each element's chunk, named by its tag, every file it needs (itself first, then the shared files it imports),
 * written in by the build from chunks/files.json: the loader requests them all at once instead of discovering each
 * import one round trip later. A chunk defines its element and the elements it renders (the comparison's terms).
 * `validate` is the configuration checker, which an element imports only when it is given a configuration.
 */
declare const __CHUNK_FILES__: Readonly<Record<string, readonly string[]>>;
const filesOf = __CHUNK_FILES__;

const tags = Object.keys(filesOf).filter((name) => name.startsWith('care-'));

/** An element that takes a center's configuration, given one (an attribute, or a JSON script inside). */
const configured = ['care-comparison', 'care-questionnaire']
  .flatMap((tag) => [`${tag}[config]`, `${tag}>script[type="application/json"]`])
  .join();

/** The library, as `care-level-widgets/define` exports it: every element, the data and the engine. */
type Library = typeof import('./define.js');

/** What the loader puts on `window.CareLevelWidgets`. */
export interface CareLevelWidgetsLoader {
  /** The library version this loader belongs to. */
  readonly version: string;
  /** Fetches the whole library (it defines every element) and resolves with its exports. */
  load(): Promise<Library>;
  /**
   * Looks for elements inside `root` too: for a page that puts them in a shadow root of its own, which the loader
   * cannot watch.
   */
  discover(root: ParentNode): void;
}

declare global {
  interface Window {
    CareLevelWidgets?: CareLevelWidgetsLoader | Library;
  }
}

function startLoader(): CareLevelWidgetsLoader {
  const chunks = new URL('chunks/', ownScriptUrl('care-level-widgets'));
  const loads = new Map<string, Promise<unknown>>();
  const imports = new Map<string, Promise<unknown>>();
  const once = (started: Map<string, Promise<unknown>>, key: string, start: () => Promise<unknown>) => {
    if (!started.has(key)) started.set(key, start());
    return started.get(key)!;
  };

  // Starting an import() costs a phone's main thread a few milliseconds in Chromium, even for a file already asked
  // for: each file is asked for once (the elements share most of them), each in a task of its own.
  const importFile = (file: string): Promise<unknown> =>
    once(imports, file, async () => {
      await new Promise((resolve) => setTimeout(resolve));
      return import(/* webpackIgnore: true */ new URL(file, chunks).href);
    });

  const loadChunk = (name: string): Promise<unknown> =>
    once(loads, name, () => {
      const url = new URL(`${name}.js`, chunks).href;
      // The library (load()) is rarely asked for: its chunk finds its imports itself.
      const files = (filesOf[name] ?? [`${name}.js`]).map(importFile);
      return Promise.all(files).then(
        ([entry]) => entry,
        (error: unknown) => {
          console.error(`care-level-widgets ${version}: could not load ${url}: ${error}`);
          throw error;
        },
      );
    });

  const waiting = new Set(tags);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) discover(node);
    }
  });

  function discover(root: ParentNode): void {
    for (const tag of waiting) {
      const present = (root instanceof Element && root.localName === tag) || root.querySelector(tag) !== null;
      if (!present) continue;
      waiting.delete(tag);
      // A failed chunk was logged once; the page keeps the fallback content the site wrote inside the element.
      if (!customElements.get(tag)) loadChunk(tag).catch(() => undefined);
    }
    // An element given a configuration imports its checker before it renders: fetched beside its chunks instead (an
    // element added later, configured, fetches it itself).
    if (!loads.has('validate') && root.querySelector(configured)) loadChunk('validate').catch(() => undefined);
    if (waiting.size === 0) observer.disconnect();
  }

  observer.observe(document, { childList: true, subtree: true });
  discover(document);
  // The library's data can be read in any language, so load() resolves once the Spanish text is there too.
  const load = async (): Promise<Library> => {
    const { __careLocaleContentReady: localeContentReady, ...library } = (await loadChunk('library')) as Library & {
      __careLocaleContentReady(locale: 'es'): Promise<void> | undefined;
    };
    await localeContentReady('es');
    return library as Library;
  };
  return { version, load, discover };
}

if (!Object.prototype.hasOwnProperty.call(window, 'CareLevelWidgets')) {
  Object.defineProperty(window, 'CareLevelWidgets', { value: startLoader(), configurable: true, enumerable: true });
}
