/** "Start from a country": a valid scenario for every shipped country, sized to it. */
import { describe, expect, it } from 'vitest';
import {
  POPULATION_DATASET_IDS,
  datasetInfo,
  datasetTotal,
  loadDataset,
} from '../../app/data/population/catalog.ts';
import type { LoadedDataset } from '../../app/data/population/catalog.ts';
import {
  EXAMPLE_MARK,
  EXAMPLE_PER_1000,
  OBSERVED_MARK,
  apportion,
  countryBaseYear,
  countryScenarioTemplate,
  workingLifeShape,
} from '../../app/scenario/country-template.ts';
import { formatIssue, parseScenario } from '../../model/scenario/parse.ts';
import type { Scenario } from '../../model/scenario/types.ts';

const loaded = new Map<string, LoadedDataset>();
async function dataset(id: string): Promise<LoadedDataset> {
  const have = loaded.get(id);
  if (have) return have;
  const data = await loadDataset(id);
  loaded.set(id, data);
  return data;
}

async function parsed(id: string, baseYear?: number): Promise<Scenario> {
  const data = await dataset(id);
  const doc = countryScenarioTemplate(id, data, baseYear);
  const r = parseScenario(doc, { datasets: { [id]: data } });
  expect(r.ok ? [] : r.errors.map(formatIssue)).toEqual([]);
  expect(r.warnings.map(formatIssue)).toEqual([]);
  if (!r.ok) throw new Error('not valid');
  return r.scenario;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const headcount = (s: Scenario, id: string) => {
  const p = s.professions.find((q) => q.id === id);
  if (!p) throw new Error(`no ${id}`);
  return sum(p.stock.female) + sum(p.stock.male);
};

describe('countryScenarioTemplate', () => {
  it.each(POPULATION_DATASET_IDS)('%s: valid without warnings, naming the data set', async (id) => {
    for (const baseYear of [undefined, 2025, 2030]) {
      const s = await parsed(id, baseYear);
      expect(s.population).toEqual({ dataset: id });
      if (baseYear !== undefined) expect(s.baseYear).toBe(baseYear);
      expect(s.baseYear + s.horizonYears).toBeLessThanOrEqual(2050);
    }
  });

  it('scales the workforce with the population (8 nurses, 3.5 doctors per 1 000)', async () => {
    for (const id of POPULATION_DATASET_IDS) {
      const data = await dataset(id);
      const s = await parsed(id, 2025);
      const people = datasetTotal(data, 2025);
      expect(headcount(s, 'nurse')).toBe(Math.round((people * EXAMPLE_PER_1000.nurse) / 1000));
      expect(headcount(s, 'doctor')).toBe(Math.round((people * EXAMPLE_PER_1000.doctor) / 1000));
    }
    // Germany is about 187 times Malta, and so are its example workforce and intake.
    const de = await parsed('wpp2019-de', 2025);
    const mt = await parsed('wpp2019-mt', 2025);
    const ratio =
      datasetTotal(await dataset('wpp2019-de'), 2025) /
      datasetTotal(await dataset('wpp2019-mt'), 2025);
    expect(headcount(de, 'nurse') / headcount(mt, 'nurse')).toBeCloseTo(ratio, 0);
    const intake = (s: Scenario) => s.professions[0].training!.intake;
    expect(Number(intake(de)) / Number(intake(mt))).toBeGreaterThan(ratio * 0.95);
    expect(Number(intake(de)) / Number(intake(mt))).toBeLessThan(ratio * 1.05);
  });

  it('says everywhere that the workforce numbers are examples to replace', async () => {
    const s = await parsed('wpp2019-mt', 2025);
    expect(s.name).toBe('Malta: nurses and doctors (example numbers)');
    expect(s.description).toMatch(/replaced with your data/);
    expect(s.description).toContain(datasetInfo('wpp2019-mt')?.attribution);
    expect(s.professions.map((p) => p.name)).toEqual([
      `Nurses (${EXAMPLE_MARK})`,
      `Doctors (${EXAMPLE_MARK})`,
    ]);
    expect(EXAMPLE_MARK).toBe('example numbers: replace with your data');
  });

  it('spreads the workforce over ages 21–70 in whole numbers, women and men', async () => {
    const s = await parsed('wpp2019-it', 2025);
    for (const p of s.professions) {
      for (const column of [p.stock.female, p.stock.male]) {
        expect(column.every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
        expect(column.slice(0, 1)).toEqual([0]); // age 20
        expect(column.slice(51)).toEqual([0, 0, 0, 0]); // ages 71–74
        const peak = column.indexOf(Math.max(...column)) + 20;
        expect(peak).toBeGreaterThanOrEqual(30);
        expect(peak).toBeLessThan(50);
      }
    }
    const nurses = s.professions[0];
    expect(sum(nurses.stock.female) / headcount(s, 'nurse')).toBeCloseTo(0.88, 2);
  });

  it('gives the nurses a utilisation profile with one value per population age', async () => {
    const s = await parsed('wpp2019-se', 2025);
    const demand = s.professions[0].demand;
    expect(demand.method).toBe('utilisation');
    expect(demand.utilisation?.female).toHaveLength(101);
    expect(demand.utilisation?.male).toHaveLength(101);
    expect(s.professions[1].demand.method).toBe('ratio');
  });

  it('starts this year when the data reach 20 years on, else as late as they allow', async () => {
    const data = await dataset('wpp2019-be');
    expect(countryBaseYear(data, 2026)).toBe(2026);
    expect(countryBaseYear(data, 2029)).toBe(2029);
    expect(countryBaseYear(data, 2040)).toBe(2030);
    expect(countryBaseYear(data, 2020)).toBe(2020);
    expect(countryBaseYear(data, 1990)).toBe(2000);
  });

  it('is a fresh document each time, and rejects an unknown data set', async () => {
    const data = await dataset('wpp2019-mt');
    const a = countryScenarioTemplate('wpp2019-mt', data, 2025) as { name: string };
    a.name = 'changed';
    expect((countryScenarioTemplate('wpp2019-mt', data, 2025) as typeof a).name).not.toBe(
      'changed',
    );
    expect(() => countryScenarioTemplate('wpp2019-fr', data, 2025)).toThrow(/unknown/);
    expect(() => countryScenarioTemplate('wpp2019-mt', data, 1999)).toThrow(/1999/);
  });
});

describe('apportion and the working-life shape', () => {
  it('splits a whole number exactly, in proportion', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [0, 2, 5])).toEqual([0, 2, 5]);
    expect(apportion(0, [1, 2])).toEqual([0, 0]);
    const shape = Array.from({ length: 55 }, (_, i) => workingLifeShape(20 + i));
    for (const total of [1, 17, 3583, 668_000]) expect(sum(apportion(total, shape))).toBe(total);
  });
});

