/**
 * Finds the jargon in a piece of comparison-table text (IOP, PHP, MAT, withdrawal management …) so the table can
 * wrap it in `<care-term>`. Pure string work, no DOM: the element turns the segments into markup.
 */
import { glossary, glossaryTermIds, type GlossaryTermId } from '../../data/glossary.js';
import type { Locale } from '../../data/locale.js';

/** A run of text: plain, or a glossary term that `<care-term term="…">` explains. */
export interface TextSegment {
  readonly text: string;
  readonly term?: GlossaryTermId;
}

/**
 * Entries not looked for in running text: the level names. Every column is headed by one already, and "outpatient
 * care" in a sentence is plain English, not jargon.
 */
const levelNameTerms: readonly GlossaryTermId[] = ['inpatient', 'residential', 'outpatient'];

/** How the data and centers write some entries in sentences, when that differs from the entry's `term`. */
const otherWordings: { readonly [L in Locale]: readonly (readonly [GlossaryTermId, string])[] } = {
  en: [
    ['detox', 'withdrawal management'],
    ['detox', 'detox'],
    ['mat', 'medication for addiction'],
    ['mat', 'MOUD'],
    ['step-down', 'step down'],
    ['step-up', 'step up'],
    ['co-occurring', 'co-occurring'],
    ['co-occurring', 'dual diagnosis'],
    ['mi', 'motivational interviewing'],
    ['cbt', 'cognitive behavioral therapy'],
    ['dbt', 'dialectical behavior therapy'],
    ['family-therapy', 'family therapy'],
    ['mindfulness', 'mindfulness'],
  ],
  es: [
    ['detox', 'manejo de la abstinencia'],
    ['detox', 'desintoxicación'],
    ['mat', 'medicamentos para la adicción'],
    ['co-occurring', 'trastornos concurrentes'],
    ['co-occurring', 'diagnóstico dual'],
    ['mi', 'entrevista motivacional'],
    ['cbt', 'terapia cognitivo-conductual'],
    ['dbt', 'terapia dialéctica conductual'],
    ['family-therapy', 'terapia familiar'],
    ['mindfulness', 'atención plena'],
  ],
};

interface TermMatcher {
  readonly term: GlossaryTermId;
  /** Group 1 is what precedes the term (start of text or a non-letter), group 2 the term itself. */
  readonly pattern: RegExp;
}

interface Found {
  readonly term: GlossaryTermId;
  readonly start: number;
  readonly end: number;
}

const acronym = /^[A-Z]{2,6}$/;
const matchersByLocale = new Map<Locale, readonly TermMatcher[]>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Acronyms (IOP, TCC) match in capitals only, so "mi" in a Spanish sentence is never taken for motivational
 * interviewing; phrases match in any case. Both match whole words only.
 */
function matcher(term: GlossaryTermId, wording: string): TermMatcher {
  const flags = acronym.test(wording) ? 'u' : 'iu';
  return { term, pattern: new RegExp(`(^|[^\\p{L}\\p{N}])(${escapeRegExp(wording)})(?![\\p{L}\\p{N}])`, flags) };
}

function matchersFor(locale: Locale): readonly TermMatcher[] {
  const cached = matchersByLocale.get(locale);
  if (cached) return cached;
  const fromGlossary = glossaryTermIds
    .filter((id) => !levelNameTerms.includes(id))
    .map((id) => matcher(id, glossary[id].term[locale]));
  const matchers = [...fromGlossary, ...otherWordings[locale].map(([id, wording]) => matcher(id, wording))];
  matchersByLocale.set(locale, matchers);
  return matchers;
}

/**
 * Splits `text` into plain runs and glossary terms, in order, so that joining every segment's `text` gives `text`
 * back. Only the first mention of each term is marked: one explanation per cell is enough, and a table full of
 * tooltips is noise. Overlapping mentions keep the one that starts first (the longer one on a tie).
 */
export function splitGlossaryText(text: string, locale: Locale): TextSegment[] {
  const firstByTerm = new Map<GlossaryTermId, Found>();
  for (const { term, pattern } of matchersFor(locale)) {
    const match = pattern.exec(text);
    if (!match) continue;
    const start = match.index + match[1].length;
    const found = { term, start, end: start + match[2].length };
    const earlier = firstByTerm.get(term);
    if (!earlier || found.start < earlier.start) firstByTerm.set(term, found);
  }
  const ordered = [...firstByTerm.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: TextSegment[] = [];
  let position = 0;
  for (const found of ordered) {
    if (found.start < position) continue;
    if (found.start > position) segments.push({ text: text.slice(position, found.start) });
    segments.push({ text: text.slice(found.start, found.end), term: found.term });
    position = found.end;
  }
  if (position < text.length || segments.length === 0) segments.push({ text: text.slice(position) });
  return segments;
}
