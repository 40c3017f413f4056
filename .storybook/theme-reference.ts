import { getCustomElements } from '@storybook/web-components-vite';
import { colorTokens, themeStyles } from '../src/internal/theme.styles.js';

/**
 * One shared `--care-*` custom property with its built-in light and dark values. A colour has a twin for the dark
 * scheme (`darkName`, `--care-color-…-dark`); any other property applies in both.
 */
export interface ThemeToken {
  name: string;
  darkName: string | undefined;
  purpose: string;
  light: string;
  dark: string;
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
  const colors = colorTokens.map(({ name, light, dark }) => ({
    name: `--care-color-${name}`,
    darkName: `--care-color-${name}-dark`,
    purpose: purposes[`--care-color-${name}`] ?? '',
    light,
    dark,
  }));
  const others = [...customPropertyFallbacks(themeStyles.cssText)]
    .filter(([name]) => !name.startsWith('--care-color-'))
    .map(([name, value]) => ({ name, darkName: undefined, purpose: purposes[name] ?? '', light: value, dark: value }));
  return [...colors, ...others];
}

/** Every shared property a site can set, a colour's dark twin right after it, with its purpose and default. */
export function themeProperties(): { name: string; purpose: string; defaultValue: string }[] {
  return themeTokens().flatMap((token) => [
    { name: token.name, purpose: token.purpose, defaultValue: token.light },
    ...(token.darkName
      ? [{ name: token.darkName, purpose: `${token.purpose} In the dark colour scheme.`, defaultValue: token.dark }]
      : []),
  ]);
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
  const shared = new Set(themeProperties().map((property) => property.name));
  return hooks((declaration) => declaration.cssProperties).filter((hook) => !shared.has(hook.name));
};