describe('countryScenarioTemplate with observed totals', () => {
  it('starts doctors and nurses from the observed totals, carried to the base year', async () => {
    const { loadObservedDensities, densitiesOf } =
      await import('../../app/data/workforce/catalog.ts');
    const { carryToBaseYear, observedHeadcounts } = await import('../../model/observed/series.ts');
    const who = await loadObservedDensities();
    for (const iso2 of ['IT', 'DE', 'MT', 'BE']) {
      const id = `wpp2019-${iso2.toLowerCase()}`;
      const data = await dataset(id);
      const observed = {
        doctors: densitiesOf(who, iso2, 'doctors'),
        nurses: densitiesOf(who, iso2, 'nurses'),
      };
      const doc = countryScenarioTemplate(id, data, 2026, observed);
      const r = parseScenario(doc, { datasets: { [id]: data } });
      expect(r.ok ? [] : r.errors.map(formatIssue)).toEqual([]);
      if (!r.ok) continue;
      const s = r.scenario;
      for (const [pid, key] of [
        ['nurse', 'nurses'],
        ['doctor', 'doctors'],
      ] as const) {
        const carried = carryToBaseYear(observedHeadcounts(observed[key], data), 2026);
        expect(carried).toBeDefined();
        expect(headcount(s, pid)).toBe(Math.round(carried!.headcount));
        // The latest observation is a few years back: density × its year's population.
        const last = observed[key][observed[key].length - 1];
        expect(carried!.observedYear).toBe(last.year);
        expect(carried!.observedHeadcount).toBeCloseTo(
          (last.per10000 / 10_000) * datasetTotal(data, last.year),
          6,
        );
      }
      expect(s.name).toMatch(/observed totals, assumed details/);
      expect(s.professions.map((p) => p.name)).toEqual([
        `Nurses and midwives (${OBSERVED_MARK})`,
        `Doctors (${OBSERVED_MARK})`,
      ]);
      expect(s.description).toMatch(/Observed: .* nurses and midwives, from WHO's/);
      expect(s.description).toMatch(/Assumed, to be replaced with your data: the spread over ages/);
    }
  });

  it('says when a series has no figure, and keeps the example for it', async () => {
    const data = await dataset('wpp2019-mt');
    const doc = countryScenarioTemplate('wpp2019-mt', data, 2026, {
      doctors: [{ year: 2020, per10000: 40 }],
    }) as Scenario;
    const people = datasetTotal(data, 2026);
    expect(headcount(doc, 'nurse')).toBe(Math.round((people * EXAMPLE_PER_1000.nurse) / 1000));
    expect(headcount(doc, 'doctor')).toBe(Math.round((40 / 10_000) * datasetTotal(data, 2020)));
    expect(doc.description).toContain('no WHO figure for nurses');
    expect(doc.description).toContain('kept as it was to 2026');
    expect(doc.professions[0].name).toBe(`Nurses (${EXAMPLE_MARK})`);
  });
});
