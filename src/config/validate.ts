/**
 * Checks a center's configuration against `configSchema` and merges it over the defaults. A site owner writes it by
 * hand, often as JSON in an attribute, so every mistake gets an error precise enough to fix without reading code, and
 * nothing here throws: not on `null`, arrays, cycles, proxies or getters that throw.
 */
import { levelIds, type LevelId } from '../data/level-id.js';
import type { Localized } from '../data/locale.js';
import type { CareConfig, CenterContact, CenterProgram, CenterRow, ConfigError, ConfigResult } from './types.js';
import { defaultConfig } from './default-config.js';
import { configLimits } from './limits.js';
import {
  configSchema,
  configUrlPattern,
  phonePattern,
  reservedRowIds,
  rowIdPattern,
  type ArrayNode,
  type ChoiceNode,
  type LevelMapNode,
  type ObjectNode,
  type SchemaNode,
  type StringNode,
  urlSchemePattern,
} from './schema.js';
import { configUrlProtocols, isConfigUrl } from './urls.js';

export { defaultConfig };

const rootPath = '(root)';
const localizedKeys = ['en', 'es'] as const;
const levelIdList = levelIds.join(', ');
const languageNames: Localized = { en: 'English', es: 'Spanish' };

/** A short, safe description of any value for an error's `found`, such as `"detox"` or `a number (42)`. */
export function describeValue(value: unknown): string {
  try {
    if (value === undefined) return 'nothing';
    if (value === null) return 'null';
    switch (typeof value) {
      case 'string':
        return value.length > 40
          ? `a string of ${value.length} characters (${JSON.stringify(value.slice(0, 40))}…)`
          : JSON.stringify(value);
      case 'number':
        return `a number (${value})`;
      case 'boolean':
        return `a boolean (${value})`;
      case 'bigint':
        return `a bigint (${value}n)`;
      case 'symbol':
        return 'a symbol';
      case 'function':
        return 'a function';
    }
    if (Array.isArray(value)) return value.length === 1 ? 'an array of 1 item' : `an array of ${value.length} items`;
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) {
      return `a ${Object.prototype.toString.call(value).slice(8, -1)} object`;
    }
    const keys = Object.keys(value as object);
    if (keys.length === 0) return 'an empty object';
    const shown = keys.slice(0, 5).map((key) => JSON.stringify(key));
    return `an object with the keys ${shown.join(', ')}${keys.length > 5 ? ', …' : ''}`;
  } catch {
    return 'a value that cannot be read';
  }
}

function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message.slice(0, 80) : describeValue(error);
  } catch {
    return 'an unreadable error';
  }
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The candidate within two edits of `word`, ignoring case, if any: the "did you mean" of a message. */
function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

const didYouMean = (suggestion: string | undefined): string => (suggestion ? ` (did you mean "${suggestion}"?)` : '');

