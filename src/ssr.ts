/**
 * `care-level-widgets/ssr`: renders the elements to HTML on a server or at build time, with declarative shadow DOM,
 * through Lit SSR (`@lit-labs/ssr`). Runs in Node without a DOM. Pre-rendered elements read completely without
 * JavaScript; `dist/care-level-widgets-hydrate.js` makes them interactive without rendering them again.
 */
export {
  careElementTags,
  CareRenderError,
  hydrateScriptTag,
  hydrateScriptUrl,
  minifyCss,
  renderElement,
  type AttributeValue,
  type CareElementTag,
  type RenderElementOptions,
} from './ssr/render-element.js';
