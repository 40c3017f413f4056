/**
 * The script-tag build (`dist/care-level-widgets.js`): registers every element and exposes the library as
 * `window.CareLevelWidgets`, keeping the first copy when the script is loaded twice.
 */
import * as library from './define.js';

declare global {
  interface Window {
    CareLevelWidgets?: typeof library;
  }
}

window.CareLevelWidgets ??= library;
