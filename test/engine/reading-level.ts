/**
 * A rough Flesch–Kincaid grade for plain-language checks. Syllables are counted by vowel groups, which is crude but
 * stable: good enough to catch a question that drifts into long words and long sentences.
 */
function syllables(word: string): number {
  const letters = word.toLowerCase().replace(/[^a-z]/g, '');
  if (letters.length === 0) return 0;
  if (letters.length <= 3) return 1;
  const trimmed = letters.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 1;
}

export function gradeLevel(text: string): number {
  const sentences = Math.max(1, text.split(/[.!?:]+/).filter((sentence) => sentence.trim()).length);
  const words = text.split(/\s+/).filter((word) => /[a-z]/i.test(word));
  const syllableCount = words.reduce((sum, word) => sum + syllables(word), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syllableCount / words.length) - 15.59;
}
