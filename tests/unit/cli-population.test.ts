import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../cli/run.ts';
import { POPULATION_DATASET_IDS } from '../../app/data/population/catalog.ts';
import type { HwfResult } from '../../model/result/result.ts';

const MINIMAL = join(import.meta.dirname, '../../app/data/examples/minimal.json');
const ITALY = join(import.meta.dirname, '../../app/data/population/it.json');

const dir = mkdtempSync(join(tmpdir(), 'hwf-cli-population-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(argv: string[]): Outcome {
  let stdout = '';
  let stderr = '';
  const code = run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

type Doc = Record<string, unknown> & {
  horizonYears: number;
  analysis: { targetYear: number };
  simulation: { runs: number; seed: number };
  professions: { demand: Record<string, unknown> }[];
};

/**
 * minimal.json (2025..2040) with a demand that depends on the age structure: use per
 * person rises with age, so the test sees the arrays themselves and not only the totals.
 */
function scenario(population: unknown): Doc {
  const doc = JSON.parse(readFileSync(MINIMAL, 'utf8')) as Doc;
  doc.simulation.runs = 300;
  doc.professions[0].demand.utilisation = {
    female: Array.from({ length: 101 }, (_, a) => 0.5 + a / 50),
    male: Array.from({ length: 101 }, (_, a) => 0.4 + a / 60),
  };
  if (population !== undefined) doc.population = population;
  return doc;
}

function write(name: string, doc: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(doc, null, 2));
  return file;
}

function italyInline(): unknown {
  const raw = JSON.parse(readFileSync(ITALY, 'utf8')) as {
    ages: { min: number; max: number };
    years: number[];
    female: number[][];
    male: number[][];
  };
  return {
    ages: { min: raw.ages.min, max: raw.ages.max },
    years: raw.years,
    female: raw.female,
    male: raw.male,
  };
}

describe('hwf with a shipped population data set', () => {
  it('simulates a scenario naming a data set exactly as with the same arrays inline', () => {
    const named = write('italy-named.json', scenario({ dataset: 'wpp2019-it' }));
    const inline = write('italy-inline.json', scenario(italyInline()));
    const a = cli(['simulate', named]);
    const b = cli(['simulate', inline]);
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const det = [named, inline].map((f) => cli(['simulate', f, '--deterministic']));
    expect(det.map((o) => o.code)).toEqual([0, 0]);
    expect(det[0].stdout).toBe(det[1].stdout);

    // The population is used: without it, demand stays where it started.
    const none = cli(['simulate', write('no-population.json', scenario(undefined))]);
    expect(none.code).toBe(0);
    const demand = (out: Outcome) =>
      (JSON.parse(out.stdout) as HwfResult).professions[0].demand.mean;
    expect(demand(a)).not.toEqual(demand(none));
    expect(demand(a)[15]).not.toBeCloseTo(demand(a)[0], 0);
  });

  it('keeps the data set with --runs, --seed and --format csv', () => {
    const named = write('italy-named-opts.json', scenario({ dataset: 'wpp2019-it' }));
    const inline = write('italy-inline-opts.json', scenario(italyInline()));
    const opts = ['--runs', '50', '--seed', '11', '--format', 'csv'];
    const a = cli(['simulate', named, ...opts]);
    const b = cli(['simulate', inline, ...opts]);
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it('validates a scenario naming each shipped data set', () => {
    for (const id of POPULATION_DATASET_IDS) {
      const out = cli(['validate', write(`valid-${id}.json`, scenario({ dataset: id }))]);
      expect(out.code, out.stderr).toBe(0);
      expect(out.stdout).toContain('valid:');
    }
  });

  it('exits 2 for an unknown id and lists the known ones', () => {
    const file = write('unknown.json', scenario({ dataset: 'wpp2019-fr' }));
    for (const command of ['validate', 'simulate']) {
      const out = cli([command, file]);
      expect(out.code).toBe(2);
      expect(out.stdout).toBe('');
      expect(out.stderr).toContain(
        `population.dataset: unknown population data set "wpp2019-fr"; known: ${POPULATION_DATASET_IDS.join(', ')}`,
      );
      expect(out.stderr).not.toMatch(/^\s+at /m);
    }
  });

  it('exits 2 for a projection past 2050, naming 2050 and the last projected year', () => {
    const doc = scenario({ dataset: 'wpp2019-de' });
    doc.horizonYears = 30;
    const file = write('past-2050.json', doc);
    for (const command of ['validate', 'simulate']) {
      const out = cli([command, file]);
      expect(out.code).toBe(2);
      expect(out.stdout).toBe('');
      expect(out.stderr).toContain(
        'population.dataset: the data set ends in 2050 but the projection runs to 2055',
      );
    }
    // Up to 2050 is fine.
    doc.horizonYears = 25;
    expect(cli(['validate', write('to-2050.json', doc)]).code).toBe(0);
  });

  it('exits 2 for a data set starting after the base year', () => {
    const doc = scenario({ dataset: 'wpp2019-mt' });
    doc.baseYear = 1999;
    doc.analysis.targetYear = 2009;
    const out = cli(['validate', write('before-2000.json', doc)]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('the data set starts in 2000 but the projection starts in 1999');
  });
});
