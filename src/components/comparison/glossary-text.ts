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

interface Found {
  readonly term: GlossaryTermId;
  readonly start: number;
  readonly end: number;
}

/**
 * All the wordings of one language as two patterns (one regular expression per wording ran 40 times a cell and
 * was the slowest part of a first render). Acronyms (IOP, TCC) match in capitals only, so "mi" in a Spanish
 * sentence is never taken for motivational interviewing; phrases match in any case. Both match whole words only.
 * Group 1 is what precedes a term (start of text or a non-letter), group 2 the term.
 */
interface LocaleMatcher {
  readonly acronyms: RegExp;
  readonly phrases: RegExp;
  /** The term of each wording: acronyms as written, phrases lowercased. */
  readonly termByWording: ReadonlyMap<string, GlossaryTermId>;
}

const acronym = /^[A-Z]{2,6}$/;
const matchersByLocale = new Map<Locale, LocaleMatcher>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wordsPattern(wordings: readonly string[], flags: string): RegExp {
  // Longest first, so that of two wordings starting at the same place the longer one wins.
  const alternatives = [...wordings].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(^|[^\\p{L}\\p{N}])(${alternatives.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

function matcherFor(locale: Locale): LocaleMatcher {
  const cached = matchersByLocale.get(locale);
  if (cached) return cached;
  const wordings: (readonly [GlossaryTermId, string])[] = [
    ...glossaryTermIds
      .filter((id) => !levelNameTerms.includes(id))
      .map((id): [GlossaryTermId, string] => [id, glossary[id].term[locale]]),
    ...otherWordings[locale],
  ];
  const termByWording = new Map<string, GlossaryTermId>();
  const acronyms: string[] = [];
  const phrases: string[] = [];
  for (const [term, wording] of wordings) {
    const isAcronym = acronym.test(wording);
    const key = isAcronym ? wording : wording.toLowerCase();
    if (termByWording.has(key)) continue;
    termByWording.set(key, term);
    (isAcronym ? acronyms : phrases).push(wording);
  }
  const matcher = { acronyms: wordsPattern(acronyms, 'gu'), phrases: wordsPattern(phrases, 'giu'), termByWording };
  matchersByLocale.set(locale, matcher);
  return matcher;
}

function findFirstMentions(text: string, locale: Locale): Map<GlossaryTermId, Found> {
  const { acronyms, phrases, termByWording } = matcherFor(locale);
  const firstByTerm = new Map<GlossaryTermId, Found>();
  for (const [pattern, caseSensitive] of [
    [acronyms, true],
    [phrases, false],
  ] as const) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const wording = match[2];
      const term = termByWording.get(caseSensitive ? wording : wording.toLowerCase());
      const start = match.index + match[1].length;
      const earlier = term ? firstByTerm.get(term) : undefined;
      if (term && (!earlier || start < earlier.start)) firstByTerm.set(term, { term, start, end: start + wording.length });
    }
  }
  return firstByTerm;
}

const segmentCache = new Map<string, readonly TextSegment[]>();
const segmentCacheLimit = 1000;

/**
 * Splits `text` into plain runs and glossary terms, in order, so that joining every segment's `text` gives `text`
 * back. Only the first mention of each term is marked: one explanation per cell is enough, and a table full of
 * tooltips is noise. Overlapping mentions keep the one that starts first (the longer one on a tie).
 */
export function splitGlossaryText(text: string, locale: Locale): readonly TextSegment[] {
  const key = `${locale}\u0000${text}`;
  const cached = segmentCache.get(key);
  if (cached) return cached;
  const segments = split(text, locale);
  if (segmentCache.size >= segmentCacheLimit) segmentCache.clear();
  segmentCache.set(key, segments);
  return segments;
}

function split(text: string, locale: Locale): TextSegment[] {
  const firstByTerm = findFirstMentions(text, locale);
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
