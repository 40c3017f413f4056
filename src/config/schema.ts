/**
 * The one description of what a center may write in its configuration. `validateConfig` walks it to check a
 * configuration, types.ts derives `CareConfigInput` and `CareConfig` from it, and the build turns it into
 * `dist/care-config.schema.json` (see `json-schema.ts`), so the checks, the types and the editor's autocompletion
 * cannot drift apart. The property descriptions an editor shows live in
 * `descriptions.ts`, keyed by the paths below, so they stay out of the widgets' bundle.
 */
import { comparisonRowIds } from '../data/comparison-rows.js';
import { levelIds } from '../data/level-id.js';
import { configLimits } from './limits.js';

/** Text shown to people: one string for every language, or `{ "en": "…", "es": "…" }` with both. */
export interface TextNode {
  readonly kind: 'text';
  /** Characters, counted after trimming. */
  readonly maxLength: number;
}

/** One string with a format rule, trimmed, never empty. */
export interface StringNode {
  readonly kind: 'string';
  readonly format: 'url' | 'phone' | 'row-id';
  /** What it is, for messages: "a URL". */
  readonly what: string;
  readonly maxLength: number;
}

/** One value out of a fixed list. */
export interface ChoiceNode {
  readonly kind: 'choice';
  readonly values: readonly (string | number)[];
}

/** An object with known keys; any other key is a mistake. */
export interface ObjectNode {
  readonly kind: 'object';
  readonly properties: { readonly [key: string]: SchemaNode };
  readonly required: readonly string[];
  /** Who needs the required keys, for the message when one is missing: "every extra row". */
  readonly owner?: string;
  /** Keys accepted and ignored, such as `$schema` at the root of a configuration file. */
  readonly ignored?: readonly string[];
}

/** An object keyed by level id, each value described by `value`, only for levels the center offers. */
export interface LevelMapNode {
  readonly kind: 'level-map';
  readonly value: SchemaNode;
  readonly minProperties: number;
}

/** A list. */
export interface ArrayNode {
  readonly kind: 'array';
  readonly items: SchemaNode;
  readonly minItems: number;
  readonly maxItems: number;
  /** Each item at most once. */
  readonly uniqueItems: boolean;
  /** What a list was expected to be, for messages. */
  readonly expected: string;
  /** What to do when the list is empty but may not be, for messages. */
  readonly whenEmpty?: string;
}

export type SchemaNode = TextNode | StringNode | ChoiceNode | ObjectNode | LevelMapNode | ArrayNode;

const text: TextNode = { kind: 'text', maxLength: configLimits.textLength };
const label: TextNode = { kind: 'text', maxLength: configLimits.labelLength };

const contactProperties = {
  /** A phone number as people dial it, such as "+1-555-0100"; becomes a `tel:` link. */
  phone: { kind: 'string', format: 'phone', what: 'a phone number', maxLength: configLimits.phoneLength },
  /** An http(s) or mailto URL, such as the program's page or an intake form. */
  url: { kind: 'string', format: 'url', what: 'a URL', maxLength: configLimits.urlLength },
  /** The text of the link to `url`, in each language. */
  label,
} as const satisfies ObjectNode['properties'];

/** A center's phone, link and link text (`CenterContactInput`). */
export const contactSchema = {
  kind: 'object',
  properties: contactProperties,
  required: [],
} as const satisfies ObjectNode;

/** What a center says about its own program at one level (`CenterProgramInput`). */
export const programSchema = {
  kind: 'object',
  // The order of the keys is the order messages list them in.
  properties: { hours: text, length: text, insurance: text, notes: text, ...contactProperties },
  required: [],
} as const satisfies ObjectNode;

