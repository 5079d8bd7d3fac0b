/** The command line on a scenario with regions: the JSON result with `regions`, the CSV with
 *  its region column, `--region`, and the national CSV as it always was. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs, USAGE } from '../../cli/args.ts';
import { run, type CliIo } from '../../cli/run.ts';
import type { RegionalResult } from '../../model/regions/simulate.ts';
import {
  CSV_HEADER,
  NATIONAL_REGION,
  REGIONAL_CSV_HEADER,
  resultToCsv,
} from '../../model/result/result-csv.ts';
import { MEASURES, type HwfResult } from '../../model/result/result.ts';

const EXAMPLES = join(import.meta.dirname, '../../app/data/examples');
const REGIONAL = join(EXAMPLES, 'exampleland-regions.json');
const MINIMAL = join(EXAMPLES, 'minimal.json');
const REGION_IDS = ['capital', 'north', 'south', 'rural'];
const STATS = ['mean', 'p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95'] as const;

const dir = mkdtempSync(join(tmpdir(), 'hwf-cli-regions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(argv: string[], extra: Partial<CliIo> = {}) {
  let stdout = '';
  let stderr = '';
  const code = run(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    ...extra,
  });
  return { code, stdout, stderr };
}

/** The rows of a CSV whose fields hold no comma or quote (ids and numbers). */
function rows(csv: string): string[][] {
  expect(csv.endsWith('\n')).toBe(true);
  return csv
    .slice(0, -1)
    .split('\n')
    .map((l) => l.split(','));
}

function simulateJson(extra: string[]): RegionalResult {
  const out = cli(['simulate', REGIONAL, ...extra]);
  expect(out.stderr).toBe('');
  expect(out.code).toBe(0);
  return JSON.parse(out.stdout) as RegionalResult;
}

/** The CSV value for region, profession, measure, year and statistic. */
function cell(table: string[][], key: string[]): string | undefined {
  return table.find((r) => key.every((k, i) => r[i] === k))?.[5];
}

const field = (v: number | null) => (v === null ? '' : String(v));

describe('hwf simulate on a scenario with regions', () => {
  const json = simulateJson(['--runs', '30']);
  const csvOut = cli(['simulate', REGIONAL, '--runs', '30', '--format', 'csv']);
  const table = rows(csvOut.stdout);

  it('writes the JSON result with every region, densities and the national density ratio', () => {
    expect(json.schema).toBe('hwf-result/1');
    expect(json.runs).toBe(30);
    expect(json.regions.map((r) => r.id)).toEqual(REGION_IDS);
    for (const p of json.professions) {
      expect(p.densityRatio?.p50).toHaveLength(json.years.length);
    }
    for (const r of json.regions) {
      expect(r.professions.map((p) => p.id)).toEqual(json.professions.map((p) => p.id));
      for (const p of r.professions) {
        expect(p.headcount.mean).toHaveLength(json.years.length);
        expect(p.densityPer1000?.mean).toHaveLength(json.years.length);
      }
    }
  });

  it('the same runs give the same numbers in the JSON and the CSV', () => {
    expect(csvOut.code).toBe(0);
    expect(csvOut.stderr).toBe('');
    expect(table[0]).toEqual([...REGIONAL_CSV_HEADER]);
    json.years.forEach((year, k) => {
      for (const s of STATS) {
        const nat = json.professions[0];
        expect(cell(table, [NATIONAL_REGION, nat.id, 'gap', String(year), s])).toBe(
          field(nat.gap[s][k]),
        );
        expect(cell(table, [NATIONAL_REGION, nat.id, 'densityRatio', String(year), s])).toBe(
          field(nat.densityRatio![s][k]),
        );
        for (const r of json.regions) {
          for (const p of r.professions) {
            expect(cell(table, [r.id, p.id, 'headcount', String(year), s])).toBe(
              field(p.headcount[s][k]),
            );
            expect(cell(table, [r.id, p.id, 'densityPer1000', String(year), s])).toBe(
              field(p.densityPer1000![s][k]),
            );
          }
        }
      }
    });
  });

  it('the CSV has a region column: national rows first, then every region in order, alike', () => {
    const order = [...new Set(table.slice(1).map((r) => r[0]))];
    expect(order).toEqual([NATIONAL_REGION, ...REGION_IDS]);
    const blocks = order.map((id) => table.filter((r) => r[0] === id));
    // Per profession: 4 measures, shortage, density × years × statistics, 8 intake rows.
    const Y = json.years.length;
    const perProfession = MEASURES.length * Y * 8 + Y + Y * 8 + 8;
    for (const b of blocks) expect(b).toHaveLength(json.professions.length * perProfession);
    expect(new Set(blocks[0].map((r) => r[2]))).toContain('densityRatio');
    expect(new Set(blocks[0].map((r) => r[2]))).not.toContain('densityPer1000');
    for (const b of blocks.slice(1)) {
      const measures = new Set(b.map((r) => r[2]));
      expect(measures).toContain('densityPer1000');
      expect(measures).not.toContain('densityRatio');
      expect(new Set(b.map((r) => r[1]))).toEqual(new Set(['nurse', 'gp']));
    }
    for (const r of table) expect(r).toHaveLength(6);
  });

  it('--region limits the JSON to that region, the same figures as in the full result', () => {
    const one = simulateJson(['--runs', '30', '--region', 'rural']);
    expect(one).not.toHaveProperty('professions');
    expect(one.regions).toEqual([json.regions.find((r) => r.id === 'rural')]);
    expect(one.years).toEqual(json.years);
  });

  it('--region limits the CSV to that region, with the same header', () => {
    const out = cli(['simulate', REGIONAL, '--runs', '30', '--format=csv', '--region=north']);
    expect(out.code).toBe(0);
    const north = rows(out.stdout);
    expect(north[0]).toEqual([...REGIONAL_CSV_HEADER]);
    expect(north.slice(1)).toEqual(table.filter((r) => r[0] === 'north'));
  });

  it('--out writes the regional CSV to a file', () => {
    const file = join(dir, 'regions.csv');
    const out = cli(['simulate', REGIONAL, '--runs', '30', '--format', 'csv', '--out', file]);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(csvOut.stdout);
  });

  it('deterministic: the national headcount is the sum of the regions', () => {
    const det = simulateJson(['--deterministic']);
    det.professions.forEach((p, i) => {
      p.headcount.mean.forEach((v, k) => {
        const sum = det.regions.reduce((t, r) => t + r.professions[i].headcount.mean[k], 0);
        expect(Math.abs(v - sum)).toBeLessThanOrEqual(1e-9 * v);
      });
    });
  });

  it('shows progress on stderr when the runs take longer than a second', () => {
    let time = 0;
    const out = cli(['simulate', REGIONAL, '--runs', '20', '--region', 'south'], {
      now: () => (time += 1000),
    });
    expect(out.code).toBe(0);
    expect(out.stderr).toMatch(/^simulating 20 runs… 100%$/m);
  });
});

