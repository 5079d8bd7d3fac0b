import { describe, expect, it } from 'vitest';
import { csvField, resultToCsv } from '../../model/result/result-csv.ts';
import { RESULT_SCHEMA } from '../../model/result/result.ts';
import type { HwfResult, ProfessionResult, SeriesSummary } from '../../model/result/result.ts';

const STATS = ['mean', 'p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95'] as const;

/** A summary whose value tells where it came from: base + statistic index / 10 + year index / 100. */
function series(base: number, years: number): SeriesSummary {
  const entries = STATS.map((s, k) => [
    s,
    Array.from({ length: years }, (_, i) => base + k / 10 + i / 100),
  ]);
  return Object.fromEntries(entries) as SeriesSummary;
}

function profession(id: string, reachable: boolean): ProfessionResult {
  return {
    id,
    name: `Name of ${id}`,
    headcount: series(1000, 2),
    fte: series(800, 2),
    demand: series(850, 2),
    gap: series(-50, 2),
    shortageProbability: [0.1 + 0.2, 1],
    requiredIntake: reachable
      ? {
          unreachable: false,
          unreachableShare: 0,
          mean: 120.5,
          p5: 100,
          p10: 104,
          p25: 110,
          p50: 120,
          p75: 130,
          p90: 136,
          p95: 1 / 3,
        }
      : {
          unreachable: true,
          unreachableShare: 1,
          reason: 'no graduate arrives by the target year',
          mean: null,
          p5: null,
          p10: null,
          p25: null,
          p50: null,
          p75: null,
          p90: null,
          p95: null,
        },
    sensitivity: [],
  };
}

const result: HwfResult = {
  schema: RESULT_SCHEMA,
  scenario: 'Test',
  runs: 10,
  seed: 1,
  deterministic: false,
  years: [2025, 2026],
  targetYear: 2026,
  intakeFromYear: 2026,
  professions: [profession('nurse', true), profession('gp, "senior"', false)],
};

function lines(csv: string): string[] {
  expect(csv.endsWith('\n')).toBe(true);
  return csv.slice(0, -1).split('\n');
}

describe('resultToCsv', () => {
  const csv = resultToCsv(result);
  const all = lines(csv);

  it('starts with the header', () => {
    expect(all[0]).toBe('profession,measure,year,statistic,value');
  });

  it('has one row per measure, year and statistic, then shortage and intake rows', () => {
    // per profession: 4 measures × 2 years × 8 statistics + 2 shortage rows + 8 intake rows
    expect(all).toHaveLength(1 + 2 * (4 * 2 * 8 + 2 + 8));
    const nurse = all.filter((l) => l.startsWith('nurse,'));
    expect(nurse.slice(0, 9)).toEqual([
      'nurse,headcount,2025,mean,1000',
      'nurse,headcount,2025,p5,1000.1',
      'nurse,headcount,2025,p10,1000.2',
      'nurse,headcount,2025,p25,1000.3',
      'nurse,headcount,2025,p50,1000.4',
      'nurse,headcount,2025,p75,1000.5',
      'nurse,headcount,2025,p90,1000.6',
      'nurse,headcount,2025,p95,1000.7',
      'nurse,headcount,2026,mean,1000.01',
    ]);
    const measures = [...new Set(nurse.map((l) => l.split(',')[1]))];
    expect(measures).toEqual([
      'headcount',
      'fte',
      'demand',
      'gap',
      'shortageProbability',
      'requiredIntake',
    ]);
  });

  it('writes numbers at full precision', () => {
    expect(all).toContain('nurse,gap,2026,p50,' + String(-50 + 4 / 10 + 1 / 100));
    expect(all).toContain('nurse,shortageProbability,2025,probability,0.30000000000000004');
    expect(all).toContain('nurse,shortageProbability,2026,probability,1');
    expect(all).toContain('nurse,requiredIntake,2026,p95,0.3333333333333333');
  });

  it('writes required intake rows for the target year', () => {
    const intake = all.filter((l) => l.startsWith('nurse,requiredIntake,'));
    expect(intake).toEqual([
      'nurse,requiredIntake,2026,mean,120.5',
      'nurse,requiredIntake,2026,p5,100',
      'nurse,requiredIntake,2026,p10,104',
      'nurse,requiredIntake,2026,p25,110',
      'nurse,requiredIntake,2026,p50,120',
      'nurse,requiredIntake,2026,p75,130',
      'nurse,requiredIntake,2026,p90,136',
      'nurse,requiredIntake,2026,p95,0.3333333333333333',
    ]);
  });

  it('quotes ids with commas and quotes, and leaves undefined intake empty', () => {
    const quoted = '"gp, ""senior"""';
    const gp = all.filter((l) => l.startsWith(quoted + ','));
    expect(gp).toHaveLength(4 * 2 * 8 + 2 + 8);
    expect(gp.filter((l) => l.includes(',requiredIntake,'))).toEqual(
      STATS.map((s) => `${quoted},requiredIntake,2026,${s},`),
    );
  });

  it('has five fields on every row once quoted fields are read back', () => {
    for (const line of all) {
      const unquoted = line.replace(/"(?:[^"]|"")*"/g, 'X');
      expect(unquoted.split(',')).toHaveLength(5);
    }
  });
});

describe('csvField', () => {
  it('quotes only when needed', () => {
    expect(csvField('nurse')).toBe('nurse');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
  });
});
