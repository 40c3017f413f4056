import { literal, type StaticValue } from 'lit/static-html.js';

const headingTags: readonly StaticValue[] = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * The heading tag for a `heading-level` attribute, for lit's static `html`: the level made a whole number from 2 to
 * 6 (an element's heading is never the page's h1), or `fallback` when it is not a number.
 */
export function headingTag(level: number, fallback: number): StaticValue {
  return headingTags[Math.min(6, Math.max(2, Math.trunc(level) || fallback)) - 2];
}
