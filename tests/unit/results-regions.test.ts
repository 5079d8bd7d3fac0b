/**
 * The pure pieces of the regional results: the region a headline names, the heat table's
 * colours, the small multiples' scales, values without a number (null with a reason) and
 * the intake baseline of a region.
 */
import { describe, expect, it } from 'vitest';
import { contrastRatio, heatColour, luminance, textOn } from '../../app/charts/heat-scale.ts';
import { panelDomains, panelGrid, panelTop } from '../../app/charts/multiples-layout.ts';
import { densityRows, densityWords, ratioWords } from '../../app/charts/density-rows.ts';
import { gapNote, nullSpans, spansInWords } from '../../app/charts/nullable.ts';
import { namesInWords, regionalHeadline } from '../../app/results/headline.ts';
import {
  acrossRegions,
  chosenRegion,
  professionsOf,
  regionsOf,
  shortagesAt,
} from '../../app/results/regional.ts';
import type { NullableSeries, RegionalResult } from '../../model/regions/simulate.ts';
import type { HwfResult } from '../../model/result/result.ts';
import { en } from '../helpers/markup.ts';
import { regionalResult } from '../helpers/regional-results.ts';

const result = regionalResult(200);
const t = result.years.indexOf(result.targetYear);

/** The result with profession `id`'s shortage probability at the target year set per region. */
function withProbabilities(id: string, byRegion: Record<string, number>): RegionalResult {
  const copy = structuredClone(result);
  for (const region of copy.regions) {
    const p = region.professions.find((q) => q.id === id)!;
    if (region.id in byRegion) p.shortageProbability[t] = byRegion[region.id];
  }
  return copy;
}

const nullable = (values: (number | null)[], reason?: string): NullableSeries => ({
  mean: values,
  p5: values,
  p10: values.map((v) => (v === null ? null : v - 1)),
  p25: values,
  p50: values,
  p75: values,
  p90: values.map((v) => (v === null ? null : v + 1)),
  p95: values,
  ...(reason ? { reason } : {}),
});

describe('the regions of a result', () => {
  it('are found on a regional result only', () => {
    expect(regionsOf(result)?.map((r) => r.name)).toEqual(['Capital', 'North', 'South', 'Rural']);
    const national: HwfResult = { ...result };
    delete (national as { regions?: unknown }).regions;
    expect(regionsOf(national)).toBeNull();
    expect(regionsOf({ ...national, regions: [] } as never)).toBeNull();
  });

  it('a chosen region gives its own professions; no choice or a lost region the national ones', () => {
    const rural = chosenRegion(result, 'rural');
    expect(rural?.name).toBe('Rural');
    expect(professionsOf(result, rural)[0]).toMatchObject({ id: 'nurse' });
    expect(professionsOf(result, rural)[0].fte).toBe(rural!.professions[0].fte);
    expect(chosenRegion(result, null)).toBeNull();
    expect(chosenRegion(result, 'atlantis')).toBeNull();
    expect(professionsOf(result, null)).toBe(result.professions);
  });

  it('a region without a sensitivity list is shown with an empty one', () => {
    const copy = structuredClone(result);
    delete (copy.regions[0].professions[0] as { sensitivity?: unknown }).sensitivity;
    expect(professionsOf(copy, copy.regions[0])[0].sensitivity).toEqual([]);
  });
});

