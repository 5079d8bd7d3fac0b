/**
 * The editor's changes to the regions of a draft (app/editor/regions.ts and the parts that
 * follow them): add a region (zeros everywhere), remove one (its entries everywhere and its
 * policies), the region a path is about, shares that sum to 1, and the national helpers that
 * must now know regional tables (age refit, the "no training" tick, a new profession).
 */
import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../model/scenario/json-path.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import { refitAgeTables, tablesFit } from '../../app/editor/age-range.ts';
import { setLeftOut } from '../../app/editor/left-out.ts';
import {
  addRegion,
  equalShares,
  newRegionId,
  pointSum,
  regionOfPath,
  regionaliseProfession,
  regionsOf,
  removalWords,
  removeRegion,
  sharesOf,
  shareSum,
} from '../../app/editor/regions.ts';
import { newProfessionTemplate } from '../../app/scenario/templates.ts';
import { leverChoices, regionChoices } from '../../app/editor/policies-section.tsx';
import { leavingWords, shareSumWords } from '../../app/editor/region-grids.tsx';
import { regionalLabel } from '../../app/editor/region-words.ts';
import { labelFor } from '../../app/scenario/labels.ts';
import { twoRegionExampleland } from '../helpers/app-page.ts';

const errorsOf = (d: unknown) => {
  const r = parseScenario(d);
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
};

describe('the regions of a draft', () => {
  it('lists the regions with usable ids, names falling back to the id', () => {
    expect(regionsOf({ regions: [{ id: 'a', name: ' A ' }, { id: 'b' }, { id: '' }, 3] })).toEqual([
      { id: 'a', name: 'A' },
      { id: 'b', name: 'b' },
    ]);
    expect(regionsOf({})).toEqual([]);
    expect(regionsOf({ regions: 'north' })).toEqual([]);
  });

  it('finds the region a path is about, inside the profession only', () => {
    const at = 'professions[1]';
    expect(regionOfPath('professions[1].stock.south.female[3]', at)).toBe('south');
    expect(regionOfPath('professions[1].training.intake.north-east.max', at)).toBe('north-east');
    expect(regionOfPath('professions[1].training.pipeline.rural[0]', at)).toBe('rural');
    expect(regionOfPath('professions[1].demand.baseFte.rural', at)).toBe('rural');
    expect(regionOfPath('professions[1].mobility.rural.capital', at)).toBe('rural');
    expect(regionOfPath('professions[1].exits.attrition', at)).toBeUndefined();
    expect(regionOfPath('professions[0].stock.south.female[3]', at)).toBeUndefined();
  });

  it('makes region ids from names: letters, digits and dashes, never taken', () => {
    expect(newRegionId('Île-de-France', [])).toBe('ile-de-france');
    expect(newRegionId('North', ['north'])).toBe('north-2');
    expect(newRegionId('  ', [])).toBe('region');
  });
});

describe('adding a region', () => {
  it('gives the new region zeros everywhere, and the scenario stays valid', () => {
    const before = twoRegionExampleland();
    expect(errorsOf(before)).toEqual([]);
    const { draft, id } = addRegion(before, 'Islands');
    expect(id).toBe('islands');
    expect(regionsOf(draft).map((r) => r.name)).toEqual(['Capital', 'Rural', 'Islands']);
    const stock = getAtPath(draft, 'professions[0].stock.islands') as { female: number[] };
    expect(stock.female).toHaveLength(55);
    expect(stock.female.every((x) => x === 0)).toBe(true);
    expect(getAtPath(draft, 'professions[0].training.intake.islands')).toBe(0);
    expect(getAtPath(draft, 'professions[0].training.pipeline.islands')).toEqual([0, 0, 0]);
    expect(getAtPath(draft, 'professions[0].immigration.regionShares.islands')).toBe(0);
    const pop = getAtPath(draft, 'population.regions.islands') as { male: number[][] };
    expect(pop.male).toHaveLength(21);
    expect(pop.male[20]).toHaveLength(101);
    expect(errorsOf(draft)).toEqual([]);
    // The draft before is left as it was.
    expect(regionsOf(before)).toHaveLength(2);
  });
});

describe('removing a region', () => {
  it('takes its entries out of every map, and the policies for it', () => {
    const three = addRegion(twoRegionExampleland(), 'Islands').draft;
    expect(removalWords(three, 'rural')).toBe(
      'Remove Rural with its headcount, training places, students, FTE need, population and moves, and the policy for it?',
    );
    const after = removeRegion(three, 'rural');
    expect(regionsOf(after).map((r) => r.id)).toEqual(['capital', 'islands']);
    const text = JSON.stringify(after);
    expect(text).not.toContain('"rural"');
    expect(getAtPath(after, 'policies')).toHaveLength(1);
    // Shares that no longer sum to 1 are for the planner to fix, and the Problems list says so.
    expect(errorsOf(after)).toEqual([
      'professions[0].immigration.regionShares: the shares of immigrants settling in each region sum to 0.7, not 1',
      'professions[1].immigration.regionShares: the shares of immigrants settling in each region sum to 0.7, not 1',
    ]);
    expect(removeRegion(three, 'nowhere')).toBe(three);
  });
});

