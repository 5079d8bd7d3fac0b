import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { headline } from '../../app/results/headline.ts';
import { ProfessionResults } from '../../app/results/profession-results.tsx';
import type { ProfessionResultsProps } from '../../app/results/profession-results.tsx';
import type { AgeProfile, HwfResult } from '../../model/result/result.ts';
import { buttons, chartSvgs, decodeEntities, en, renderEnglish } from '../helpers/markup.ts';

const golden = JSON.parse(
  readFileSync(new URL('../golden/exampleland.monte-carlo.json', import.meta.url), 'utf8'),
) as HwfResult;

const ages = Array.from({ length: 46 }, (_, i) => 20 + i);
const ageProfile: AgeProfile = {
  minAge: 20,
  maxAge: 65,
  baseYear: golden.years[0],
  targetYear: golden.targetYear,
  runs: 1000,
  base: { female: ages.map((a) => 300 - Math.abs(a - 42) * 5), male: ages.map(() => 40) },
  target: { female: ages.map((a) => 320 - Math.abs(a - 38) * 5), male: ages.map(() => 55) },
};

function render(props: Partial<ProfessionResultsProps> = {}): string {
  const profession = { ...golden.professions[0], ageProfile };
  return renderEnglish(createElement(ProfessionResults, { result: golden, profession, ...props }));
}

describe('profession results', () => {
  it('puts the headline first, before any chart', () => {
    const html = render();
    const sentence = headline(golden, golden.professions[0], en);
    const page = decodeEntities(html);
    const at = page.indexOf(sentence);
    expect(at).toBeGreaterThan(-1);
    expect(at).toBeLessThan(page.indexOf('<svg'));
    expect(html).toContain(`Based on ${en.integer(golden.runs)} futures.`);
  });

  it('shows the five charts, each an image with a label', () => {
    const html = render();
    const svgs = chartSvgs(html);
    expect(svgs).toHaveLength(5);
    for (const attributes of svgs) {
      expect(attributes).toContain('role="img"');
      expect(attributes).toMatch(/aria-label="[^"]{20,}"/);
    }
    for (const title of [
      'Supply and demand (FTE)',
      'Gap and shortage probability',
      'Training places needed per year',
      `What drives the ${golden.targetYear} gap`,
      `Age pyramid ${golden.years[0]} | ${golden.targetYear}`,
    ]) {
      expect(html).toContain(`>${title}</h3>`);
    }
  });

  it('labels every button', () => {
    const html = render();
    const all = buttons(html);
    expect(all.length).toBeGreaterThanOrEqual(5 * 4 + 2);
    for (const { label } of all) expect(label.trim()).not.toBe('');
    expect(html).toMatch(/aria-label="Measure"/);
  });

  it('shows progress as a thin bar with "updating done/total"', () => {
    const html = render({ progress: { done: 1200, total: 2000 } });
    expect(html).toMatch(
      /role="progressbar"[^>]*aria-valuemin="0" aria-valuemax="2000" aria-valuenow="1200"/,
    );
    expect(html).toContain('updating 1,200/2,000');
    expect(html).toContain('aria-busy="true"');
    // The last result stays on screen while the next one is computed.
    expect(html).toContain('<svg');
  });

  it('shows no progress bar when the run is complete or absent', () => {
    expect(render({ progress: { done: 2000, total: 2000 } })).not.toContain('progressbar');
    expect(render()).not.toContain('progressbar');
    expect(render()).toContain('aria-busy="false"');
  });

  it('marks stale results visibly and keeps them', () => {
    const html = render({ stale: true });
    expect(html).toContain('These results are for the last valid scenario');
    expect(html).toContain('hwf-results-stale');
    expect(html).toContain('<svg');
    expect(render()).not.toContain('last valid scenario');
  });

  it('passes planner labels to the tornado', () => {
    const html = render({ labelFor: (path) => `Planner words for ${path}` });
    expect(html).toContain('Planner words for professions[0]');
  });

  it('reads one run at the point values in deterministic mode', () => {
    const html = render({ result: { ...golden, deterministic: true, runs: 1 } });
    expect(html).toContain('Based on one run at the point values.');
    expect(html).toContain('(one run at the point values)');
  });
});
