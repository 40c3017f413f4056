import { expect } from '@open-wc/testing';
import { buildComparisonRows } from '../../src/components/comparison/comparison-rows.js';
import { glossary } from '../../src/data/glossary.js';
import { levels, withdrawalManagementNote } from '../../src/data/levels.js';
import { comparisonSources } from '../../src/data/comparison-sources.js';
import { isSourceId, sourceList, sources } from '../../src/data/sources.js';
import { services } from '../../src/data/services.js';
import { defaultConfig } from '../../src/config/index.js';
import { questions, topics } from '../../src/data/questions.js';
import { firstSteps } from '../../src/data/recommendation/first-steps.js';
import { recommendationRules } from '../../src/data/recommendation/level-rules.js';
import { notes } from '../../src/data/recommendation/notes.js';
import { ratingRules } from '../../src/data/recommendation/rating-rules.js';
import { signals } from '../../src/data/recommendation/signals.js';
import { everySourceList } from './data-walk.js';

const allData = {
  levels,
  glossary,
  withdrawalManagementNote,
  rows3: buildComparisonRows({ ...defaultConfig, edition: 3 }),
  rows4: buildComparisonRows(defaultConfig),
  questions,
  topics,
  recommendationRules,
  firstSteps,
  notes,
  ratingRules,
  signals,
};

describe('sources', () => {
  it('describes each source under its own id, with title, publisher, year and a web address', () => {
    expect(sourceList).to.have.length(40);
    for (const [id, source] of Object.entries(sources)) {
      expect(source.id).to.equal(id);
      expect(source.title.trim(), id).to.not.equal('');
      expect(source.publisher.trim(), id).to.not.equal('');
      expect(Number.isInteger(source.year), id).to.equal(true);
      expect(source.year, id).to.be.within(1990, new Date().getFullYear());
      expect(new URL(source.url).protocol, id).to.match(/^https?:$/);
    }
  });

  it('cites only sources that exist, everywhere in the data', () => {
    const lists = everySourceList(allData, 'data');
    expect(lists.length).to.be.greaterThan(100);
    for (const { path, value } of lists) {
      expect(Array.isArray(value), path).to.equal(true);
      for (const id of value as unknown[]) expect(isSourceId(id), `${path}: ${String(id)}`).to.equal(true);
    }
  });

  it('uses every source except the helpline’s and the treatment locator’s, which the widgets link to themselves', () => {
    const cited = new Set(everySourceList(allData).flatMap(({ value }) => value as string[]));
    const uncited = sourceList.map((source) => source.id).filter((id) => !cited.has(id));
    expect(uncited).to.have.members(['samhsa-helpline', 'findtreatment-locator']);
  });

  it('keeps every source the comparison can cite among the comparison’s own, with the edition 3 and 4 rows', () => {
    const comparisonData = { levels, glossary, services, withdrawalManagementNote, rows3: allData.rows3, rows4: allData.rows4 };
    const cited = new Set(everySourceList(comparisonData).flatMap(({ value }) => value as string[]));
    expect(cited.size).to.be.greaterThan(10);
    for (const id of cited) expect(Object.keys(comparisonSources), id).to.include(id);
    for (const [id, source] of Object.entries(comparisonSources)) expect(sources[id as keyof typeof sources]).to.equal(source);
  });

  it('records the language of every source not in English', () => {
    const spanish = sourceList.filter((source) => source.language === 'es').map((source) => source.id);
    expect(spanish).to.have.members(['es-medicare', 'tx-hhs-es']);
  });

  it('recognises only real source ids', () => {
    expect(isSourceId('samhsa-tip47')).to.equal(true);
    expect(isSourceId('wikipedia')).to.equal(false);
    expect(isSourceId('toString')).to.equal(false);
    expect(isSourceId(42)).to.equal(false);
  });
});
