import { expect } from '@open-wc/testing';
import { buildComparisonRows } from '../../src/components/comparison/comparison-rows.js';
import { glossary } from '../../src/data/glossary.js';
import { levels, withdrawalManagementNote } from '../../src/data/levels.js';
import { supportedLocales } from '../../src/data/locale.js';
import { services } from '../../src/data/services.js';
import { defaultConfig } from '../../src/config/index.js';
import { everyLocalized } from './data-walk.js';

describe('translations', () => {
  it('gives every user-visible string in English and Spanish, never blank', () => {
    const data = {
      levels,
      glossary,
      services,
      withdrawalManagementNote,
      rows3: buildComparisonRows({ ...defaultConfig, edition: 3 }),
      rows4: buildComparisonRows(defaultConfig),
    };
    const texts = everyLocalized(data, 'data');
    expect(texts.length).to.be.greaterThan(150);
    for (const { path, value } of texts) {
      expect(Object.keys(value as object), path).to.have.members([...supportedLocales]);
      for (const locale of supportedLocales) {
        const text = (value as Record<string, unknown>)[locale];
        expect(typeof text, `${path}.${locale}`).to.equal('string');
        expect((text as string).trim(), `${path}.${locale}`).to.not.equal('');
        expect(text, `${path}.${locale} has no stray spaces`).to.equal((text as string).trim());
      }
    }
  });

  it('translates sentences rather than copying the English', () => {
    for (const { path, value } of everyLocalized({ levels, glossary }, 'data')) {
      const { en, es } = value as { en: string; es: string };
      if (en.split(' ').length > 3) expect(es, path).to.not.equal(en);
    }
  });
});