/** A row a center adds to the comparison table (`CenterRowInput`). */
export const rowSchema = {
  kind: 'object',
  properties: {
    id: { kind: 'string', format: 'row-id', what: 'an id', maxLength: configLimits.idLength },
    label,
    cells: { kind: 'level-map', value: text, minProperties: 1 },
  },
  required: ['id', 'label', 'cells'],
  owner: 'every extra row',
} as const satisfies ObjectNode;

/** The pattern of an extra row's id: lowercase letters, digits and hyphens, not starting with a hyphen. */
export const rowIdPattern = /^[a-z0-9][a-z0-9-]*$/u;

/** The ids an extra row may not take, because built-in rows use them. */
export const reservedRowIds: readonly string[] = comparisonRowIds;

/*
 * The patterns below are also the WordPress plugin's (scripts/config-schema.mjs writes them into its rules file, and
 * PHP's PCRE runs them with the `u` flag). So they use only syntax both engines read alike: explicit character classes,
 * no \d, \s or \w, whose Unicode meaning differs between the two.
 */

/** The pattern of a phone number: at least 3 digits, with only spaces and + - ( ) . around them. */
export const phonePattern = /^(?:[ +\-().]*[0-9]){3}[0-9 +\-().]*$/u;

const ipv4Octet = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
/** Letters, digits and hyphens; not `xn--`, whose Punycode a browser may refuse. */
const hostLabel = '(?![Xx][Nn]--)[A-Za-z0-9-]+';
/** The last label starts with a letter: one that looks like a number makes a browser read the host as IPv4. */
const topLabel = '(?![Xx][Nn]--)[A-Za-z][A-Za-z0-9-]*';
const host = `(?:(?:${hostLabel}\\.)*${topLabel}|${ipv4Octet}(?:\\.${ipv4Octet}){3})`;
const port = '(?::(?:6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[0-9]{1,4})?)?';
/** Any character but a control character: spaces in a path are fine, a browser encodes them. */
const rest = '[^\\x00-\\x1F]';

/**
 * The pattern of a configuration `url`, after trimming: an http: or https: URL with a plain host name or IPv4
 * address, a mailto: link, or a path on the site (not `//`, which would be another host). Every URL it matches, a
 * browser parses; what it leaves out (IPv6 and international host names, user names in the URL) no center needs.
 */
export const configUrlPattern = new RegExp(
  `^(?:[Hh][Tt][Tt][Pp][Ss]?://${host}${port}(?:[/?#]${rest}*)?` +
    `|[Mm][Aa][Ii][Ll][Tt][Oo]:${rest}*` +
    `|(?![/\\\\]{2})(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\x00-\\x20]${rest}*)$`,
  'u',
);

/** A URL's scheme as typed, such as `javascript:` (case kept): what a refused link is called in its message. */
export const urlSchemePattern = /^[A-Za-z][A-Za-z0-9+.-]*:/u;

/** A center's whole configuration as it writes it (`CareConfigInput`). Every key is optional. */
export const configSchema = {
  kind: 'object',
  properties: {
    /** The levels the center offers, most intensive first. Default: all four. */
    levels: {
      kind: 'array',
      items: { kind: 'choice', values: levelIds },
      minItems: 1,
      maxItems: 20,
      uniqueItems: true,
      expected: `an array of level ids (${levelIds.join(', ')})`,
      whenEmpty: 'list at least one level the center offers',
    },
    /** Which edition's ASAM level numbers to show. Default: 4. */
    edition: { kind: 'choice', values: [3, 4] },
    /** The center's own program at each level it offers. */
    programs: { kind: 'level-map', value: programSchema, minProperties: 0 },
    /** The center's main contact, the questionnaire's next step. */
    contact: contactSchema,
    /** Rows the center adds after the built-in ones. */
    extraRows: {
      kind: 'array',
      items: rowSchema,
      minItems: 0,
      maxItems: configLimits.extraRows,
      uniqueItems: false,
      expected: 'an array of rows, each with id, label and cells',
    },
  },
  required: [],
  ignored: ['$schema'],
} as const satisfies ObjectNode;
