/**
 * The shapes of the content every widget shows and of a center's configuration. These are the contracts between
 * the data module, the engine and the elements; the data itself lives in the sibling modules.
 */
import type { GlossaryTermId } from './glossary.js';
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
  | 'tx-hhs-es'
  | 'samhsa-tip63'
  | 'acog-711'
  | 'samhsa-pregnancy-oud'
  | 'fda-benzo-2020'
  | 'fda-naloxone-otc'
  | 'fda-opioid-taper-2019'
  | 'fda-opioid-benzo-2016'
  | 'benzo-taper-2025'
  | 'dv-hotline'
  | 'findtreatment-locator'
  | 'nimh-psychotherapies'
  | 'samhsa-tip64';

/** A publication a fact comes from. */
export interface Source {
  readonly id: SourceId;
  readonly title: string;
  readonly publisher: string;
  /** The year it is dated; for an `undated` web page, the year its content was checked for this library. */
  readonly year: number;
  readonly url: string;
  /** The part cited, such as a chapter or a regulation, when the title alone does not say. */
  readonly detail?: string;
  /** Set for a web page that carries no date and may change. */
  readonly undated?: boolean;
  /** The language the source is written in, when it is not English: a title shown in another view gets `lang`. */
  readonly language?: 'es';
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

/**
 * Text a center writes in its configuration: one plain string, shown in every language, or one string per language.
 * `validateConfig` turns it into a full `Localized` value.
 */
export type LocalizedInput = string | Localized;

/** A `CenterContact` as a center writes it. */
export interface CenterContactInput {
  readonly phone?: string;
  readonly url?: string;
  readonly label?: LocalizedInput;
}

/** A `CenterProgram` as a center writes it. */
export interface CenterProgramInput extends CenterContactInput {
  readonly hours?: LocalizedInput;
  readonly length?: LocalizedInput;
  readonly insurance?: LocalizedInput;
  readonly notes?: LocalizedInput;
}

/** A `CenterRow` as a center writes it. */
export interface CenterRowInput {
  readonly id: string;
  readonly label: LocalizedInput;
  readonly cells: { readonly [L in LevelId]?: LocalizedInput };
}

/** What a center may write: every key optional, text as a plain string or as `{ "en": "…", "es": "…" }`. */
export interface CareConfigInput {
  readonly levels?: readonly LevelId[];
  readonly edition?: AsamEdition;
  readonly programs?: { readonly [L in LevelId]?: CenterProgramInput };
  readonly contact?: CenterContactInput;
  readonly extraRows?: readonly CenterRowInput[];
}

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

/** Hours of treatment a week: at least `atLeast` and fewer than `fewerThan`; `null` leaves that bound open. */
export interface WeeklyHoursRange {
  readonly atLeast: number | null;
  readonly fewerThan: number | null;
}

/** Hours of treatment a week at one level, with the same facts as a sentence for people. */
export interface WeeklyHours {
  readonly adults: WeeklyHoursRange;
  /** `null` where the sources give no adolescent figure. */
  readonly adolescents: WeeklyHoursRange | null;
  readonly description: Localized;
}

/** An inclusive range, such as 3 to 5 days; `min` equals `max` for a single typical value. */
export interface NumberRange {
  readonly min: number;
  readonly max: number;
}

/** A typical week at one level. Ranges are `null` where the person lives at the facility. */
export interface TypicalSchedule {
  /** Visits or program days a week. */
  readonly daysPerWeek: NumberRange | null;
  readonly hoursPerDay: NumberRange | null;
  readonly description: Localized;
}

/** One level number of the ASAM Criteria with its name, such as 2.1, intensive outpatient services. */
export interface AsamLevelLabel {
  readonly level: string;
  readonly name: Localized;
}

/** The ASAM level numbers one of our levels spans in one edition, and a short sentence naming them. */
export interface AsamLevels {
  readonly levels: readonly AsamLevelLabel[];
  readonly summary: Localized;
}

/** Whether work or school can go on during treatment. */
export type WorkOrSchool = 'yes' | 'usually' | 'rarely' | 'no';

/** A relative cost rank, 1 for the least costly level and 4 for the most costly, with a sentence saying why. */
export interface RelativeCost {
  readonly rank: 1 | 2 | 3 | 4;
  readonly description: Localized;
}

/** The id of a service in `services`. */
export type ServiceId =
  | 'individual-counseling'
  | 'group-therapy'
  | 'family-education'
  | 'case-management'
  | 'drug-testing'
  | 'medication'
  | 'psychiatric-care'
  | 'medical-care'
  | 'nursing-care'
  | 'withdrawal-management';

/** A service a program gives, and the glossary entry that explains it, if any. */
export interface Service {
  readonly id: ServiceId;
  readonly name: Localized;
  readonly glossaryTerm?: GlossaryTermId;
}

/** A service at one level: `core` where programs at that level give it, `often` where many do. */
export interface LevelService {
  readonly service: ServiceId;
  readonly availability: 'core' | 'often';
}

/** One of the four levels of care, every fact with its sources. */
export interface CareLevel {
  readonly id: LevelId;
  /** A column heading, such as "IOP". */
  readonly shortName: Localized;
  /** The full name, such as "Intensive outpatient program". */
  readonly longName: Localized;
  /** One plain sentence. */
  readonly summary: Sourced<Localized>;
  /** The ASAM level numbers this level spans, in each edition. */
  readonly asamLevels: { readonly [E in AsamEdition]: Sourced<AsamLevels> };
  /** Where the person sleeps. */
  readonly sleeps: Sourced<Localized>;
  readonly weeklyHours: Sourced<WeeklyHours>;
  readonly schedule: Sourced<TypicalSchedule>;
  readonly typicalLength: Sourced<Localized>;
  /** Access to medical and psychiatric care. */
  readonly medicalCare: Sourced<Localized>;
  /** Who is there, and when. */
  readonly supervision: Sourced<Localized>;
  readonly workOrSchool: Sourced<{ readonly possible: WorkOrSchool; readonly description: Localized }>;
  readonly services: Sourced<readonly LevelService[]>;
  /** Therapies programs at this level commonly name; each id is a glossary entry. */
  readonly therapies: Sourced<readonly GlossaryTermId[]>;
  readonly relativeCost: Sourced<RelativeCost>;
  readonly insurance: Sourced<Localized>;
  readonly fits: Sourced<Localized>;
  readonly notAFit: Sourced<Localized>;
  /** Levels a person commonly moves up to when more care is needed, most likely first. */
  readonly stepUpTo: Sourced<readonly LevelId[]>;
  /** Levels a person commonly moves down to as things improve, most likely first. */
  readonly stepDownTo: Sourced<readonly LevelId[]>;
}
