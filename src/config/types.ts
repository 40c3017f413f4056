/**
 * The types of a center's configuration, derived from the one schema (schema.ts): what a center writes
 * (`CareConfigInput`) and what `validateConfig` makes of it (`CareConfig`) cannot disagree with the keys it checks.
 */
import type { LevelId } from '../data/level-id.js';
import type { Localized } from '../data/locale.js';
import type { StringNode, TextNode, configSchema, contactSchema, programSchema, rowSchema } from './schema.js';

/**
 * Text a center writes in its configuration: one plain string, shown in every language, or one string per language.
 * `validateConfig` turns it into a full `Localized` value.
 */
export type LocalizedInput = string | Localized;

/** Flattens an intersection into one object type, so editors show its keys. */
type Flat<T> = { [K in keyof T]: T[K] } & {};

/** The value a schema node describes, with text as `Text`: `LocalizedInput` as written, `Localized` once checked. */
type ValueOf<Node, Text> = Node extends TextNode
  ? Text
  : Node extends StringNode
    ? string
    : Node extends { readonly kind: 'choice'; readonly values: readonly (infer Value)[] }
      ? Value
      : Node extends { readonly kind: 'array'; readonly items: infer Item }
        ? readonly ValueOf<Item, Text>[]
        : Node extends { readonly kind: 'level-map'; readonly value: infer Value }
          ? { readonly [L in LevelId]?: ValueOf<Value, Text> }
          : Node extends { readonly kind: 'object'; readonly properties: infer Properties; readonly required: readonly (infer Required)[] }
            ? Flat<
                { readonly [K in keyof Properties as K extends Required ? K : never]: ValueOf<Properties[K], Text> } & {
                  readonly [K in keyof Properties as K extends Required ? never : K]?: ValueOf<Properties[K], Text>;
                }
              >
            : never;

/** A center's phone number and links for one of its programs, or for the center as a whole. */
export type CenterContact = ValueOf<typeof contactSchema, Localized>;

/** What a center says about its own program at one level; shown beside the general facts, never instead of sources. */
export type CenterProgram = ValueOf<typeof programSchema, Localized>;

/** A row a center adds to the comparison table. */
export type CenterRow = ValueOf<typeof rowSchema, Localized>;

type CheckedConfig = ValueOf<typeof configSchema, Localized>;

/**
 * A center's customization, merged over the defaults by `validateConfig`. Every key is optional in the input; the
 * merged result has `levels`, `edition`, `programs` and `extraRows` filled in.
 */
export type CareConfig = Flat<
  Required<Pick<CheckedConfig, 'levels' | 'edition' | 'programs' | 'extraRows'>> & Pick<CheckedConfig, 'contact'>
>;

/** A `CenterContact` as a center writes it. */
export type CenterContactInput = ValueOf<typeof contactSchema, LocalizedInput>;

/** A `CenterProgram` as a center writes it. */
export type CenterProgramInput = ValueOf<typeof programSchema, LocalizedInput>;

/** A `CenterRow` as a center writes it. */
export type CenterRowInput = ValueOf<typeof rowSchema, LocalizedInput>;

/** What a center may write: every key optional, text as a plain string or as `{ "en": "…", "es": "…" }`. */
export type CareConfigInput = ValueOf<typeof configSchema, LocalizedInput>;

/** One thing wrong with a configuration, precise enough to fix without reading code. */
export interface ConfigError {
  /** Where in the input, such as `programs.iop.url` or `levels[2]`. */
  readonly path: string;
  /** What was expected there, such as `one of inpatient, php, iop, outpatient`. */
  readonly expected: string;
  /** What was found, shortened, such as `"detox"` or `a number (42)`. */
  readonly found: string;
  /** The three above as one readable English sentence. */
  readonly message: string;
}

/** `validateConfig`'s answer: the merged configuration, or every error found. It never throws. */
export type ConfigResult =
  | { readonly ok: true; readonly config: CareConfig }
  | { readonly ok: false; readonly errors: readonly ConfigError[] };
