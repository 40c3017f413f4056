/**
 * The shapes of the content every widget shows and of a center's configuration. These are the contracts between
 * the data module, the engine and the elements; the data itself lives in the sibling modules.
 */
import type { LevelId } from './level-id.js';
import type { Localized } from './locale.js';

/** The id of an entry in `sources` (see clinical-facts.md, "Sources"). */
export type SourceId =
  | 'asam-levels'
  | 'cms-iap-2017'
  | 'asam-4th'
  | 'samhsa-tip47'
  | 'mccarty-2014'
  | 'medicare-php'
  | 'medicare-iop'
  | 'findtreatment'
  | 'teds-2004'
  | 'nida-tc'
  | 'adss-cost'
  | 'asam-awm-2020'
  | 'macpac-2018'
  | '988'
  | 'samhsa-helpline'
  | 'es-medicare'
  | 'tx-hhs-es';

/** A publication a fact comes from. */
export interface Source {
  readonly id: SourceId;
  readonly title: string;
  readonly publisher: string;
  readonly year: number;
  readonly url: string;
}

/**
 * One fact with where it comes from. `evidence: 'secondary'` marks facts checked only against secondary sources:
 * their wording says "typically".
 */
export interface Sourced<T> {
  readonly value: T;
  readonly sources: readonly SourceId[];
  readonly evidence: 'primary' | 'secondary';
}

/** Which edition of the ASAM Criteria a center's state uses for its level labels. */
export type AsamEdition = 3 | 4;

/** The id of a row of the comparison table. */
export type ComparisonRowId =
  | 'asam'
  | 'hours'
  | 'schedule'
  | 'length'
  | 'sleeps'
  | 'medical'
  | 'work'
  | 'services'
  | 'cost'
  | 'insurance'
  | 'fits'
  | 'not-a-fit';

/** A row of the comparison table: a label, and one plain-language cell per level with its sources. */
export interface ComparisonRow {
  /** A `ComparisonRowId` for built-in rows; a center's own rows use the id it gave them. */
  readonly id: string;
  readonly label: Localized;
  readonly cells: { readonly [L in LevelId]?: ComparisonCell };
}

/** One cell of the comparison table. */
export interface ComparisonCell {
  readonly text: Localized;
  /** Empty only for text a center supplied about its own program. */
  readonly sources: readonly SourceId[];
}

/** An entry of the glossary `<care-term>` shows. */
export interface GlossaryEntry {
  /** The short form as it appears in text, such as "IOP". */
  readonly term: Localized;
  /** The full name, such as "intensive outpatient program"; absent when the term is already plain. */
  readonly expansion?: Localized;
  /** One or two plain sentences. */
  readonly definition: Localized;
  readonly sources: readonly SourceId[];
}

/** A center's phone number and links for one of its programs, or for the center as a whole. */
export interface CenterContact {
  /** A phone number as people dial it, such as "+1-555-0100"; becomes a `tel:` link. */
  readonly phone?: string;
  /** An http(s) or mailto URL, such as the program's page or an intake form. */
  readonly url?: string;
  /** The text of the link to `url`, in each language. */
  readonly label?: Localized;
}

/** What a center says about its own program at one level; shown beside the general facts, never instead of sources. */
export interface CenterProgram extends CenterContact {
  readonly hours?: Localized;
  readonly length?: Localized;
  readonly insurance?: Localized;
  readonly notes?: Localized;
}

/** A row a center adds to the comparison table. */
export interface CenterRow {
  readonly id: string;
  readonly label: Localized;
  readonly cells: { readonly [L in LevelId]?: Localized };
}

/**
 * A center's customization, merged over the defaults by `validateConfig`. Every key is optional in the input; the
 * merged result has `levels`, `edition` and `programs` filled in.
 */
export interface CareConfig {
  /** The levels the center offers, most intensive first. Default: all four. */
  readonly levels: readonly LevelId[];
  /** Which edition's ASAM level numbers to show. Default: 4. */
  readonly edition: AsamEdition;
  /** The center's own program at each level it offers. */
  readonly programs: { readonly [L in LevelId]?: CenterProgram };
  /** The center's main contact, the questionnaire's next step. */
  readonly contact?: CenterContact;
  /** Rows the center adds after the built-in ones. */
  readonly extraRows: readonly CenterRow[];
}

/** What a center may write: every key optional, strings in one or both languages. */
export type CareConfigInput = Partial<CareConfig>;

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
