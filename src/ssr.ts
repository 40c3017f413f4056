/**
 * `care-level-widgets/ssr`: renders the elements to HTML on a server or at build time, with declarative shadow DOM,
 * through Lit SSR (`@lit-labs/ssr`). Runs in Node without a DOM. Pre-rendered elements read completely without
 * JavaScript; `dist/care-level-widgets-hydrate.js` makes them interactive without rendering them again.
 *
 * `@lit-labs/ssr` is an optional peer dependency, installed only where elements are pre-rendered: without it,
 * importing this module throws an Error that says how to install it.
 */
import type * as Renderer from './ssr/render-element.js';

export {
  careElementTags,
  CareRenderError,
  hydrateScriptTag,
  hydrateScriptUrl,
  minifyCss,
  type AttributeValue,
  type CareElementTag,
  type RenderElementOptions,
} from './ssr/snippet.js';

/** The `@lit-labs/ssr` versions the renderer is tested with; kept equal to package.json's peer range by a test. */
const litSsrRange = '^4.1.0';

/** A module-not-found error about `@lit-labs/ssr` itself (not `@lit-labs/ssr-dom-shim`, which Lit brings). */
function isLitSsrMissing(error: unknown): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    (code === 'ERR_MODULE_NOT_FOUND' || code === 'ERR_PACKAGE_PATH_NOT_EXPORTED') &&
    typeof message === 'string' &&
    /@lit-labs\/ssr(?![\w-])/.test(message)
  );
}

// Imported dynamically: a static import of a missing package fails while Node links the modules, with Node's own
// "Cannot find package" message, before any code here can say what to install.
async function importRenderer(): Promise<typeof Renderer> {
  try {
    return await import('./ssr/render-element.js');
  } catch (error) {
    if (!isLitSsrMissing(error)) throw error;
    throw new Error(`care-level-widgets/ssr needs @lit-labs/ssr: npm install @lit-labs/ssr@${litSsrRange}`, { cause: error });
  }
}

export const { renderElement } = await importRenderer();
