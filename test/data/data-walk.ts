/**
 * Walks any data structure and reports what it finds, so the integrity tests cover a fact added tomorrow without
 * anyone remembering to add a test for it.
 */
import { supportedLocales } from '../../src/data/locale.js';

export interface Found {
  readonly path: string;
  readonly value: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every object and array inside `root` (itself included), with its path. */
export function everyNode(root: unknown, rootPath = ''): Found[] {
  const found: Found[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, path: string): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    found.push({ path, value });
    for (const [key, child] of Object.entries(value))
      visit(child, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`);
  };
  visit(root, rootPath);
  return found;
}

/** Whether `value` looks like a `Localized` text: an object with a key for some supported language. */
export function looksLocalized(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && supportedLocales.some((locale) => locale in value);
}

/** Every `Localized` value inside `root`. */
export function everyLocalized(root: unknown, rootPath = ''): Found[] {
  return everyNode(root, rootPath).filter((node) => looksLocalized(node.value));
}

/** Whether `value` is shaped like a `Sourced` fact. */
export function looksSourced(value: unknown): value is { value: unknown; sources: unknown; evidence: unknown } {
  return isRecord(value) && 'value' in value && 'sources' in value && 'evidence' in value;
}

/** Every `Sourced` fact inside `root`. */
export function everySourced(root: unknown, rootPath = ''): Found[] {
  return everyNode(root, rootPath).filter((node) => looksSourced(node.value));
}

/** Every `sources` array inside `root`, wherever it is. */
export function everySourceList(root: unknown, rootPath = ''): Found[] {
  return everyNode(root, rootPath)
    .filter((node) => isRecord(node.value) && 'sources' in node.value)
    .map((node) => ({ path: `${node.path}.sources`, value: (node.value as { sources: unknown }).sources }));
}
