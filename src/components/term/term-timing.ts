/**
 * How long the definition stays after the pointer leaves the term, so the pointer can cross the gap onto the
 * tooltip (WCAG 1.4.13: content shown on hover can itself be hovered). Its own module so tests can read it without
 * it becoming part of the element's public module.
 */
export const closeDelayMs = 300;
