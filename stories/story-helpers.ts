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

interface ArgTypeLike {
  control?: unknown;
  table?: { category?: string; [key: string]: unknown };
  [key: string]: unknown;
}

/** The categories of names a stylesheet uses (`::part(base)`, `:state(pending)`) rather than values to set. */
const documentationOnlyCategories = ['css shadow parts', 'css states'];

/**
 * The generated argTypes with each shadow part and custom state as documentation only: its name and description,
 * after every other control, and no text box (a part is a name to style from outside, not a value to type in).
 */
export function partsAsDocumentation<T extends Record<string, ArgTypeLike>>(argTypes: T): T {
  const isPart = ([, argType]: [string, ArgTypeLike]) =>
    documentationOnlyCategories.includes(argType.table?.category ?? '');
  const entries = Object.entries(argTypes) as [string, ArgTypeLike][];
  return Object.fromEntries([
    ...entries.filter((entry) => !isPart(entry)),
    ...entries.filter(isPart).map(([name, argType]) => [name, { ...argType, control: false }]),
  ]) as T;
}
