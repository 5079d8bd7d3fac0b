/**
 * The report of a regional scenario (app/report/report-regions.ts and its part of the
 * report): the regions at the target year per profession, the density ratio in words, the
 * moves between regions and the policies of one region named with it.
 */
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { ReportDocument } from '../../app/report/report-document.tsx';
import {
  densityRatioWords,
  mobilityWords,
  regionalPolicyWords,
  regionRows,
} from '../../app/report/report-regions.ts';
import { createFormats } from '../../app/format.ts';
import { simulateRegions } from '../../model/regions/simulate.ts';
import { regionalOf } from '../../model/regions/types.ts';
import { formatIssue, parseScenario } from '../../model/scenario/parse.ts';
import { renderEnglish, textOf } from '../helpers/markup.ts';

const parsed = parseScenario(
  JSON.parse(readFileSync('app/data/examples/exampleland-regions.json', 'utf8')),
);
if (!parsed.ok) throw new Error(parsed.errors.map(formatIssue).join('\n'));
const scenario = parsed.scenario;
const rs = regionalOf(scenario)!;
const result = simulateRegions(rs, { runs: 60 });
const f = createFormats('en-GB');

describe('the report of a regional scenario', () => {
  it('lists the nation and every region per profession, at the target year', () => {
    const k = result.years.indexOf(result.targetYear);
    const rows = regionRows(result, 'nurse', f.t);
    expect(rows.map((r) => r.name)).toEqual(['National', ...rs.regions.map((r) => r.name)]);
    rows.slice(1).forEach((row, r) => {
      const own = result.regions[r].professions[0];
      expect(row.shortage).toBe(own.shortageProbability[k]);
      expect(row.gap).toBe(own.gap.p50[k]);
      expect(row.density?.p50).toBe(own.densityPer1000?.p50[k]);
    });
    expect(rows[0].density).toBeNull();
  });

  it('says how unequal the regions are, from the density ratio', () => {
    const k = result.years.indexOf(result.targetYear);
    const ratio = result.professions[0].densityRatio!;
    const words = densityRatioWords(result, 'nurse', f);
    expect(words).toContain(String(result.targetYear));
    expect(words).toContain((ratio.p50[k] as number).toFixed(2));
    expect(words).toMatch(/times the FTE per 1 000 inhabitants/);
  });

  it('says who moves where, and names the region of a regional policy', () => {
    const moves = mobilityWords(scenario, f);
    expect(moves.some((m) => /of Nurses in Rural move to Capital\.$/.test(m))).toBe(true);
    const policies = regionalPolicyWords(scenario, f);
    expect(policies).toHaveLength(scenario.policies.length);
    expect(policies.filter((p) => p.includes('(in Rural only)'))).toHaveLength(1);
  });

  it('has a part "Where the shortages fall" in the report, with a table per profession', () => {
    const html = renderEnglish(
      createElement(ReportDocument, {
        result,
        scenario,
        link: { kind: 'link', url: 'https://example.org/#s=x', value: 'x' },
        date: new Date(2026, 0, 5),
      }),
    );
    const text = textOf(html);
    expect(text).toContain('Where the shortages fall');
    expect(text).toContain(`Nurses by region, ${result.targetYear}`);
    expect(text).toContain('Moves between regions');
    // The sensitivity's regional inputs are named with their region's name.
    expect(
      result.professions[0].sensitivity.some((e) =>
        /\.(capital|north|south|rural)\b/.test(e.input),
      ),
    ).toBe(true);
    expect(text).toMatch(/training places \((Capital|North|South|Rural)\)/);
    for (const r of rs.regions) expect(text).toContain(r.name);
    // Today's headcount is the sum of the regions' (the national view of the assumptions).
    const sum = Object.values(rs.professions[0].stock).reduce(
      (t, s) => t + [...s.female, ...s.male].reduce((a, b) => a + b, 0),
      0,
    );
    expect(text).toContain(`${new Intl.NumberFormat('en-GB').format(sum)} (women`);
  });
});
