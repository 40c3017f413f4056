/**
 * Checks a center's configuration and merges it over the defaults. A site owner writes it by hand, often as JSON in an
 * attribute, so every mistake gets an error precise enough to fix without reading code, and nothing here throws:
 * not on `null`, arrays, cycles, proxies or getters that throw.
 */
import { comparisonRowIds } from '../data/comparison-rows.js';
import { isLevelId, levelIds, type LevelId } from '../data/level-id.js';
import type { Localized } from '../data/locale.js';
import type { CareConfig, CenterContact, CenterProgram, CenterRow, ConfigError, ConfigResult } from '../data/types.js';

/** The limits `validateConfig` enforces, so a typo cannot flood a page or a table. */
export const configLimits = {
  /** Characters in a piece of text: a program's hours, length, insurance or notes, an extra row's cell. */
  textLength: 500,
  /** Characters in a label: an extra row's label, a link's text. */
  labelLength: 80,
  /** Characters in an extra row's id. */
  idLength: 40,
  /** Characters in a URL. */
  urlLength: 2000,
  /** Characters in a phone number. */
  phoneLength: 30,
  /** Rows a center may add. */
  extraRows: 200,
  /** Characters of JSON `parseConfigJson` reads. */
  jsonLength: 200_000,
  /** Errors reported before the rest are summed up in one last error. */
  errors: 100,
} as const;

/** The configuration used when a center gives none: every level, ASAM 4th edition labels, nothing added. */
export const defaultConfig: CareConfig = Object.freeze({
  levels: Object.freeze([...levelIds]),
  edition: 4,
  programs: Object.freeze({}),
  extraRows: Object.freeze([]),
});

const rootPath = '(root)';
const rootKeys = ['levels', 'edition', 'programs', 'contact', 'extraRows'] as const;
const contactKeys = ['phone', 'url', 'label'] as const;
const programKeys = ['hours', 'length', 'insurance', 'notes', 'phone', 'url', 'label'] as const;
const rowKeys = ['id', 'label', 'cells'] as const;
const localizedKeys = ['en', 'es'] as const;
const levelIdList = levelIds.join(', ');
const languageNames: Localized = { en: 'English', es: 'Spanish' };
const relativeBase = 'https://relative.invalid/';

/** The scheme a browser would follow for `url` in an `href`; relative URLs resolve to the page's https. */
function urlProtocol(url: string): string | undefined {
  try {
    return new URL(url, relativeBase).protocol;
  } catch {
    return undefined;
  }
}

/**
 * Whether `url` is safe to put in an `href`: http:, https:, tel: or mailto:, or relative to the page. Anything else,
 * `javascript:` and `data:` above all, is refused. Configuration `url` fields are stricter (http:, https: and mailto:
 * only): a center's phone goes in `phone`, which the elements turn into a `tel:` link with `telUrl`.
 */
export function isSafeUrl(url: unknown): boolean {
  if (typeof url !== 'string' || url.trim() === '') return false;
  const protocol = urlProtocol(url);
  return protocol === 'http:' || protocol === 'https:' || protocol === 'tel:' || protocol === 'mailto:';
}

