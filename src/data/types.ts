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
  | 'samhsa-tip64'
  | 'fda-vivitrol-label'
  | 'apa-eating-2023'
  | 'sahm-eating-2022'
  | 'apa-psych-eval-2016'
  | 'samhsa-recovery-housing-2023'
  | '911-gov'
  | 'fda-moud-benzo-2017'
  | 'fda-naloxone-2020'
  | 'aap-mat-2016'
  | 'niaaa-alcohol-overdose'
  | 'childhelp';

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