/** "a, b and c" */
function joinAnd(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function childPath(path: string, key: string): string {
  const safeKey = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
  if (path === rootPath) return safeKey === key ? key : `[${safeKey}]`;
  return safeKey === key ? `${path}.${key}` : `${path}[${safeKey}]`;
}

/** Collects errors up to `configLimits.errors`, then counts the rest. */
class ErrorList {
  readonly errors: ConfigError[] = [];
  private dropped = 0;

  add(path: string, expected: string, found: string, message?: string): void {
    if (this.errors.length >= configLimits.errors) {
      this.dropped += 1;
      return;
    }
    this.errors.push({
      path,
      expected,
      found,
      message: message ?? `${path}: expected ${expected}, but found ${found}.`,
    });
  }

  finish(): readonly ConfigError[] {
    if (this.dropped === 0) return this.errors;
    const found = `${this.dropped} more`;
    return [
      ...this.errors,
      {
        path: rootPath,
        expected: `at most ${configLimits.errors} problems reported at once`,
        found,
        message: `${rootPath}: ${found} problems were not listed; fix the ones above and check again.`,
      },
    ];
  }
}

/** What one check of a configuration carries besides the errors: rules that look across the whole input. */
interface Walk {
  readonly errors: ErrorList;
  /** The levels the center offers, when known: programs and cells for other levels are mistakes. */
  offered: readonly LevelId[] | undefined;
  /** Where each extra row id was first used. */
  readonly rowIds: Map<string, string>;
}

type Entries = ReadonlyMap<string, unknown>;

/** What an object with the keys `keys` is called in messages. */
function objectExpected(node: ObjectNode): string {
  const keys = Object.keys(node.properties);
  return node.required.length === keys.length
    ? `an object with the keys ${joinAnd(keys)}`
    : `an object with any of the keys ${keys.join(', ')}`;
}

/**
 * Reads a plain object whose keys must come from `allowed`, reporting unknown keys and unreadable values. Absent and
 * `undefined` values, and `ignored` keys, are left out of the result.
 */
function readObject(
  errors: ErrorList,
  path: string,
  value: unknown,
  allowed: readonly string[],
  expected: string,
  ignored: readonly string[] = [],
): Entries | undefined {
  let keys: string[];
  try {
    const prototype: unknown = value === null || typeof value !== 'object' ? undefined : Object.getPrototypeOf(value);
    if (Array.isArray(value) || (prototype !== Object.prototype && prototype !== null)) {
      errors.add(path, expected, describeValue(value));
      return undefined;
    }
    keys = Object.keys(value as object);
  } catch {
    errors.add(path, expected, 'an object that cannot be read');
    return undefined;
  }
  const entries = new Map<string, unknown>();
  for (const key of keys) {
    if (ignored.includes(key)) continue;
    const keyPath = childPath(path, key);
    if (!allowed.includes(key)) {
      const expectedKeys = `one of the keys ${allowed.join(', ')}`;
      errors.add(
        keyPath,
        expectedKeys,
        `the unknown key ${JSON.stringify(key)}`,
        `${keyPath}: ${JSON.stringify(key)} is not a known key here${didYouMean(closest(key, allowed))}; expected ${expectedKeys}.`,
      );
      continue;
    }
    try {
      const entry: unknown = (value as Record<string, unknown>)[key];
      if (entry !== undefined) entries.set(key, entry);
    } catch (error) {
      errors.add(keyPath, 'a value that can be read', `a property that throws (${describeError(error)})`);
    }
  }
  return entries;
}

/** Reads an array of at most `node.maxItems` items; `undefined` when it or any item is wrong. */
function readArray(walk: Walk, node: ArrayNode, path: string, value: unknown): unknown[] | undefined {
  const { errors } = walk;
  if (!Array.isArray(value)) {
    errors.add(path, node.expected, describeValue(value));
    return undefined;
  }
  let length: number;
  try {
    length = value.length;
  } catch {
    errors.add(path, node.expected, 'an array that cannot be read');
    return undefined;
  }
  if (length > node.maxItems) {
    errors.add(path, `${node.expected}, with at most ${node.maxItems} items`, describeValue(value));
    return undefined;
  }
  const items: unknown[] = [];
  const firstSeen = new Map<unknown, string>();
  let valid = true;
  for (let index = 0; index < length; index += 1) {
    const itemPath = `${path}[${index}]`;
    let item: unknown;
    try {
      item = value[index];
    } catch (error) {
      errors.add(itemPath, 'a value that can be read', `an item that throws (${describeError(error)})`);
      valid = false;
      continue;
    }
    const read = readNode(walk, node.items, itemPath, item);
    if (read === undefined) {
      valid = false;
      continue;
    }
    const first = node.uniqueItems ? firstSeen.get(read) : undefined;
    if (first) {
      errors.add(
        itemPath,
        `each ${node.items.kind === 'choice' ? 'level id' : 'item'} once`,
        `${describeValue(read)} again (first at ${first})`,
      );
      valid = false;
      continue;
    }
    firstSeen.set(read, itemPath);
    items.push(read);
  }
  if (!valid) return undefined;
  if (items.length < node.minItems) {
    const choices = node.items.kind === 'choice' ? node.items.values.join(', ') : 'item';
    errors.add(
      path,
      `at least one of ${choices}`,
      'an empty array',
      `${path}: is empty; ${node.whenEmpty ?? `give at least ${node.minItems}`}.`,
    );
    return undefined;
  }
  return items;
}

function readText(
  errors: ErrorList,
  path: string,
  value: unknown,
  maxLength: number,
  what: string,
): string | undefined {
  const expected = `${what} of at most ${maxLength} characters`;
  if (typeof value !== 'string') {
    errors.add(path, expected, describeValue(value));
    return undefined;
  }
  const text = value.trim();
  if (text === '') {
    errors.add(path, expected, 'an empty string', `${path}: is empty; give the text or leave the key out.`);
    return undefined;
  }
  if (text.length > maxLength) {
    errors.add(
      path,
      expected,
      describeValue(value),
      `${path}: is ${text.length} characters long; the limit is ${maxLength}. Shorten it or link to a page instead.`,
    );
    return undefined;
  }
  return text;
}

/** Text given once for every language, or as `{ "en": "…", "es": "…" }` with both languages. */
function readLocalized(errors: ErrorList, path: string, value: unknown, maxLength: number): Localized | undefined {
  if (typeof value === 'string') {
    const text = readText(errors, path, value, maxLength, 'text');
    return text === undefined ? undefined : { en: text, es: text };
  }
  const expected = 'text: a string, or an object with "en" and "es" strings';
  const entries = readObject(errors, path, value, localizedKeys, expected);
  if (!entries) return undefined;
  const [en, es] = localizedKeys.map((language) => {
    const languagePath = `${path}.${language}`;
    const name = languageNames[language];
    if (!entries.has(language)) {
      errors.add(
        languagePath,
        `the ${name} text`,
        'nothing',
        `${languagePath}: the ${name} text is missing; give both "en" and "es", or one plain string for both.`,
      );
      return undefined;
    }
    return readText(errors, languagePath, entries.get(language), maxLength, `${name} text`);
  });
  return en === undefined || es === undefined ? undefined : { en, es };
}

function readChoice(errors: ErrorList, node: ChoiceNode, path: string, value: unknown): string | number | undefined {
  if (node.values.includes(value as string | number)) return value as string | number;
  const words = node.values.map(String);
  const numbers = node.values.every((choice) => typeof choice === 'number');
  const expected = numbers
    ? `the number ${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`
    : `one of ${words.join(', ')}`;
  const found = describeValue(value);
  const suggestion = typeof value === 'string' && !numbers ? closest(value, words) : undefined;
  errors.add(path, expected, found, `${path}: expected ${expected}, but found ${found}${didYouMean(suggestion)}.`);
  return undefined;
}

function readString(walk: Walk, node: StringNode, path: string, value: unknown): string | undefined {
  const { errors } = walk;
  const text = readText(errors, path, value, node.maxLength, node.what);
  if (text === undefined) return undefined;
  switch (node.format) {
    case 'url': {
      // The pattern is the rule the WordPress plugin checks too; the browser's parser has the last word here.
      if (configUrlPattern.test(text) && isConfigUrl(text)) return text;
      // The scheme as a browser reads it, past leading control characters and tabs or newlines anywhere.
      const scheme = urlSchemePattern.exec(text.replace(/^[\x00-\x20]+|[\t\n\r]/g, ''))?.[0].toLowerCase();
      const expected = 'an http:, https: or mailto: URL, or a path on this site';
      const found = describeValue(text);
      errors.add(
        path,
        expected,
        found,
        scheme && !configUrlProtocols.includes(scheme)
          ? `${path}: "${scheme}" links are not allowed; use an http:, https: or mailto: URL (put phone numbers in "phone").`
          : `${path}: expected ${expected}, but found ${found}.`,
      );
      return undefined;
    }
    case 'phone':
      if (phonePattern.test(text)) return text;
      errors.add(
        path,
        'a phone number: at least 3 digits, with only spaces and + - ( ) . between them',
        describeValue(text),
      );
      return undefined;
    case 'row-id': {
      if (!rowIdPattern.test(text)) {
        errors.add(path, 'an id of lowercase letters, digits and hyphens, such as "languages"', describeValue(text));
        return undefined;
      }
      if (reservedRowIds.includes(text)) {
        errors.add(path, `an id no built-in row uses (they are ${reservedRowIds.join(', ')})`, describeValue(text));
        return undefined;
      }
      const first = walk.rowIds.get(text);
      if (first) {
        errors.add(path, 'an id no other extra row uses', `"${text}" again (first at ${first})`);
        return undefined;
      }
      walk.rowIds.set(text, path);
      return text;
    }
  }
}

/** An object's known keys, each read by its node; `undefined` when it is not an object or lacks a required key. */
function readKnownObject(walk: Walk, node: ObjectNode, path: string, value: unknown): object | undefined {
  const keys = Object.keys(node.properties);
  const entries = readObject(walk.errors, path, value, keys, objectExpected(node), node.ignored);
  if (!entries) return undefined;
  for (const key of node.required) {
    if (!entries.has(key))
      walk.errors.add(
        `${path}.${key}`,
        `the key "${key}"`,
        'nothing',
        `${path}.${key}: is missing; ${node.owner ?? 'it'} needs ${joinAnd(node.required)}.`,
      );
  }
  const result: Record<string, unknown> = {};
  let complete = node.required.every((key) => entries.has(key));
  for (const key of keys) {
    if (!entries.has(key)) continue;
    const read = readNode(walk, node.properties[key], childPath(path, key), entries.get(key));
    if (read !== undefined) result[key] = read;
    else if (node.required.includes(key)) complete = false;
  }
  return complete ? result : undefined;
}

/** An object keyed by the levels the center offers. */
function readLevelMap(walk: Walk, node: LevelMapNode, path: string, value: unknown): object | undefined {
  const { errors, offered } = walk;
  const errorsBefore = errors.errors.length;
  const entries = readObject(errors, path, value, levelIds, `an object keyed by level id (${levelIdList})`);
  if (!entries) return undefined;
  let valid = errors.errors.length === errorsBefore;
  if (entries.size < node.minProperties) {
    if (valid) errors.add(path, `text for at least one of ${levelIdList}`, 'an empty object');
    return undefined;
  }
  const result: { [L in LevelId]?: unknown } = {};
  for (const [key, entry] of entries) {
    const id = key as LevelId;
    const entryPath = `${path}.${id}`;
    if (offered && !offered.includes(id)) {
      errors.add(entryPath, `a level listed in levels (${offered.join(', ')})`, `"${id}", which levels leaves out`);
      valid = false;
      continue;
    }
    const read = readNode(walk, node.value, entryPath, entry);
    if (read === undefined) valid = false;
    else result[id] = read;
  }
  return valid ? result : undefined;
}

function readNode(walk: Walk, node: SchemaNode, path: string, value: unknown): unknown {
  switch (node.kind) {
    case 'text':
      return readLocalized(walk.errors, path, value, node.maxLength);
    case 'string':
      return readString(walk, node, path, value);
    case 'choice':
      return readChoice(walk.errors, node, path, value);
    case 'object':
      return readKnownObject(walk, node, path, value);
    case 'level-map':
      return readLevelMap(walk, node, path, value);
    case 'array':
      return readArray(walk, node, path, value);
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const entry of Object.values(value)) deepFreeze(entry);
  }
  return value;
}

