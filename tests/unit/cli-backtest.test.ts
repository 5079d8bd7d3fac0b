import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../cli/args.ts';
import { run } from '../../cli/run.ts';
import { readDatasets } from '../../cli/datasets.ts';
import { countryScenarioTemplate } from '../../app/scenario/country-template.ts';
import { densitiesOf, readDensities } from '../../app/data/workforce/catalog.ts';
import { datasetTotal } from '../../app/data/population/catalog.ts';

const dir = mkdtempSync(join(tmpdir(), 'hwf-cli-backtest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const datasets = readDatasets();
const densities = readDensities(
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../app/data/workforce/who-densities.json'), 'utf8'),
  ) as unknown,
);

function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** A new scenario for a country, as "Start from a country" makes it, with few runs. */
function countryFile(iso2: string, runs = 200): string {
  const id = `wpp2019-${iso2}`;
  const doc = countryScenarioTemplate(id, datasets[id], 2026) as {
    simulation: { runs: number };
  };
  doc.simulation.runs = runs;
  const path = join(dir, `${iso2}-${runs}.json`);
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

interface Doc {
  schema: string;
  from: number;
  to: number;
  startHeadcount: number;
  runs: number;
  breaks: number[];
  score: { scored: number; inside50: number; inside90: number; mape: number; bias: number };
  points: {
    year: number;
    observed: number;
    median: number;
    p5: number;
    p95: number;
    error: number;
    in90: boolean;
    excluded: false | 'start' | 'break';
  }[];
}

describe('hwf backtest: arguments', () => {
  it('needs the country, the year and the profession, and checks each', () => {
    expect(parseArgs(['backtest', 'a.json'])).toEqual({
      ok: false,
      error: 'backtest needs --country, --from, --profession',
    });
    const bad = (args: string[], message: string) => {
      const r = parseArgs(['backtest', 'a.json', ...args]);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toContain(message);
    };
    bad(['--country', 'italy', '--from', '2010', '--profession', 'n'], 'two-letter');
    bad(['--country', 'it', '--from', 'soon', '--profession', 'n'], '--from must be a year');
    bad(['--country', 'it', '--from', '2010', '--profession', 'n', '--series', 'x'], 'doctors or');
    bad(['--country', 'it', '--from', '2010', '--profession', 'n', '--runs', '0'], '--runs');
    bad(['--country', 'it', '--from', '2010', '--profession', 'n', '--format', 'csv'], 'unknown');
    const ok = parseArgs([
      'backtest',
      'a.json',
      '--country',
      'it',
      '--from=2010',
      '--profession',
      'nurse',
    ]);
    expect(ok).toEqual({
      ok: true,
      command: {
        kind: 'backtest',
        file: 'a.json',
        country: 'IT',
        from: 2010,
        profession: 'nurse',
        engine: 'auto',
      },
    });
  });
});

describe('hwf backtest', () => {
  it('starts from the observed total and scores every later observed year', () => {
    const out = join(dir, 'it.json');
    const r = cli([
      'backtest',
      countryFile('it'),
      '--country',
      'it',
      '--from',
      '2010',
      '--profession',
      'nurse',
      '--out',
      out,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Check against history');
    expect(r.stdout).toMatch(/inside the 90 % band/);
    const doc = JSON.parse(readFileSync(out, 'utf8')) as Doc;
    expect(doc.schema).toBe('hwf-backtest/1');
    const observed = densitiesOf(densities, 'IT', 'nurses').filter((p) => p.year >= 2010);
    expect(doc.to).toBe(observed[observed.length - 1].year);
    // The start: the density per 10 000 × the population of 2010.
    const start = (observed[0].per10000 / 10_000) * datasetTotal(datasets['wpp2019-it'], 2010);
    expect(doc.startHeadcount).toBe(Math.round(start));
    expect(doc.points.map((p) => p.year)).toEqual(observed.map((p) => p.year));
    expect(doc.points[0].excluded).toBe('start');
    expect(doc.points[0].median).toBe(doc.startHeadcount);
    for (const p of doc.points.slice(1)) {
      expect(p.error).toBeCloseTo((p.median - p.observed) / p.observed, 4);
      expect(p.in90).toBe(p.observed >= p.p5 && p.observed <= p.p95);
    }
    expect(doc.score.scored).toBe(doc.points.length - 1);
    expect(doc.score.inside90).toBe(
      doc.points.filter((p) => p.excluded === false && p.in90).length,
    );
  });

  it('leaves a break in series out of the score and says so', () => {
    // Belgium's doctors: 35.74 per 10 000 in 2022, 65.25 in 2023.
    const r = cli([
      'backtest',
      countryFile('be'),
      '--country',
      'BE',
      '--from',
      '2015',
      '--profession',
      'doctor',
    ]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.breaks).toContain(2023);
    const last = doc.points[doc.points.length - 1];
    expect(last.year).toBe(2023);
    expect(last.excluded).toBe('break');
    expect(doc.score.scored).toBe(doc.points.length - 2);
    expect(r.stderr).toContain('left out: possible break in series');
  });

  it('says what is wrong, in words, with exit 2', () => {
    const file = countryFile('it', 50);
    const fails = (args: string[], message: string) => {
      const r = cli(['backtest', file, ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stdout).toBe('');
    };
    fails(['--country', 'fr', '--from', '2010', '--profession', 'nurse'], 'not one of the shipped');
    fails(['--country', 'it', '--from', '2010', '--profession', 'gp'], 'has nurse, doctor');
    fails(
      ['--country', 'it', '--from', '1995', '--profession', 'nurse'],
      'nothing is observed in 1995',
    );
    fails(
      ['--country', 'it', '--from', '2022', '--profession', 'nurse'],
      'nothing is observed after 2022',
    );
  });
});
