import { getCustomElements } from '@storybook/web-components-vite';
import { themeStyles } from '../src/internal/theme.styles.js';

/** One shared `--care-*` custom property with its built-in light and dark values. */
export interface ThemeToken {
  name: string;
  purpose: string;
  light: string;
  dark: string | undefined;
}

/** A `::part` or per-element custom property, as its element's JSDoc documents it in the manifest. */
export interface ElementStylingHook {
  tagName: string;
  name: string;
  description: string;
  defaultValue: string | undefined;
}

const purposes: Record<string, string> = {
  '--care-color-text': 'Body text.',
  '--care-color-text-muted': 'Secondary text: notes, sources, hints.',
  '--care-color-surface': 'Background of the widgets.',
  '--care-color-surface-alt': 'Alternate background: table stripes, headers, inactive areas.',
  '--care-color-border': 'Borders and dividers.',
  '--care-color-accent': 'Brand colour: buttons, links, selected options.',
  '--care-color-accent-contrast': 'Text and icons drawn on the accent colour.',
  '--care-color-highlight': 'Background of a highlighted level or suggested result.',
  '--care-color-danger': 'Crisis and error colour: the crisis banner border and its main links.',
  '--care-color-danger-surface': 'Background of the crisis banner and error messages.',
  '--care-color-focus': 'The keyboard focus ring.',
  '--care-radius': 'Corner radius.',
  '--care-space': 'The base spacing unit; paddings and gaps are multiples of it.',
  '--care-font-family': 'Font family. Inherits the page font unless set.',
  '--care-font-size': 'Base font size. Never below 16px unless set.',
};

/** Every `var(--care-…, fallback)` in `css`, in order, with its fallback (which may hold nested parentheses). */
function customPropertyFallbacks(css: string): Map<string, string> {
  const fallbacks = new Map<string, string>();
  const start = /var\((--care-[\w-]+)\s*,\s*/g;
  for (let match = start.exec(css); match; match = start.exec(css)) {
    let depth = 0;
    let end = start.lastIndex;
    for (; end < css.length; end++) {
      if (css[end] === '(') depth++;
      else if (css[end] === ')' && depth-- === 0) break;
    }
    if (!fallbacks.has(match[1])) fallbacks.set(match[1], css.slice(start.lastIndex, end).trim());
  }
  return fallbacks;
}

/**
 * The shared tokens, read from the very styles the elements use (src/internal/theme.styles.ts), so the Theming page
 * lists every one of them and their defaults can never drift from the code.
 */
export function themeTokens(): ThemeToken[] {
  const css = themeStyles.cssText;
  const darkStart = css.indexOf('prefers-color-scheme: dark');
  const light = customPropertyFallbacks(darkStart === -1 ? css : css.slice(0, darkStart));
  const dark = darkStart === -1 ? new Map<string, string>() : customPropertyFallbacks(css.slice(darkStart));
  return [...light].map(([name, lightValue]) => ({
    name,
    purpose: purposes[name] ?? '',
    light: lightValue,
    dark: dark.get(name),
  }));
}

interface ManifestStylingEntry {
  name: string;
  description?: string;
  default?: string;
}

interface ManifestDeclaration {
  tagName?: string;
  cssParts?: ManifestStylingEntry[];
  cssProperties?: ManifestStylingEntry[];
}

/** The elements of the manifest that preview.ts hands to Storybook (dist/custom-elements.json). */
function declarations(): (ManifestDeclaration & { tagName: string })[] {
  const manifest = getCustomElements() as { modules?: { declarations?: ManifestDeclaration[] }[] } | undefined;
  return (manifest?.modules ?? [])
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration): declaration is ManifestDeclaration & { tagName: string } => Boolean(declaration.tagName))
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

function hooks(pick: (declaration: ManifestDeclaration) => ManifestStylingEntry[] | undefined): ElementStylingHook[] {
  return declarations().flatMap((declaration) =>
    (pick(declaration) ?? []).map((entry) => ({
      tagName: declaration.tagName,
      name: entry.name,
      description: entry.description ?? '',
      defaultValue: entry.default,
    })),
  );
}

/** Every `::part` of every element, from the manifest. */
export const elementParts = (): ElementStylingHook[] => hooks((declaration) => declaration.cssParts);

/** Custom properties an element documents beyond the shared tokens (per-component hooks), from the manifest. */
export const elementOnlyProperties = (): ElementStylingHook[] => {
  const shared = new Set(themeTokens().map((token) => token.name));
  return hooks((declaration) => declaration.cssProperties).filter((hook) => !shared.has(hook.name));
};
