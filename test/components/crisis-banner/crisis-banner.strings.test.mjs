import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { crisisBannerStrings } from '../../../dist/components/crisis-banner/crisis-banner.strings.js';
import { assertEveryLanguageComplete } from '../../helpers/strings.mjs';

describe('crisisBannerStrings', () => {
  it('gives every text in English and Spanish', () => {
    assert.deepEqual(Object.keys(crisisBannerStrings), ['en', 'es']);
    assertEveryLanguageComplete(crisisBannerStrings, {});
  });

  it('says in Spanish what it says in English, not the English again', () => {
    for (const [key, text] of Object.entries(crisisBannerStrings.en)) {
      assert.notEqual(crisisBannerStrings.es[key], text, key);
    }
  });
});
