/**
 * What the `*.strings.ts` tests check of every language's table: the same keys in every language, and text a reader
 * can read wherever there is text, including what each function says for the inputs an element gives it.
 */
import assert from 'node:assert/strict';

/**
 * Every text of one language's table, by key path (`crisisLine.self`, or `progress(3, 9)` for a function), calling
 * each function with every argument list `samples` gives for its path. A function with no samples fails the walk, so
 * a new function cannot go unread.
 */
export function textsOf(table, samples, prefix = '') {
  const texts = new Map();
  for (const [key, value] of Object.entries(table)) {
    const path = prefix + key;
    if (typeof value === 'string') {
      texts.set(path, value);
    } else if (typeof value === 'function') {
      assert.ok(samples[path]?.length > 0, `${path} is a function: give it sample arguments`);
      for (const args of samples[path]) {
        texts.set(`${path}(${args.map((arg) => JSON.stringify(arg)).join(', ')})`, value(...args));
      }
    } else {
      for (const [inner, text] of textsOf(value, samples, `${path}.`)) texts.set(inner, text);
    }
  }
  return texts;
}

/** Asserts that every language of `strings` has the same texts, none empty or showing a stray `undefined` or `NaN`. */
export function assertEveryLanguageComplete(strings, samples) {
  const [first, ...others] = Object.keys(strings);
  const english = textsOf(strings[first], samples);
  for (const locale of [first, ...others]) {
    const texts = textsOf(strings[locale], samples);
    assert.deepEqual([...texts.keys()], [...english.keys()], `${locale} has the same keys as ${first}`);
    for (const [path, text] of texts) {
      assert.equal(typeof text, 'string', `${locale} ${path}`);
      assert.match(text, /\S/, `${locale} ${path} is empty`);
      assert.doesNotMatch(text, /undefined|NaN|\[object /, `${locale} ${path}: "${text}"`);
    }
  }
}
