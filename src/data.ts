/**
 * `care-level-widgets/data`: the sourced content and the recommendation engine. Plain TypeScript with no DOM, so it
 * runs in Node, in a worker or on a server as well as in the browser.
 */
export * from './data/index.js';
export * from './engine/index.js';
