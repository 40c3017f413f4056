/**
 * The rows of the comparison table, made from the level facts and the center's configuration so the table and the
 * data can never disagree. Each cell is one or two sentences that read well in a table, with the sources of the facts
 * it states. Pure: the comparison's view-model (comparison-view.ts) selects and numbers them.
 */
import type { CareConfig, CenterProgram } from '../../config/types.js';
import { comparisonRowIds } from '../../data/comparison-rows.js';
import { levels } from '../../data/levels.js';
import type { LevelId } from '../../data/level-id.js';
import { formatList } from '../../data/format-list.js';
import { supportedLocales, type Locale, type Localized } from '../../data/locale.js';
import { services } from '../../data/services.js';
import type { CareLevel, ComparisonRowId, LevelService, SourceId, Sourced } from '../../data/types.js';

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

const rowLabels: { readonly [Id in Exclude<ComparisonRowId, 'asam'>]: Localized } = {
  sleeps: { en: 'Where you sleep', es: 'Dónde duerme' },
  hours: { en: 'Hours of treatment a week', es: 'Horas de tratamiento a la semana' },
  schedule: { en: 'Typical schedule', es: 'Horario habitual' },
  length: { en: 'How long it lasts', es: 'Cuánto dura' },
  work: { en: 'Work or school', es: 'Trabajo o estudios' },
  medical: { en: 'Medical and psychiatric care', es: 'Atención médica y psiquiátrica' },
  services: { en: 'Services', es: 'Servicios' },
  cost: { en: 'Relative cost', es: 'Costo relativo' },
  insurance: { en: 'Insurance', es: 'Seguro médico' },
  fits: { en: 'Who it fits', es: 'Para quién es' },
  'not-a-fit': { en: 'Who it does not fit', es: 'Para quién no es' },
};

const asamLabels: { readonly [E in CareConfig['edition']]: Localized } = {
  3: { en: 'ASAM level (3rd edition)', es: 'Nivel ASAM (3.ª edición)' },
  4: { en: 'ASAM level (4th edition)', es: 'Nivel ASAM (4.ª edición)' },
};

const ourProgram: Localized = { en: 'Our program:', es: 'Nuestro programa:' };
const oftenAlso: Localized = { en: 'Often also:', es: 'A menudo también:' };

/** Which center text, if any, each built-in row shows after the general facts. */
const centerTextByRow: {
  readonly [Id in ComparisonRowId]?: keyof Pick<CenterProgram, 'hours' | 'length' | 'insurance'>;
} = {
  hours: 'hours',
  length: 'length',
  insurance: 'insurance',
};

function localize(make: (locale: Locale) => string): Localized {
  return Object.fromEntries(supportedLocales.map((locale) => [locale, make(locale)])) as unknown as Localized;
}

function cell(fact: Sourced<unknown>, text: Localized): ComparisonCell {
  return { text, sources: fact.sources };
}

/** Lowercases the first letter of a name that continues a sentence, leaving acronyms and numbers alone. */
function continuing(name: string): string {
  return /^[A-ZÁÉÍÓÚÑ][a-záéíóúñ]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** "A, b and c": service names joined as the start of a sentence, or in its middle. */
function serviceList(locale: Locale, entries: readonly LevelService[], startsSentence: boolean): string {
  const names = entries.map((entry, index) => {
    const name = services[entry.service].name[locale];
    return startsSentence && index === 0 ? name : continuing(name);
  });
  return formatList(locale, names);
}

const servicesTexts = new WeakMap<CareLevel, Localized>();

/** The services sentence of a level, worked out once: the data never changes. */
function servicesText(level: CareLevel): Localized {
  let text = servicesTexts.get(level);
  if (!text) {
    text = composeServicesText(level);
    servicesTexts.set(level, text);
  }
  return text;
}

function composeServicesText(level: CareLevel): Localized {
  const core = level.services.value.filter((entry) => entry.availability === 'core');
  const often = level.services.value.filter((entry) => entry.availability === 'often');
  return localize((locale) => {
    const sentences: string[] = [];
    if (core.length > 0) sentences.push(`${serviceList(locale, core, true)}.`);
    if (often.length > 0) sentences.push(`${oftenAlso[locale]} ${serviceList(locale, often, false)}.`);
    return sentences.join(' ');
  });
}

function builtInCell(rowId: ComparisonRowId, level: CareLevel, config: CareConfig): ComparisonCell {
  switch (rowId) {
    case 'asam': {
      const fact = level.asamLevels[config.edition];
      return cell(fact, fact.value.summary);
    }
    case 'sleeps':
      return cell(level.sleeps, level.sleeps.value);
    case 'hours':
      return cell(level.weeklyHours, level.weeklyHours.value.description);
    case 'schedule':
      return cell(level.schedule, level.schedule.value.description);
    case 'length':
      return cell(level.typicalLength, level.typicalLength.value);
    case 'work':
      return cell(level.workOrSchool, level.workOrSchool.value.description);
    case 'medical':
      return cell(level.medicalCare, level.medicalCare.value);
    case 'services':
      return cell(level.services, servicesText(level));
    case 'cost':
      return cell(level.relativeCost, level.relativeCost.value.description);
    case 'insurance':
      return cell(level.insurance, level.insurance.value);
    case 'fits':
      return cell(level.fits, level.fits.value);
    case 'not-a-fit':
      return cell(level.notAFit, level.notAFit.value);
  }
}

function withCenterText(general: ComparisonCell, centerText: Localized | undefined): ComparisonCell {
  if (!centerText) return general;
  return {
    text: localize((locale) => `${general.text[locale]} ${ourProgram[locale]} ${centerText[locale]}`),
    sources: general.sources,
  };
}

/**
 * The comparison table's rows for a center: the built-in rows in `comparisonRowIds` order, each with a cell for every
 * level the center offers (the ASAM row uses `config.edition`), then the center's `extraRows`. Where the center
 * describes its own program's hours, length or insurance, that cell ends with "Our program: …" in the center's words,
 * which cite no source.
 */
export function buildComparisonRows(config: CareConfig): ComparisonRow[] {
  const builtIn = comparisonRowIds.map((rowId): ComparisonRow => {
    const cells: { [L in LevelId]?: ComparisonCell } = {};
    for (const levelId of config.levels) {
      const centerKey = centerTextByRow[rowId];
      const centerText = centerKey ? config.programs[levelId]?.[centerKey] : undefined;
      cells[levelId] = withCenterText(builtInCell(rowId, levels[levelId], config), centerText);
    }
    return { id: rowId, label: rowId === 'asam' ? asamLabels[config.edition] : rowLabels[rowId], cells };
  });
  const extra = config.extraRows.map((row): ComparisonRow => {
    const cells: { [L in LevelId]?: ComparisonCell } = {};
    for (const levelId of config.levels) {
      const text = row.cells[levelId];
      if (text) cells[levelId] = { text, sources: [] };
    }
    return { id: row.id, label: row.label, cells };
  });
  return [...builtIn, ...extra];
}