describe('the headline names the region where a shortage is most likely', () => {
  it('names the region with the highest probability at the target year', () => {
    for (const id of ['nurse', 'gp']) {
      const across = acrossRegions(result.regions, id);
      const highest = Math.max(...across.map((r) => r.profession.shortageProbability[t]));
      const worst = across.find((r) => r.profession.shortageProbability[t] === highest)!;
      const name = result.professions.find((p) => p.id === id)!.name;
      const sentence = regionalHeadline(result, name, across, en)!;
      expect(sentence.startsWith(`${name}: shortage most likely in ${worst.name}`)).toBe(true);
      expect(sentence).toContain(`(${en.percent(highest)} in ${result.targetYear})`);
    }
  });

  it('follows the numbers: another region made worst is named instead', () => {
    const changed = withProbabilities('nurse', {
      capital: 0.1,
      north: 0.93,
      south: 0.2,
      rural: 0.5,
    });
    const sentence = regionalHeadline(
      changed,
      'Nurses',
      acrossRegions(changed.regions, 'nurse'),
      en,
    );
    expect(sentence).toBe(
      `Nurses: shortage most likely in North (${en.percent(0.93)} in ${result.targetYear}).`,
    );
  });

  it('names every region as likely as the worst, the largest shortage for its size first', () => {
    const changed = withProbabilities('nurse', { capital: 1, north: 0.2, south: 1, rural: 1 });
    const across = acrossRegions(changed.regions, 'nurse');
    const ranked = shortagesAt(across, t);
    expect(ranked.slice(0, 3).map((r) => r.probability)).toEqual([1, 1, 1]);
    for (let i = 1; i < 3; i++) {
      expect(ranked[i].relativeGap).toBeGreaterThanOrEqual(ranked[i - 1].relativeGap);
    }
    const sentence = regionalHeadline(changed, 'Nurses', across, en)!;
    expect(sentence).toContain(
      namesInWords(
        ranked.slice(0, 3).map((r) => r.name),
        en,
      ),
    );
    expect(sentence).not.toContain('North');
  });

  it('says so when no region is short, and with one run names the largest shortage', () => {
    const none = withProbabilities('nurse', { capital: 0, north: 0, south: 0, rural: 0 });
    expect(regionalHeadline(none, 'Nurses', acrossRegions(none.regions, 'nurse'), en)).toBe(
      `Nurses: no region has a shortage in ${result.targetYear} in any future.`,
    );
    const one = { ...withProbabilities('nurse', { capital: 0, north: 0, south: 1, rural: 0 }) };
    one.deterministic = true;
    expect(regionalHeadline(one, 'Nurses', acrossRegions(one.regions, 'nurse'), en)).toMatch(
      /^Nurses: the largest shortage for its size is in South in \d{4} \((demand exceeds supply by|supply)/,
    );
    const outside = { ...result, targetYear: 1990 };
    expect(
      regionalHeadline(outside, 'Nurses', acrossRegions(result.regions, 'nurse'), en),
    ).toBeNull();
  });

  it('lists names in words', () => {
    expect(namesInWords(['A'], en)).toBe('A');
    expect(namesInWords(['A', 'B'], en)).toBe('A and B');
    expect(namesInWords(['A', 'B', 'C'], en)).toBe('A, B and C');
    expect(namesInWords(['A', 'B', 'C', 'D', 'E'], en)).toBe('A, B, C and 2 more');
  });
});

describe('heat colours', () => {
  const ps = Array.from({ length: 101 }, (_, i) => i / 100);

  it('get darker as a shortage gets more likely, from light to dark', () => {
    const lum = ps.map((p) => luminance(heatColour(p)));
    for (let i = 1; i < lum.length; i++) expect(lum[i]).toBeLessThan(lum[i - 1]);
    expect(lum[0]).toBeGreaterThan(0.8);
    expect(lum[100]).toBeLessThan(0.05);
  });

  it('clamp probabilities outside 0..1 and read a missing one as 0', () => {
    expect(heatColour(-0.2)).toBe(heatColour(0));
    expect(heatColour(1.5)).toBe(heatColour(1));
    expect(heatColour(Number.NaN)).toBe(heatColour(0));
  });

  it('carry text that contrasts at least 4.5 : 1 with the cell', () => {
    for (const p of ps) {
      const bg = heatColour(p);
      expect(contrastRatio(bg, textOn(bg))).toBeGreaterThanOrEqual(4.5);
    }
    expect(textOn(heatColour(0))).toBe('#000000');
    expect(textOn(heatColour(1))).toBe('#ffffff');
  });
});

describe('small multiples’ scales', () => {
  const panels = acrossRegions(result.regions, 'nurse').map((r) => ({
    fte: r.profession.fte,
    demand: r.profession.demand,
  }));

  it('shared: every panel gets the highest top of all', () => {
    const domains = panelDomains(panels, 'shared');
    const top = Math.max(...panels.map(panelTop));
    expect(domains.map((d) => d[1])).toEqual(panels.map(() => top));
    expect(domains.every((d) => d[0] === 0)).toBe(true);
  });

  it('own: each panel its own top, which holds its bands and medians', () => {
    const domains = panelDomains(panels, 'own');
    domains.forEach(([low, high], i) => {
      expect(low).toBe(0);
      expect(high).toBe(panelTop(panels[i]));
      for (const s of [panels[i].fte, panels[i].demand]) {
        for (const v of [...s.p90, ...s.p50]) expect(v).toBeLessThanOrEqual(high);
      }
    });
    // The regions differ in size, so their own scales differ.
    expect(new Set(domains.map((d) => d[1])).size).toBe(panels.length);
  });

  it('lay out at most four panels a row, evenly, one when narrow', () => {
    expect(panelGrid(4, 1200, 13).columns).toBe(4);
    // Three would fit, but four panels in two rows of two read better than three and one.
    expect(panelGrid(4, 800, 13)).toMatchObject({ columns: 2, rows: 2 });
    expect(panelGrid(4, 300, 13)).toMatchObject({ columns: 1, rows: 4 });
    expect(panelGrid(7, 1200, 13)).toMatchObject({ columns: 4, rows: 2 });
  });
});

describe('values without a number', () => {
  const years = [2025, 2026, 2027, 2028, 2029];

  it('are runs of years named in words with their reason', () => {
    const s = nullable([1, null, null, 2, null], 'the region has no inhabitants in this year');
    expect(nullSpans(s.p50, years)).toEqual([
      [2026, 2027],
      [2029, 2029],
    ]);
    expect(spansInWords(nullSpans(s.p50, years), en)).toBe('2026–2027 and 2029');
    expect(gapNote(s, years, en)).toBe(
      'No value in 2026–2027 and 2029: the region has no inhabitants in this year.',
    );
    expect(gapNote(nullable([1, 2, 3, 4, 5]), years, en)).toBeNull();
  });

  it('a region’s density without a value is a row with its reason, not a number', () => {
    const rows = densityRows(
      [
        { id: 'a', name: 'A', density: nullable([5, 6, 7, 8, 9]) },
        { id: 'b', name: 'B', density: nullable([1, null, 1, 1, 1], 'no inhabitants') },
      ],
      1,
      en,
    )!;
    expect(rows[0]).toMatchObject({ median: 6, low: 5, high: 7 });
    expect(rows[1]).toMatchObject({ median: null, reason: 'no inhabitants' });
    expect(densityWords(rows[0], en)).toBe(`6.0 (${en.percent(0.8)}: 5.0–7.0)`);
    expect(densityWords(rows[1], en)).toBe('no value: no inhabitants');
    expect(densityRows([{ id: 'a', name: 'A' }], 0, en)).toBeNull();
  });

  it('the density ratio in words, or why it has none', () => {
    const ratio = nullable([1.5, null, 2, 2, 2], 'in some runs a region has no FTE');
    expect(ratioWords(ratio, years, 2027, en)).toBe(
      `In 2027 the best-staffed region has 2.0 times the FTE per 1 000 inhabitants of the least-staffed (${en.percent(0.8)} of futures: 1.0–3.0).`,
    );
    expect(ratioWords(ratio, years, 2026, en)).toContain(
      'has no value: in some runs a region has no FTE',
    );
    expect(ratioWords(undefined, years, 2026, en)).toMatch(/needs the population of each region/);
  });

  it('the model’s density and ratio read as the views say them', () => {
    const nurse = result.professions[0];
    expect(nurse.densityRatio?.p50[t]).toBeGreaterThan(1);
    const densities = acrossRegions(result.regions, 'nurse').map(
      (r) => r.profession.densityPer1000!.p50[t]!,
    );
    expect(nurse.densityRatio!.p50[t]).toBeGreaterThanOrEqual(
      (Math.max(...densities) / Math.min(...densities)) * 0.8,
    );
  });
});
