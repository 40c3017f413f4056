/**
 * `dist/care-level-widgets-hydrate.full.js`, what the hydrate script tag (hydrate-on-demand.ts) loads once the page
 * is idle or first used: Lit's hydration support first (it must be in place before Lit defines the elements), then
 * the single-file bundle (standalone.ts). A pre-rendered element then keeps the DOM its declarative shadow root made
 * and only attaches its event listeners; elements that were not pre-rendered render as they do with the plain bundle.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../standalone.js';
