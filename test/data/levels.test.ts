import { expect } from '@open-wc/testing';
import { levelIds } from '../../src/data/level-id.js';
import { levelList, levels, withdrawalManagementNote } from '../../src/data/levels.js';
import { glossary } from '../../src/data/glossary.js';
import { services } from '../../src/data/services.js';
import type { CareLevel, WeeklyHoursRange } from '../../src/data/types.js';
import { everySourced, looksSourced } from './data-walk.js';

const requiredFacts = [
  'id',
  'shortName',
  'longName',
  'summary',
  'asamLevels',
  'sleeps',
  'weeklyHours',
  'schedule',
  'typicalLength',
  'medicalCare',
  'supervision',
  'workOrSchool',
  'services',
  'therapies',
  'relativeCost',
  'insurance',
  'fits',
  'notAFit',
  'stepUpTo',
  'stepDownTo',
] as const satisfies readonly (keyof CareLevel)[];

// Fails to compile when CareLevel gains a fact this list does not name.
const everyFactListed: Exclude<keyof CareLevel, (typeof requiredFacts)[number]> extends never ? true : false = true;

const unsourcedFacts: readonly (keyof CareLevel)[] = ['id', 'shortName', 'longName', 'asamLevels'];

const typicalWording = {
  en: /\b(typically|commonly|usually|often|generally|about)\b/i,
  es: /(por lo general|por lo común|suele|suelen|habitualmente|a menudo|normalmente)/i,
};

function intensity(id: string): number {
  return levelIds.indexOf(id as (typeof levelIds)[number]);
}

