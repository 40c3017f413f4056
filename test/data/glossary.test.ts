import { expect } from '@open-wc/testing';
import { findGlossaryTerm, glossary, glossaryTermIds, isGlossaryTermId } from '../../src/data/glossary.js';
import { isSourceId } from '../../src/data/sources.js';
import { services } from '../../src/data/services.js';

describe('glossary', () => {
  it('explains every term the issue names', () => {
    for (const id of ['iop', 'php', 'mat', 'cbt', 'dbt', 'mi', 'emdr', 'asam', 'detox', 'step-down', 'co-occurring']) {
      expect(glossary, id).to.have.property(id);
    }
    expect(glossaryTermIds.length).to.equal(Object.keys(glossary).length);
  });

  it('has complete entries: lowercase id, term, short definition, sources that exist', () => {
    for (const id of glossaryTermIds) {
      const entry = glossary[id];
      expect(id).to.match(/^[a-z][a-z-]*$/);
      for (const locale of ['en', 'es'] as const) {
        expect(entry.term[locale].trim(), `${id} term`).to.not.equal('');
        expect(entry.definition[locale].trim(), `${id} definition`).to.not.equal('');
        expect(entry.definition[locale].length, `${id} definition fits a tooltip`).to.be.at.most(260);
        expect(
          entry.definition[locale].split(/[.!?](?:\s|$)/).filter(Boolean).length,
          `${id}: at most two sentences`,
        ).to.be.at.most(2);
        if (entry.expansion) expect(entry.expansion[locale].trim(), `${id} expansion`).to.not.equal('');
      }
      for (const source of entry.sources) expect(isSourceId(source), `${id}: ${source}`).to.equal(true);
    }
  });

  it('cites sources for every entry about levels of care', () => {
    for (const id of [
      'iop',
      'php',
      'inpatient',
      'residential',
      'outpatient',
      'asam',
      'detox',
      'step-down',
      'step-up',
      'mat',
    ] as const) {
      expect(glossary[id].sources, id).to.not.be.empty;
    }
  });

  it('finds entries by id, ignoring case and spaces, and by common aliases', () => {
    expect(findGlossaryTerm('iop')).to.equal(glossary.iop);
    expect(findGlossaryTerm('  IOP ')).to.equal(glossary.iop);
    expect(findGlossaryTerm('withdrawal-management')).to.equal(glossary.detox);
    expect(findGlossaryTerm('Motivational-Interviewing')).to.equal(glossary.mi);
  });

  it('finds nothing for unknown ids, including names inherited from Object', () => {
    for (const id of ['', 'rehab', 'constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(findGlossaryTerm(id), id).to.equal(undefined);
      expect(isGlossaryTermId(id), id).to.equal(false);
    }
    expect(findGlossaryTerm(undefined as unknown as string)).to.equal(undefined);
  });

  it('links services only to entries that exist', () => {
    for (const service of Object.values(services)) {
      if (service.glossaryTerm) expect(glossary, service.id).to.have.property(service.glossaryTerm);
    }
  });
});
