import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { AgePyramid, NO_PROFILE } from '../../app/charts/age-pyramid.tsx';
import { AgeTable } from '../../app/charts/age-table.tsx';
import type { AgeProfile } from '../../model/result/result.ts';
import { cells, en, renderEnglish as render } from '../helpers/markup.ts';

const profile: AgeProfile = {
  minAge: 20,
  maxAge: 24,
  baseYear: 2025,
  targetYear: 2040,
  runs: 1000,
  base: { female: [100, 200, 300, 250, 1500], male: [50, 60, 70, 80, 90] },
  target: { female: [110, 220, 330, 260, 1400], male: [55, 65, 75, 85, 95.4] },
};

describe('age pyramid', () => {
  it('puts women right of the centre and men left of it', () => {
    const html = render(createElement(AgePyramid, { name: 'Nurses', profile }));
    const bars = [
      ...html.matchAll(
        /<rect class="hwf-bar" data-sex="(\w+)" data-age="\d+" x="([\d.]+)"[^>]*width="([\d.]+)"/g,
      ),
    ];
    expect(bars).toHaveLength(10);
    const width = Number(html.match(/<svg[^>]*width="([\d.]+)"/)?.[1]);
    const centre = width / 2;
    for (const [, sex, x, w] of bars) {
      if (sex === 'female') expect(Number(x)).toBeGreaterThan(centre);
      else expect(Number(x) + Number(w)).toBeLessThan(centre);
    }
    const womenLabel = html.match(/x="([\d.]+)"[^>]*>Women</)?.[1];
    const menLabel = html.match(/x="([\d.]+)"[^>]*>Men</)?.[1];
    expect(Number(womenLabel)).toBeGreaterThan(centre);
    expect(Number(menLabel)).toBeLessThan(centre);
  });

  it('fills the target year and outlines the base year', () => {
    const html = render(createElement(AgePyramid, { name: 'Nurses', profile }));
    expect(html.match(/class="hwf-pyramid-base"[^>]*fill="none"/g)).toHaveLength(2);
    // The widest bar is the women's target at age 24 (1 400), wider than any man's.
    const widths = [...html.matchAll(/data-sex="female" data-age="24"[^>]*width="([\d.]+)"/g)];
    const men = [...html.matchAll(/data-sex="male" data-age="\d+"[^>]*width="([\d.]+)"/g)];
    expect(Number(widths[0][1])).toBeGreaterThan(Math.max(...men.map((m) => Number(m[1]))));
    expect(html).toMatch(
      /<svg[^>]*role="img"[^>]*aria-label="Age pyramid of Nurses, 2025 \(outline\) and 2040/,
    );
  });

  it('says so when the result has no age profile', () => {
    const html = render(createElement(AgePyramid, { name: 'Nurses' }));
    expect(html).not.toContain('<svg');
    expect(html).toContain(en.t(NO_PROFILE));
  });

  it('has a table with every age and the four numbers drawn', () => {
    const html = render(createElement(AgeTable, { name: 'Nurses', profile }));
    const last = html.split('<tr>').pop() ?? '';
    expect(cells(last)).toEqual(['24', '1,500', '1,400', '90', '95']);
    expect(html.match(/<th scope="row">/g)).toHaveLength(5);
  });
});