describe('levels', () => {
  it('holds the four levels under their own ids, and lists them from most to least intensive', () => {
    expect(everyFactListed).to.equal(true);
    expect(Object.keys(levels)).to.have.members(['inpatient', 'php', 'iop', 'outpatient']);
    for (const id of levelIds) expect(levels[id].id).to.equal(id);
    expect(levelList.map((level) => level.id)).to.deep.equal(['inpatient', 'php', 'iop', 'outpatient']);
  });

  it('gives every level every required fact, each with at least one source', () => {
    for (const level of levelList) {
      for (const fact of requiredFacts) {
        expect(level[fact], `${level.id}.${fact}`).to.not.equal(undefined);
        if (!unsourcedFacts.includes(fact)) {
          expect(looksSourced(level[fact]), `${level.id}.${fact} is a sourced fact`).to.equal(true);
        }
      }
      for (const edition of [3, 4] as const) {
        const asam = level.asamLevels[edition];
        expect(asam.sources, `${level.id}.asamLevels[${edition}]`).to.not.be.empty;
        expect(asam.value.levels, `${level.id}.asamLevels[${edition}]`).to.not.be.empty;
        for (const label of asam.value.levels) expect(label.level).to.match(/^\d(\.\d)?$/);
      }
    }
    for (const { path, value } of everySourced(levels, 'levels')) {
      expect((value as { sources: unknown[] }).sources, path).to.not.be.empty;
    }
  });

  it('keeps adult hour ranges in order: outpatient < 9 ≤ IOP < 20 ≤ PHP', () => {
    const adults = (id: keyof typeof levels): WeeklyHoursRange => levels[id].weeklyHours.value.adults;
    expect(adults('outpatient').atLeast).to.equal(null);
    expect(adults('outpatient').fewerThan).to.equal(9);
    expect(adults('iop').atLeast).to.equal(9);
    expect(adults('iop').fewerThan).to.equal(20);
    expect(adults('php').atLeast).to.equal(20);
    expect(adults('php').fewerThan).to.equal(null);
    expect(adults('outpatient').fewerThan!).to.be.at.most(adults('iop').atLeast!);
    expect(adults('iop').fewerThan!).to.be.at.most(adults('php').atLeast!);
  });

  it('keeps adolescent hour ranges in order: outpatient < 6 ≤ IOP, PHP at least 20', () => {
    const teens = (id: keyof typeof levels) => levels[id].weeklyHours.value.adolescents;
    expect(teens('outpatient')).to.deep.equal({ atLeast: null, fewerThan: 6 });
    expect(teens('iop')!.atLeast).to.equal(6);
    expect(teens('outpatient')!.fewerThan!).to.be.at.most(teens('iop')!.atLeast!);
    expect(teens('php')!.atLeast).to.equal(20);
  });

  it('states each hour figure in the sentence people read', () => {
    for (const level of levelList) {
      const { adults, adolescents, description } = level.weeklyHours.value;
      for (const range of [adults, adolescents]) {
        if (!range) continue;
        if (range.atLeast !== null) expect(description.en, level.id).to.contain(String(range.atLeast));
        if (range.fewerThan !== null) {
          expect(
            description.en.includes(String(range.fewerThan)) || description.en.includes(String(range.fewerThan - 1)),
            `${level.id}: "${description.en}" states ${range.fewerThan}`,
          ).to.equal(true);
        }
      }
    }
  });

  it('gives schedules that fit in a week', () => {
    for (const level of levelList) {
      const { daysPerWeek, hoursPerDay } = level.schedule.value;
      if (daysPerWeek) {
        expect(daysPerWeek.min, level.id).to.be.within(1, daysPerWeek.max);
        expect(daysPerWeek.max, level.id).to.be.at.most(7);
      }
      if (hoursPerDay) {
        expect(hoursPerDay.min, level.id).to.be.within(1, hoursPerDay.max);
        expect(hoursPerDay.max, level.id).to.be.at.most(24);
      }
    }
  });

  it('words every secondary fact as typical, in both languages', () => {
    let checked = 0;
    for (const { path, value } of everySourced({ levels, withdrawalManagementNote }, 'data')) {
      const fact = value as { value: unknown; evidence: string };
      if (fact.evidence !== 'secondary') continue;
      const inner = fact.value as { en?: unknown; description?: { en: string; es: string } };
      const text = typeof inner.en === 'string' ? (inner as { en: string; es: string }) : inner.description;
      if (!text) continue;
      checked += 1;
      expect(text.en, path).to.match(typicalWording.en);
      expect(text.es, path).to.match(typicalWording.es);
    }
    expect(checked).to.be.greaterThan(3);
  });

  it('ranks cost by intensity', () => {
    const ranks = levelList.map((level) => level.relativeCost.value.rank);
    expect(ranks).to.deep.equal([4, 3, 2, 1]);
  });

  it('steps up only to more intensive levels and down only to less intensive ones', () => {
    for (const level of levelList) {
      for (const up of level.stepUpTo.value)
        expect(intensity(up), `${level.id} → ${up}`).to.be.lessThan(intensity(level.id));
      for (const down of level.stepDownTo.value)
        expect(intensity(down), `${level.id} → ${down}`).to.be.greaterThan(intensity(level.id));
    }
    expect(levels.iop.stepDownTo.value).to.include('outpatient');
    expect(levels.outpatient.stepUpTo.value[0]).to.equal('iop');
  });

  it('lists only known services and therapies', () => {
    for (const level of levelList) {
      for (const entry of level.services.value)
        expect(services, `${level.id}: ${entry.service}`).to.have.property(entry.service);
      for (const therapy of level.therapies.value)
        expect(glossary, `${level.id}: ${therapy}`).to.have.property(therapy);
    }
  });

  it('treats withdrawal management as a service and a note, not a fifth level', () => {
    expect(levelIds).to.have.length(4);
    expect(levels.inpatient.services.value.map((entry) => entry.service)).to.include('withdrawal-management');
    expect(withdrawalManagementNote.value.en).to.contain('not treatment by itself');
    expect(withdrawalManagementNote.value.es).to.contain('no es un tratamiento por sí solo');
    expect(withdrawalManagementNote.sources).to.not.be.empty;
  });

  it('states no price: costs are relative', () => {
    const text = JSON.stringify({ levels, withdrawalManagementNote, services });
    expect(text).to.not.match(/[$€£]|\bUSD\b|dollars?|dólares?/i);
  });

  it('keeps level facts and names in the Spanish terms clinical sources use', () => {
    expect(levels.php.longName.es).to.contain('hospitalización parcial');
    expect(levels.iop.longName.es).to.contain('ambulatorio intensivo');
    expect(levels.outpatient.longName.es).to.equal('Tratamiento ambulatorio');
    expect(levels.inpatient.longName.es).to.contain('residencial');
  });
});