/** The `tel:` link for a phone number as people write it: `+1 (555) 010-0199` becomes `tel:+15550100199`. */
export function telUrl(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

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

function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
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

type Entries = ReadonlyMap<string, unknown>;

/**
 * Reads a plain object whose keys must come from `allowed`, reporting unknown keys and unreadable values. Absent and
 * `undefined` values are left out of the result.
 */
function readObject(
  errors: ErrorList,
  path: string,
  value: unknown,
  allowed: readonly string[],
  expected: string,
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
    const keyPath = childPath(path, key);
    if (!allowed.includes(key)) {
      const suggestion = closest(key, allowed);
      const expectedKeys = `one of the keys ${allowed.join(', ')}`;
      errors.add(
        keyPath,
        expectedKeys,
        `the unknown key ${JSON.stringify(key)}`,
        `${keyPath}: ${JSON.stringify(key)} is not a known key here${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; expected ${expectedKeys}.`,
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

function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message.slice(0, 80) : describeValue(error);
  } catch {
    return 'an unreadable error';
  }
}

/** Reads an array of at most `maxItems` items, each through `readItem`. */
function readArray<T>(
  errors: ErrorList,
  path: string,
  value: unknown,
  maxItems: number,
  expected: string,
  readItem: (itemPath: string, item: unknown) => T | undefined,
): T[] | undefined {
  if (!Array.isArray(value)) {
    errors.add(path, expected, describeValue(value));
    return undefined;
  }
  let length: number;
  try {
    length = value.length;
  } catch {
    errors.add(path, expected, 'an array that cannot be read');
    return undefined;
  }
  if (length > maxItems) {
    errors.add(path, `${expected}, with at most ${maxItems} items`, describeValue(value));
    return undefined;
  }
  const items: T[] = [];
  for (let index = 0; index < length; index += 1) {
    const itemPath = `${path}[${index}]`;
    let item: unknown;
    try {
      item = value[index];
    } catch (error) {
      errors.add(itemPath, 'a value that can be read', `an item that throws (${describeError(error)})`);
      continue;
    }
    const read = readItem(itemPath, item);
    if (read !== undefined) items.push(read);
  }
  return items;
}

function readString(
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
    const text = readString(errors, path, value, maxLength, 'text');
    return text === undefined ? undefined : { en: text, es: text };
  }
  const expected = 'text: a string, or an object with "en" and "es" strings';
  const entries = readObject(errors, path, value, localizedKeys, expected);
  if (!entries) return undefined;
  const en = readLanguage(errors, path, entries, 'en', maxLength);
  const es = readLanguage(errors, path, entries, 'es', maxLength);
  return en === undefined || es === undefined ? undefined : { en, es };
}

function readLanguage(
  errors: ErrorList,
  path: string,
  entries: Entries,
  language: keyof Localized,
  maxLength: number,
): string | undefined {
  const languagePath = `${path}.${language}`;
  if (!entries.has(language)) {
    errors.add(
      languagePath,
      `the ${languageNames[language]} text`,
      'nothing',
      `${languagePath}: the ${languageNames[language]} text is missing; give both "en" and "es", or one plain string for both.`,
    );
    return undefined;
  }
  return readString(errors, languagePath, entries.get(language), maxLength, `${languageNames[language]} text`);
}

function readLevelId(errors: ErrorList, path: string, value: unknown): LevelId | undefined {
  if (isLevelId(value)) return value;
  const suggestion = typeof value === 'string' ? closest(value, levelIds) : undefined;
  const expected = `one of ${levelIdList}`;
  const found = describeValue(value);
  errors.add(
    path,
    expected,
    found,
    `${path}: expected ${expected}, but found ${found}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}.`,
  );
  return undefined;
}

function readLevels(errors: ErrorList, value: unknown): LevelId[] | undefined {
  const firstSeen = new Map<LevelId, string>();
  let valid = true;
  const read = readArray(errors, 'levels', value, 20, `an array of level ids (${levelIdList})`, (itemPath, item) => {
    const id = readLevelId(errors, itemPath, item);
    if (id === undefined) {
      valid = false;
      return undefined;
    }
    const first = firstSeen.get(id);
    if (first) {
      valid = false;
      errors.add(itemPath, 'each level id once', `"${id}" again (first at ${first})`);
      return undefined;
    }
    firstSeen.set(id, itemPath);
    return id;
  });
  if (!read || !valid) return undefined;
  if (read.length === 0) {
    errors.add(
      'levels',
      `at least one of ${levelIdList}`,
      'an empty array',
      'levels: is empty; list at least one level the center offers.',
    );
    return undefined;
  }
  return levelIds.filter((id) => read.includes(id));
}

function readUrl(errors: ErrorList, path: string, value: unknown): string | undefined {
  const url = readString(errors, path, value, configLimits.urlLength, 'a URL');
  if (url === undefined) return undefined;
  const protocol = urlProtocol(url);
  if (protocol === 'http:' || protocol === 'https:' || protocol === 'mailto:') return url;
  const expected = 'an http:, https: or mailto: URL, or a path on this site';
  const found = describeValue(url);
  errors.add(
    path,
    expected,
    found,
    protocol
      ? `${path}: "${protocol}" links are not allowed; use an http:, https: or mailto: URL (put phone numbers in "phone").`
      : `${path}: expected ${expected}, but found ${found}.`,
  );
  return undefined;
}

function readPhone(errors: ErrorList, path: string, value: unknown): string | undefined {
  const phone = readString(errors, path, value, configLimits.phoneLength, 'a phone number');
  if (phone === undefined) return undefined;
  const digits = phone.replace(/\D/g, '').length;
  if (/^[\d\s+\-().]+$/.test(phone) && digits >= 3) return phone;
  const expected = 'a phone number: at least 3 digits, with only spaces and + - ( ) . between them';
  errors.add(path, expected, describeValue(phone));
  return undefined;
}

function readContact(errors: ErrorList, path: string, entries: Entries): CenterContact {
  const contact: { phone?: string; url?: string; label?: Localized } = {};
  if (entries.has('phone')) contact.phone = readPhone(errors, `${path}.phone`, entries.get('phone'));
  if (entries.has('url')) contact.url = readUrl(errors, `${path}.url`, entries.get('url'));
  if (entries.has('label'))
    contact.label = readLocalized(errors, `${path}.label`, entries.get('label'), configLimits.labelLength);
  return withoutUndefined(contact);
}

function readProgram(errors: ErrorList, path: string, value: unknown): CenterProgram | undefined {
  const entries = readObject(
    errors,
    path,
    value,
    programKeys,
    `an object with any of the keys ${programKeys.join(', ')}`,
  );
  if (!entries) return undefined;
  const program: { -readonly [K in keyof CenterProgram]: CenterProgram[K] } = readContact(errors, path, entries);
  for (const key of ['hours', 'length', 'insurance', 'notes'] as const) {
    if (entries.has(key))
      program[key] = readLocalized(errors, `${path}.${key}`, entries.get(key), configLimits.textLength);
  }
  return withoutUndefined(program);
}

function readPrograms(
  errors: ErrorList,
  value: unknown,
  offered: readonly LevelId[] | undefined,
): { [L in LevelId]?: CenterProgram } | undefined {
  const entries = readObject(errors, 'programs', value, levelIds, `an object keyed by level id (${levelIdList})`);
  if (!entries) return undefined;
  const programs: { [L in LevelId]?: CenterProgram } = {};
  for (const [key, program] of entries) {
    const id = key as LevelId;
    const path = `programs.${id}`;
    if (offered && !offered.includes(id))
      errors.add(path, `a level listed in levels (${offered.join(', ')})`, `"${id}", which levels leaves out`);
    const read = readProgram(errors, path, program);
    if (read) programs[id] = read;
  }
  return programs;
}

function readRow(
  errors: ErrorList,
  path: string,
  value: unknown,
  offered: readonly LevelId[] | undefined,
  firstIds: Map<string, string>,
): CenterRow | undefined {
  const entries = readObject(errors, path, value, rowKeys, 'an object with the keys id, label and cells');
  if (!entries) return undefined;
  for (const key of rowKeys) {
    if (!entries.has(key))
      errors.add(
        `${path}.${key}`,
        `the key "${key}"`,
        'nothing',
        `${path}.${key}: is missing; every extra row needs id, label and cells.`,
      );
  }
  const id = entries.has('id') ? readRowId(errors, `${path}.id`, entries.get('id'), firstIds) : undefined;
  const label = entries.has('label')
    ? readLocalized(errors, `${path}.label`, entries.get('label'), configLimits.labelLength)
    : undefined;
  const cells = entries.has('cells') ? readCells(errors, `${path}.cells`, entries.get('cells'), offered) : undefined;
  return id === undefined || label === undefined || cells === undefined ? undefined : { id, label, cells };
}

function readRowId(errors: ErrorList, path: string, value: unknown, firstIds: Map<string, string>): string | undefined {
  const id = readString(errors, path, value, configLimits.idLength, 'an id');
  if (id === undefined) return undefined;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
    errors.add(path, 'an id of lowercase letters, digits and hyphens, such as "languages"', describeValue(id));
    return undefined;
  }
  if ((comparisonRowIds as readonly string[]).includes(id)) {
    errors.add(path, `an id no built-in row uses (they are ${comparisonRowIds.join(', ')})`, describeValue(id));
    return undefined;
  }
  const first = firstIds.get(id);
  if (first) {
    errors.add(path, 'an id no other extra row uses', `"${id}" again (first at ${first})`);
    return undefined;
  }
  firstIds.set(id, path);
  return id;
}

