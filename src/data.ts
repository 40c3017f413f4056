/**
 * `care-level-widgets/data`: the sourced content, a center's configuration and the recommendation engine. Plain TypeScript with no DOM, so it
 * runs in Node, in a worker or on a server as well as in the browser.
 */
export * from './data/index.js';
export * from './config/index.js';
export * from './engine/index.js';
export { buildComparisonRows, type ComparisonCell, type ComparisonRow } from './components/comparison/comparison-rows.js';
