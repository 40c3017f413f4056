import type { StoryContext } from '@storybook/web-components-vite';
import { toLocale, type Locale } from '../src/data/locale.js';

/** The language the toolbar chose for the story. */
export function localeOf(context: Pick<StoryContext, 'globals'>): Locale {
  return toLocale(context.globals.locale as string | undefined);
}

/** A node's text as a person reads it: whitespace collapsed. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Whether an element takes up room on the page. */
export function isShown(element: Element | null | undefined): boolean {
  return !!element && element.getBoundingClientRect().height > 0;
}