describe('shares and sums', () => {
  it('splits 1 into shares that sum to exactly 1', () => {
    const s = equalShares(['a', 'b', 'c']);
    expect(s).toEqual({ a: 0.3333, b: 0.3333, c: 0.3334 });
    expect(Math.abs(shareSum(s) - 1)).toBeLessThan(1e-9);
    expect(sharesOf([3, 1], ['x', 'y'])).toEqual({ x: 0.75, y: 0.25 });
    expect(sharesOf([0, 0], ['x', 'y'])).toEqual({ x: 0.5, y: 0.5 });
  });

  it('sums the middle values of a mobility row and says when it is more than everyone', () => {
    const row = { b: 0.5, c: { dist: 'uniform', min: 0.4, max: 0.8 } };
    expect(pointSum(row)).toBeCloseTo(1.1, 12);
    expect(leavingWords('North', row)).toEqual({
      text: 'Leaving North for other regions each year, in all: 110 % (middle values), more than everyone',
      bad: true,
    });
    expect(leavingWords('North', { b: 0.02 }).bad).toBe(false);
    expect(shareSumWords(0.9)).toEqual({ text: 'Sum: 0.9 — must be 1 (100 %)', bad: true });
    expect(shareSumWords(1).bad).toBe(false);
  });
});

describe('national helpers in a scenario with regions', () => {
  it('refits every region’s headcount table when the workforce ages change', () => {
    const d = twoRegionExampleland();
    const r = refitAgeTables(d, { min: 20, max: 74 }, { min: 21, max: 74 });
    expect((getAtPath(r.draft, 'professions[0].stock.rural.female') as number[]).length).toBe(54);
    expect((getAtPath(r.draft, 'professions[1].stock.capital.male') as number[]).length).toBe(54);
    expect(r.droppedPeople).toBeGreaterThan(0);
    expect(tablesFit(r.draft, { min: 21, max: 74 })).toBe(true);
    expect(tablesFit(d, { min: 21, max: 74 })).toBe(false);
  });

  it('puts back training with places per region', () => {
    const d = setLeftOut(twoRegionExampleland(), 'professions[1]', 'training', true, undefined);
    const back = setLeftOut(d, 'professions[1]', 'training', false, { min: 20, max: 74 });
    const intake = getAtPath(back, 'professions[1].training.intake');
    expect(Object.keys(intake as object)).toEqual(['capital', 'rural']);
    expect(errorsOf(back)).toEqual([]);
  });

  it('makes a new profession regional', () => {
    const p = regionaliseProfession(newProfessionTemplate('midwife', { min: 20, max: 74 }), [
      'capital',
      'rural',
    ]);
    const d = twoRegionExampleland();
    (d.professions as unknown[]).push(p);
    expect(errorsOf(d)).toEqual([]);
  });

  it('offers a Region for policies, and moving out as a lever only with regions', () => {
    const d = twoRegionExampleland();
    expect(regionChoices(d).map((c) => c.label)).toEqual([
      'National (every region alike)',
      'Capital',
      'Rural',
    ]);
    const national = leverChoices(false, false).map((c) => c.value);
    expect(national).not.toContain('mobility.out');
    expect(leverChoices(true, false).map((c) => c.value)).toContain('mobility.out');
    expect(leverChoices(true, true).map((c) => c.value)).toEqual([
      'training.intake',
      'exits.attrition',
      'exits.emigration',
      'fte',
      'mobility.out',
    ]);
  });
});

describe('words for the paths of a scenario with regions', () => {
  it('names the region, the sex and the age in the Problems list', () => {
    const d = twoRegionExampleland();
    const words = (p: string) => regionalLabel(p, d);
    expect(words('professions[0].stock.rural.female[3]')).toBe(
      'Nurses › Workforce today: headcount in Rural, women aged 23',
    );
    expect(words('professions[0].mobility.rural')).toBe(
      'Nurses › Moving between regions: from Rural',
    );
    expect(words('professions[1].mobility.rural.capital')).toBe(
      'General practitioners › Moving between regions: from Rural to Capital',
    );
    expect(words('professions[0].training.graduateDestinations.rural')).toBe(
      'Nurses › Training: graduates of Rural’s schools',
    );
    expect(words('professions[0].immigration.regionShares')).toBe(
      'Nurses › Migration: where immigrants settle',
    );
    expect(words('professions[0].training.intake.rural.max')).toBe(
      `${labelFor('professions[0].training.intake.max', d)} (Rural)`,
    );
    expect(words('population.regions.capital.male[1][30]')).toBe(
      'Population of Capital: men aged 30, 2026',
    );
    expect(words('population.regionShares.rural')).toBe('Population: share of Rural');
    expect(words('regions[1].name')).toBe('Regions: Rural, name');
    // Paths without regions keep their words.
    expect(words('professions[0].exits.attrition')).toBe(
      labelFor('professions[0].exits.attrition', d),
    );
  });
});
