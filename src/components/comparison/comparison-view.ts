/**
 * What `<care-comparison>` shows, worked out from its attributes over the center's configuration: the columns, the
 * rows and their cells, the calls to action, the source numbers and which mentions of a glossary term to explain.
 * Pure and DOM-free, so it runs in Node; the element only draws it (comparison.templates.ts) and logs the warnings
 * it returns.
 */
import { centerLinks } from '../../internal/center-links.js';
import type { CareCtaAction } from '../../internal/cta.js';
import { parseLevelList, spaceSeparated } from '../../internal/level-list.js';
import { buildComparisonRows, type ComparisonRow } from './comparison-rows.js';
import type { GlossaryTermId } from '../../data/glossary.js';
import { isLevelId, levelIds, type LevelId } from '../../data/level-id.js';
import type { Locale } from '../../data/locale.js';
import type { CareConfig, ConfigError } from '../../config/types.js';
import type { AsamEdition, SourceId } from '../../data/types.js';
import { comparisonStrings } from './comparison.strings.js';
import { splitGlossaryText, type TextSegment } from './glossary-text.js';

/** How the comparison lays itself out: by its own width (`auto`), always as a table, or always as cards. */
export type ComparisonLayout = 'auto' | 'table' | 'cards';

/** One of the two views: `layout="auto"` renders both, and CSS shows one by the element's width. */
export type ShownView = 'table' | 'cards';

const layouts: readonly ComparisonLayout[] = ['auto', 'table', 'cards'];

/** The glossary entry each column heading explains. */
export const levelTerms: { readonly [L in LevelId]: GlossaryTermId } = {
  inpatient: 'inpatient',
  php: 'php',
  iop: 'iop',
  outpatient: 'outpatient',
};

export interface CtaLink {
  readonly action: CareCtaAction;
  readonly href: string;
  readonly text: string;
}

/** What the comparison shows, worked out from the attributes over the configuration. */
export interface ComparisonView {
  readonly levels: readonly LevelId[];
  readonly rows: readonly ComparisonRow[];
  readonly highlight: LevelId | undefined;
  /** The level a questionnaire suggested, when shown. */
  readonly suggested: LevelId | undefined;
  readonly layout: ComparisonLayout;
  readonly config: CareConfig;
  /** The number each cited source has in the list under the table, in order of first citation. */
  readonly sourceNumbers: ReadonlyMap<SourceId, number>;
  /** Whether a level has the center's notes: then every level gets a notes row or fact. */
  readonly hasNotes: boolean;
  /** Each level's calls to action; when no level has any, there is no "Next step" row. */
  readonly ctas: { readonly [L in LevelId]?: readonly CtaLink[] };
  readonly hasCtas: boolean;
}

/** The attributes and the configuration the view is worked out from, as the element holds them. */
export interface ComparisonViewInput {
  /** The center's configuration, already checked. */
  readonly config: CareConfig;
  /** The levels the `levels` attribute names, overriding the configuration's; undefined when it names none. */
  readonly levels?: readonly LevelId[];
  readonly rows?: string;
  readonly edition?: unknown;
  readonly highlight?: string;
  readonly suggested?: string;
  readonly layout?: unknown;
  readonly locale: Locale;
}

/** The view, and a console warning for each attribute value it ignored. */
export interface ComparisonViewResult {
  readonly view: ComparisonView;
  readonly warnings: readonly string[];
}

/**
 * Where a piece of text sits in a view, as a key into the explained text: a row's label (in a card, per level), a
 * cell, a level's notes.
 */
export function labelKey(rowId: string, level?: LevelId): string {
  return level ? `label ${rowId} ${level}` : `label ${rowId}`;
}

export function cellKey(rowId: string, level: LevelId): string {
  return `cell ${rowId} ${level}`;
}

export function notesKey(level: LevelId): string {
  return `notes ${level}`;
}

