import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';

export type StoryLocale = 'en' | 'es';
export type StoryTheme = 'light' | 'dark';
export type StoryDirection = 'ltr' | 'rtl';

/** Elements whose `theme` attribute the toolbar set, so a `theme` a story sets on purpose is left alone. */
const themedByToolbar = new WeakSet<Element>();
const observedRoots = new WeakMap<HTMLElement, MutationObserver>();

function applyTheme(root: HTMLElement): void {
  const theme = root.dataset.theme as StoryTheme;
  for (const element of root.querySelectorAll('*')) {
    if (!element.localName.startsWith('care-')) continue;
    if (element.hasAttribute('theme') && !themedByToolbar.has(element)) continue;
    themedByToolbar.add(element);
    if (element.getAttribute('theme') !== theme) element.setAttribute('theme', theme);
  }
}

/** Themes the story's elements now and any a story adds later (a play function, a re-render from a control). */
function themeStoryRoot(root: Element | undefined): void {
  if (!(root instanceof HTMLElement)) return;
  queueMicrotask(() => applyTheme(root));
  if (observedRoots.has(root)) return;
  const observer = new MutationObserver(() => applyTheme(root));
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-theme'] });
  observedRoots.set(root, observer);
}

/**
 * Renders every story inside a root that carries the toolbar's language (`lang`), text direction (`dir`) and theme:
 * the elements resolve their language from the nearest `lang`, and the theme becomes a `theme` attribute on each
 * `care-*` element, with a page background to match. In the single-story view the whole canvas takes the background.
 */
export const withStoryEnvironment: Decorator = (story, context) => {
  const locale = (context.globals.locale ?? 'en') as StoryLocale;
  const theme = (context.globals.theme ?? 'light') as StoryTheme;
  const direction = (context.globals.direction ?? 'ltr') as StoryDirection;

  if (context.viewMode === 'story') document.body.dataset.careTheme = theme;
  else delete document.body.dataset.careTheme;

  return html`<div class="care-story" lang=${locale} dir=${direction} data-theme=${theme} ${ref(themeStoryRoot)}>
    ${story()}
  </div>`;
};