function readCells(
  errors: ErrorList,
  path: string,
  value: unknown,
  offered: readonly LevelId[] | undefined,
): { [L in LevelId]?: Localized } | undefined {
  const errorsBefore = errors.errors.length;
  const entries = readObject(errors, path, value, levelIds, `an object keyed by level id (${levelIdList})`);
  if (!entries) return undefined;
  let valid = errors.errors.length === errorsBefore;
  if (entries.size === 0) {
    if (valid) errors.add(path, `text for at least one of ${levelIdList}`, 'an empty object');
    return undefined;
  }
  const cells: { [L in LevelId]?: Localized } = {};
  for (const [key, cell] of entries) {
    const id = key as LevelId;
    const cellPath = `${path}.${id}`;
    if (offered && !offered.includes(id)) {
      errors.add(cellPath, `a level listed in levels (${offered.join(', ')})`, `"${id}", which levels leaves out`);
      valid = false;
      continue;
    }
    const text = readLocalized(errors, cellPath, cell, configLimits.textLength);
    if (text === undefined) valid = false;
    else cells[id] = text;
  }
  return valid ? cells : undefined;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
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
 * means "no configuration" and gives the defaults. Never throws.
 */
export function validateConfig(input: unknown): ConfigResult {
  if (input === undefined) return { ok: true, config: defaultConfig };
  const errors = new ErrorList();
  try {
    const entries = readObject(
      errors,
      rootPath,
      input,
      rootKeys,
      `an object with any of the keys ${rootKeys.join(', ')}`,
    );
    if (!entries) return { ok: false, errors: errors.finish() };

    const levels = entries.has('levels') ? readLevels(errors, entries.get('levels')) : undefined;
    const offered = entries.has('levels') ? levels : defaultConfig.levels;

    let edition = defaultConfig.edition;
    if (entries.has('edition')) {
      const value = entries.get('edition');
      if (value === 3 || value === 4) edition = value;
      else errors.add('edition', 'the number 3 or 4', describeValue(value));
    }

    const programs = entries.has('programs') ? readPrograms(errors, entries.get('programs'), offered) : undefined;

    let contact: CenterContact | undefined;
    if (entries.has('contact')) {
      const contactEntries = readObject(
        errors,
        'contact',
        entries.get('contact'),
        contactKeys,
        `an object with any of the keys ${contactKeys.join(', ')}`,
      );
      if (contactEntries) contact = readContact(errors, 'contact', contactEntries);
    }

    const firstIds = new Map<string, string>();
    const extraRows = entries.has('extraRows')
      ? readArray(
          errors,
          'extraRows',
          entries.get('extraRows'),
          configLimits.extraRows,
          'an array of rows, each with id, label and cells',
          (itemPath, item) => readRow(errors, itemPath, item, offered, firstIds),
        )
      : undefined;

    if (errors.errors.length > 0) return { ok: false, errors: errors.finish() };
    const config: CareConfig = {
      levels: levels ?? defaultConfig.levels,
      edition,
      programs: programs ?? defaultConfig.programs,
      extraRows: extraRows ?? defaultConfig.extraRows,
      ...(contact ? { contact } : {}),
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
  if (typeof text !== 'string') {
    const found = describeValue(text);
    return {
      ok: false,
      errors: [
        {
          path: rootPath,
          expected: 'JSON text',
          found,
          message: `${rootPath}: expected JSON text, but found ${found}.`,
        },
      ],
    };
  }
  if (text.length > configLimits.jsonLength) {
    const found = `${text.length} characters`;
    const expected = `at most ${configLimits.jsonLength} characters of JSON`;
    return {
      ok: false,
      errors: [{ path: rootPath, expected, found, message: `${rootPath}: expected ${expected}, but found ${found}.` }],
    };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const found = describeError(error);
    return {
      ok: false,
      errors: [
        {
          path: rootPath,
          expected: 'valid JSON',
          found,
          message: `${rootPath}: the configuration is not valid JSON: ${found}`,
        },
      ],
    };
  }
  return validateConfig(parsed);
}