describe('hwf simulate --region: mistakes', () => {
  it('an unknown region is named, with the regions the scenario has; nothing is written', () => {
    const out = cli(['simulate', REGIONAL, '--deterministic', '--region', 'west']);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain("no region 'west'");
    for (const id of REGION_IDS) expect(out.stderr).toContain(id);
    expect(out.stderr).not.toMatch(/^\s+at /m);
  });

  it('a scenario without regions cannot be limited to a region', () => {
    for (const format of ['json', 'csv']) {
      const out = cli(['simulate', MINIMAL, '--region', 'north', '--format', format]);
      expect(out.code).toBe(2);
      expect(out.stdout).toBe('');
      expect(out.stderr).toMatch(/^error: --region north: .*has no regions/);
    }
  });

  it('--region needs a value and is a simulate option', () => {
    const parsed = parseArgs(['simulate', 's.json', '--region']);
    expect(parsed).toEqual({ ok: false, error: '--region needs a value' });
    expect(parseArgs(['validate', 's.json', '--region', 'x']).ok).toBe(false);
    expect(parseArgs(['simulate', 's.json', '--region', 'rural'])).toMatchObject({
      ok: true,
      command: { region: 'rural' },
    });
    expect(USAGE).toContain('--region ID');
  });

  it('gives the same result with the WebAssembly core and the reference', () => {
    for (const extra of [['--deterministic'], ['--runs', '30', '--seed', '5']]) {
      const wasm = cli(['simulate', REGIONAL, ...extra, '--engine', 'wasm']);
      expect(wasm.code).toBe(0);
      const reference = cli(['simulate', REGIONAL, ...extra, '--engine', 'reference']);
      expect(reference.code).toBe(0);
      expect(wasm.stdout).toBe(reference.stdout);
      expect(cli(['simulate', REGIONAL, ...extra]).stdout).toBe(reference.stdout);
    }
  });
});

describe('a scenario without regions', () => {
  it('keeps its CSV: five columns, no region, the rows of the JSON result', () => {
    const json = JSON.parse(cli(['simulate', MINIMAL, '--runs', '20']).stdout) as HwfResult;
    const out = cli(['simulate', MINIMAL, '--runs', '20', '--format', 'csv']);
    const table = rows(out.stdout);
    expect(table[0]).toEqual([...CSV_HEADER]);
    expect(out.stdout).toBe(resultToCsv(json));
    expect(out.stdout).not.toContain(NATIONAL_REGION);
    for (const r of table) expect(r).toHaveLength(5);
    expect(new Set(table.slice(1).map((r) => r[1]))).toEqual(
      new Set([...MEASURES, 'shortageProbability', 'requiredIntake']),
    );
  });

  it('resultToCsv refuses a region for a result without regions, and an unknown one', () => {
    const json = JSON.parse(cli(['simulate', MINIMAL, '--deterministic']).stdout) as HwfResult;
    expect(() => resultToCsv(json, { region: 'north' })).toThrow(/no regions/);
    const regional = JSON.parse(
      cli(['simulate', REGIONAL, '--deterministic']).stdout,
    ) as RegionalResult;
    expect(() => resultToCsv(regional, { region: 'west' })).toThrow(/capital, north/);
  });
});

describe('a regional scenario file with a mistake', () => {
  it('lists the broken regional rule with its path', () => {
    const doc = JSON.parse(readFileSync(REGIONAL, 'utf8')) as {
      professions: { mobility: Record<string, Record<string, unknown>> }[];
    };
    doc.professions[0].mobility.rural.nowhere = 0.1;
    const file = join(dir, 'bad-regions.json');
    writeFileSync(file, JSON.stringify(doc));
    const out = cli(['simulate', file, '--deterministic']);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('professions[0].mobility.rural');
    expect(out.stderr).toContain('nowhere');
  });
});
