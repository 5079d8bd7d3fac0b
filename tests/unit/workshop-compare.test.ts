import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HwfResult, SeriesSummary } from '../../model/result/result.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import {
  SNAPSHOT_STYLES,
  compareCaveat,
  drawnSeries,
  medianDifferences,
  nextVariantId,
  seriesOf,
  sortSnapshots,
  unionYears,
} from '../../app/workshop/compare.ts';
import type { CompareEntry } from '../../app/workshop/compare.ts';
import { spreadLabels } from '../../app/workshop/label-layout.ts';
import { fitText, panelColumns } from '../../app/workshop/compare-chart.tsx';
import { englishT as t } from '../../app/i18n/translate.ts';

const golden = JSON.parse(
  readFileSync(new URL('../golden/exampleland.monte-carlo.json', import.meta.url), 'utf8'),
) as HwfResult;

const flat = (p50: number[]): SeriesSummary => ({
  mean: p50,
  p5: p50,
  p10: p50,
  p25: p50,
  p50,
  p75: p50,
  p90: p50,
  p95: p50,
});

describe('the difference from the baseline', () => {
  it('is each variant’s median minus the baseline’s, year by year', () => {
    const base = { years: [2025, 2026, 2027], summary: flat([-100, -200, -300]) };
    const a = { id: 'A' as const, years: [2025, 2026, 2027], summary: flat([-100, -150, -100]) };
    const b = { id: 'B' as const, years: [2025, 2026, 2027], summary: flat([-120, -260, -390]) };
    const [da, db] = medianDifferences(base, [a, b], t);
    expect(da).toMatchObject({
      id: 'A',
      label: 'Variant A',
      years: [2025, 2026, 2027],
      values: [0, 50, 200],
    });
    expect(db.values).toEqual([-20, -60, -90]);
    expect(db.style).toBe(SNAPSHOT_STYLES.B);
  });

  it('keeps only the years both project', () => {
    const base = { years: [2025, 2026, 2027], summary: flat([0, 10, 20]) };
    const c = { id: 'C' as const, years: [2026, 2027, 2028], summary: flat([15, 25, 35]) };
    expect(medianDifferences(base, [c], t)[0]).toMatchObject({
      years: [2026, 2027],
      values: [5, 5],
    });
  });

  it('of a scenario with itself is zero', () => {
    const s = seriesOf(golden, 'nurse', 'gap')!;
    const [d] = medianDifferences(s, [{ ...s, id: 'A' }], t);
    expect(d.values.every((v) => v === 0)).toBe(true);
    expect(d.years).toEqual(golden.years);
  });
});

describe('the series compared', () => {
  it('are the finished snapshots that have the profession, baseline first', () => {
    const entries: CompareEntry[] = [
      { id: 'B', status: 'done', result: golden },
      { id: 'A', status: 'running' },
      { id: 'baseline', status: 'done', result: golden },
      { id: 'C', status: 'error', error: 'the simulation worker stopped unexpectedly' },
    ];
    const series = drawnSeries(entries, 'gp', 'fte', t);
    expect(series.map((s) => s.id)).toEqual(['baseline', 'B']);
    expect(series[0].summary).toBe(golden.professions[1].fte);
    expect(series[1].label).toBe('Variant B');
    expect(drawnSeries(entries, 'dentist', 'gap', t)).toEqual([]);
  });

  it('each have their own colour and dash, and words for both', () => {
    const styles = Object.values(SNAPSHOT_STYLES);
    expect(new Set(styles.map((s) => s.colour)).size).toBe(4);
    expect(new Set(styles.map((s) => s.dash ?? 'solid')).size).toBe(4);
    expect(new Set(styles.map((s) => s.line)).size).toBe(4);
  });

  it('share the years on one axis', () => {
    expect(unionYears([{ years: [2026, 2025] }, { years: [2027, 2026] }])).toEqual([
      2025, 2026, 2027,
    ]);
  });
});

describe('kept scenarios', () => {
  it('fill A, B and C in turn, and sort baseline first', () => {
    expect(nextVariantId([{ id: 'baseline' }])).toBe('A');
    expect(nextVariantId([{ id: 'baseline' }, { id: 'A' }, { id: 'C' }])).toBe('B');
    expect(nextVariantId([{ id: 'A' }, { id: 'B' }, { id: 'C' }])).toBeNull();
    expect(sortSnapshots([{ id: 'C' }, { id: 'baseline' }, { id: 'A' }]).map((s) => s.id)).toEqual([
      'baseline',
      'A',
      'C',
    ]);
  });

  it('are compared with a caveat when a variant has another seed or number of futures', () => {
    const scenario = (seed: number, runs = 2000) => ({ simulation: { seed, runs } }) as Scenario;
    expect(
      compareCaveat(
        [
          { id: 'baseline', scenario: scenario(1) },
          { id: 'A', scenario: scenario(1) },
        ],
        t,
      ),
    ).toBeNull();
    expect(
      compareCaveat(
        [
          { id: 'baseline', scenario: scenario(1) },
          { id: 'A', scenario: scenario(2) },
          { id: 'B', scenario: scenario(1, 500) },
        ],
        t,
      ),
    ).toMatch(/^Variant A, Variant B use another seed/);
  });
});

describe('end labels', () => {
  it('stay where they are when they do not overlap', () => {
    expect(spreadLabels([100, 10, 50], 20)).toEqual([100, 10, 50]);
  });

  it('are pushed apart around their wishes, in order', () => {
    const out = spreadLabels([100, 105, 300], 20);
    expect(out[1] - out[0]).toBeCloseTo(20, 9);
    expect((out[0] + out[1]) / 2).toBeCloseTo(102.5, 9);
    expect(out[2]).toBe(300);
    const many = spreadLabels([50, 50, 50, 50], 10);
    expect([...many].sort((a, b) => a - b)).toEqual([35, 45, 55, 65]);
  });
});

describe('the panels of the comparison', () => {
  it('sit side by side on a wide stage and in a grid when there are four', () => {
    expect(panelColumns(1, 1400, 560)).toBe(1);
    expect(panelColumns(2, 1400, 560)).toBe(2);
    expect(panelColumns(3, 1400, 560)).toBe(3);
    expect(panelColumns(4, 1400, 560)).toBe(2);
    expect(panelColumns(4, 900, 400)).toBe(2);
    // A tall, narrow stage stacks them.
    expect(panelColumns(2, 500, 900)).toBe(1);
  });

  it('cut a title that is too wide, with an ellipsis', () => {
    expect(fitText('Variant A', 400, 20)).toBe('Variant A');
    const cut = fitText('training places +15 %, attrition \u22120.5 percentage points', 200, 20);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThan(30);
  });
});
