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

/** Every wording of one language, longest first, with its term; acronyms (IOP, TCC) match in capitals only. */
interface Wording {
  readonly text: string;
  readonly term: GlossaryTermId;
  readonly caseSensitive: boolean;
}

const acronym = /^[A-Z]{2,6}$/;
const letterOrDigit = /[\p{L}\p{N}]/u;
const wordingsByLocale = new Map<Locale, readonly Wording[]>();

function wordingsFor(locale: Locale): readonly Wording[] {
  const cached = wordingsByLocale.get(locale);
  if (cached) return cached;
  const all: (readonly [GlossaryTermId, string])[] = [
    ...glossaryTermIds
      .filter((id) => !levelNameTerms.includes(id))
      .map((id): [GlossaryTermId, string] => [id, glossary[id].term[locale]]),
    ...otherWordings[locale],
  ];
  const seen = new Set<string>();
  const wordings: Wording[] = [];
  for (const [term, text] of all) {
    const caseSensitive = acronym.test(text);
    const key = caseSensitive ? text : text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    wordings.push({ text: key, term, caseSensitive });
  }
  // Longest first, so that of two wordings starting at the same place the longer one wins.
  wordings.sort((a, b) => b.text.length - a.text.length);
  wordingsByLocale.set(locale, wordings);
  return wordings;
}

/** Whether a letter or digit ends right before `index` (a whole character: astral letters are two code units). */
function letterOrDigitBefore(text: string, index: number): boolean {
  const code = text.charCodeAt(index - 1);
  const isLowSurrogate = code >= 0xdc00 && code <= 0xdfff;
  return letterOrDigit.test(text.slice(Math.max(0, index - (isLowSurrogate ? 2 : 1)), index));
}

/** Whether a letter or digit starts at `index`. */
function letterOrDigitAt(text: string, index: number): boolean {
  const code = text.codePointAt(index);
  return code !== undefined && letterOrDigit.test(String.fromCodePoint(code));
}

/**
 * Each term's first mention in `text`, as whole words. Mentions are read left to right, as a reader meets them: at
 * each place the longest wording there wins, and a wording inside one already read does not count. Plain
 * `indexOf` per wording: one regular expression over every wording (with Unicode word boundaries) was the slowest
 * part of a first render on a slow phone.
 */
function findFirstMentions(text: string, locale: Locale): Map<GlossaryTermId, Found> {
  const lowercase = text.toLowerCase();
  // Lowercasing keeps every index only when it keeps the length (it does for the languages here).
  const folded = lowercase.length === text.length ? lowercase : text;
  const mentions: Found[] = [];
  for (const wording of wordingsFor(locale)) {
    const haystack = wording.caseSensitive ? text : folded;
    for (let start = haystack.indexOf(wording.text); start >= 0; start = haystack.indexOf(wording.text, start + 1)) {
      const end = start + wording.text.length;
      if (letterOrDigitBefore(text, start) || letterOrDigitAt(text, end)) continue;
      mentions.push({ term: wording.term, start, end });
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const firstByTerm = new Map<GlossaryTermId, Found>();
  let readUpTo = 0;
  for (const mention of mentions) {
    if (mention.start < readUpTo) continue;
    readUpTo = mention.end;
    if (!firstByTerm.has(mention.term)) firstByTerm.set(mention.term, mention);
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