function quoted(values: readonly string[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

/**
 * Reads the `levels` attribute: `undefined` when it is absent or blank (the configuration decides), the ids in the
 * order given, or the errors that name every unknown id.
 */
export function readLevelsAttribute(value: string | undefined): { levels?: LevelId[]; errors: ConfigError[] } {
  const { levels: given, unknown } = parseLevelList(value);
  if (unknown.length === 0) return given.length > 0 ? { levels: given, errors: [] } : { errors: [] };
  const expected = `space-separated level ids: ${levelIds.join(', ')}`;
  return {
    errors: unknown.map((token) => ({
      path: 'levels attribute',
      expected,
      found: JSON.stringify(token),
      message: `levels attribute: ${JSON.stringify(token)} is not a level id; use ${levelIds.join(', ')}.`,
    })),
  };
}

/** Works out the view from the attributes over the configuration; `warnings` names every value it ignored. */
export function comparisonView(input: ComparisonViewInput): ComparisonViewResult {
  const warnings: string[] = [];
  const shownLevels = input.levels ?? input.config.levels;
  const config: CareConfig = {
    ...input.config,
    levels: shownLevels,
    edition: shownEdition(input.edition, input.config.edition, warnings),
  };
  const rows = selectRows(buildComparisonRows(config), input.rows, warnings);
  const sourceNumbers = new Map<SourceId, number>();
  for (const row of rows) {
    for (const level of shownLevels) {
      for (const source of row.cells[level]?.sources ?? []) {
        if (!sourceNumbers.has(source)) sourceNumbers.set(source, sourceNumbers.size + 1);
      }
    }
  }
  const highlight = shownLevel('highlight', input.highlight, shownLevels, warnings);
  const suggested = shownLevel('suggested', input.suggested, shownLevels, warnings);
  const layout = shownLayout(input.layout, warnings);
  const ctas = Object.fromEntries(shownLevels.map((level) => [level, ctaLinks(config, level, input.locale)]));
  const view: ComparisonView = {
    levels: shownLevels,
    rows,
    highlight,
    suggested,
    layout,
    config,
    sourceNumbers,
    hasNotes: shownLevels.some((level) => config.programs[level]?.notes),
    ctas,
    hasCtas: shownLevels.some((level) => ctas[level].length > 0),
  };
  return { view, warnings };
}

function shownEdition(wanted: unknown, configured: AsamEdition, warnings: string[]): AsamEdition {
  if (wanted === undefined || wanted === null) return configured;
  if (wanted === 3 || wanted === 4) return wanted;
  warnings.push(`<care-comparison edition="${String(wanted)}"> is ignored: use 3 or 4.`);
  return configured;
}

function shownLayout(wanted: unknown, warnings: string[]): ComparisonLayout {
  if (layouts.includes(wanted as ComparisonLayout)) return wanted as ComparisonLayout;
  warnings.push(`<care-comparison layout="${String(wanted)}"> is ignored: use auto, table or cards.`);
  return 'auto';
}

/** The level `highlight` or `suggested` names, when the comparison shows it; otherwise none, with a warning. */
function shownLevel(
  attribute: 'highlight' | 'suggested',
  value: string | undefined,
  shownLevels: readonly LevelId[],
  warnings: string[],
): LevelId | undefined {
  const wanted = value?.trim();
  if (!wanted) return undefined;
  if (isLevelId(wanted) && shownLevels.includes(wanted)) return wanted;
  warnings.push(
    isLevelId(wanted)
      ? `<care-comparison ${attribute}="${wanted}"> names a level the comparison does not show (${shownLevels.join(', ')}).`
      : `<care-comparison ${attribute}="${wanted}"> is ignored: use ${levelIds.join(', ')}.`,
  );
  return undefined;
}

function selectRows(all: readonly ComparisonRow[], rows: string | undefined, warnings: string[]): readonly ComparisonRow[] {
  const wanted = spaceSeparated(rows);
  if (wanted.length === 0) return all;
  const byId = new Map(all.map((row) => [row.id, row]));
  const unknown = wanted.filter((id) => !byId.has(id));
  if (unknown.length > 0) {
    warnings.push(`<care-comparison rows> ignores ${quoted(unknown)}: use ${all.map((row) => row.id).join(', ')}.`);
  }
  const selected = [...new Set(wanted)].flatMap((id) => byId.get(id) ?? []);
  return selected.length > 0 ? selected : all;
}

/** The level's own phone and link, else the center's: a `tel:` link and an http(s) or mailto link, never more. */
function ctaLinks(config: CareConfig, level: LevelId, locale: Locale): CtaLink[] {
  const strings = comparisonStrings[locale];
  const { call, link } = centerLinks(config, level);
  const links: CtaLink[] = [];
  if (call) links.push({ action: 'call', href: call.href, text: strings.call(call.phone) });
  if (link) links.push({ action: 'link', href: link.href, text: link.label?.[locale] ?? strings.defaultLinkLabel });
  return links;
}

/** The shown numbers of the sources a cell cites, in ascending order, each once. */
export function cellSourceNumbers(view: ComparisonView, sourceIds: readonly SourceId[]): number[] {
  return [...new Set(sourceIds.map((source) => view.sourceNumbers.get(source) ?? 0))]
    .filter((number) => number > 0)
    .sort((a, b) => a - b);
}

/**
 * Splits every piece of text `shown` shows into segments, in the order a person reads them, and keeps the term of
 * only the first mention of each glossary entry: one explanation per term is enough, and every explanation is a tab
 * stop and an element to render. The level names head the columns and the cards, so they are explained there. The
 * table and the cards read in different orders, so each view has its own.
 */
export function explainFirstMentions(view: ComparisonView, shown: ShownView, locale: Locale): Map<string, TextSegment[]> {
  const explained = new Set<GlossaryTermId>(view.levels.map((level) => levelTerms[level]));
  const pieces = new Map<string, TextSegment[]>();
  const add = (key: string, text: string) => {
    pieces.set(
      key,
      splitGlossaryText(text, locale).map((segment) => {
        if (!segment.term || explained.has(segment.term)) return { text: segment.text };
        explained.add(segment.term);
        return segment;
      }),
    );
  };
  const addCell = (row: ComparisonRow, level: LevelId) => {
    const cell = row.cells[level];
    if (cell) add(cellKey(row.id, level), cell.text[locale]);
  };
  const addNotes = (level: LevelId) => {
    const notes = view.config.programs[level]?.notes;
    if (notes) add(notesKey(level), notes[locale]);
  };
  if (shown === 'table') {
    for (const row of view.rows) {
      add(labelKey(row.id), row.label[locale]);
      for (const level of view.levels) addCell(row, level);
    }
    for (const level of view.levels) addNotes(level);
  } else {
    for (const level of view.levels) {
      for (const row of view.rows) {
        add(labelKey(row.id, level), row.label[locale]);
        addCell(row, level);
      }
      addNotes(level);
    }
  }
  return pieces;
}