/**
 * Checks a center's configuration and merges it over `defaultConfig`. Returns `{ ok: true, config }`, or
 * `{ ok: false, errors }` listing every problem with its path, what was expected and what was found. `undefined`
 * means "no configuration" and gives the defaults. A `$schema` key at the root, which points an editor at
 * `care-config.schema.json`, is ignored. Never throws.
 */
export function validateConfig(input: unknown): ConfigResult {
  if (input === undefined) return { ok: true, config: defaultConfig };
  const errors = new ErrorList();
  const walk: Walk = { errors, offered: defaultConfig.levels, rowIds: new Map() };
  try {
    const { properties } = configSchema;
    const entries = readObject(
      errors,
      rootPath,
      input,
      Object.keys(properties),
      objectExpected(configSchema),
      configSchema.ignored,
    );
    if (!entries) return { ok: false, errors: errors.finish() };
    // Each key in the schema's order: levels first, so the others can be checked against the levels offered.
    const read: Record<string, unknown> = {};
    for (const [key, node] of Object.entries(properties)) {
      if (!entries.has(key)) continue;
      read[key] = readNode(walk, node, key, entries.get(key));
      if (key === 'levels') {
        const offered = read.levels as LevelId[] | undefined;
        // Most intensive first, whatever order the center wrote them in.
        walk.offered = offered && levelIds.filter((id) => offered.includes(id));
      }
    }
    if (errors.errors.length > 0) return { ok: false, errors: errors.finish() };
    const config: CareConfig = {
      levels: walk.offered ?? defaultConfig.levels,
      edition: (read.edition as CareConfig['edition'] | undefined) ?? defaultConfig.edition,
      programs: (read.programs as { [L in LevelId]?: CenterProgram } | undefined) ?? defaultConfig.programs,
      extraRows: (read.extraRows as CenterRow[] | undefined) ?? defaultConfig.extraRows,
      ...(read.contact ? { contact: read.contact as CenterContact } : {}),
    };
    return { ok: true, config: deepFreeze(config) };
  } catch (error) {
    errors.add(rootPath, 'a configuration that can be read', `an error while reading it (${describeError(error)})`);
    return { ok: false, errors: errors.finish() };
  }
}

/**
 * Parses JSON, such as a `config` attribute's value, and validates it. A syntax error becomes one error at `(root)`
 * carrying the parser's message. Never throws.
 */
export function parseConfigJson(text: string): ConfigResult {
  const fail = (
    expected: string,
    found: string,
    message = `${rootPath}: expected ${expected}, but found ${found}.`,
  ): ConfigResult => ({
    ok: false,
    errors: [{ path: rootPath, expected, found, message }],
  });
  if (typeof text !== 'string') return fail('JSON text', describeValue(text));
  if (text.length > configLimits.jsonLength)
    return fail(`at most ${configLimits.jsonLength} characters of JSON`, `${text.length} characters`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const found = describeError(error);
    return fail('valid JSON', found, `${rootPath}: the configuration is not valid JSON: ${found}`);
  }
  return validateConfig(parsed);
}
