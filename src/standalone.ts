/**
 * The single-file script-tag build (`dist/care-level-widgets.standalone.js`), for a site that can host only one file:
 * registers every element and exposes the library as `window.CareLevelWidgets`, keeping the first copy when the
 * script is loaded twice. `dist/care-level-widgets.js` (loader.ts) fetches only the elements a page shows instead.
 *
 * The global is never read back: `window.CareLevelWidgets` also finds an element with `id="CareLevelWidgets"` (which
 * a WordPress editor sets through a block's ID), and reading it would keep that element as the library. An own
 * property of `window` is what an earlier copy installed; named elements are not own properties, and this one hides
 * them.
 */
import * as library from './define.js';

if (!Object.prototype.hasOwnProperty.call(window, 'CareLevelWidgets')) {
  Object.defineProperty(window, 'CareLevelWidgets', { value: library, configurable: true, enumerable: true });
}
