import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankSensitivity } from '../../app/charts/sensitivity.ts';
import { Tornado, wrapLabel } from '../../app/charts/tornado.tsx';
import { TornadoTable } from '../../app/charts/tornado-table.tsx';
import type { SensitivityEntry } from '../../model/result/result.ts';
import { cells, renderEnglish as render } from '../helpers/markup.ts';

/** Twelve inputs in scrambled order; input k has |ρ| = k / 20, alternating signs. */
const entries: SensitivityEntry[] = [3, 11, 1, 7, 12, 5, 9, 2, 10, 4, 8, 6].map((k) => ({
  input: `professions[0].input${k}`,
  rankCorrelation: (k % 2 === 0 ? 1 : -1) * (k / 20),
}));

const base = { name: 'Nurses', targetYear: 2040, entries };

describe('ranking', () => {
  it('sorts by the size of the correlation and keeps the top N', () => {
    const { shown, more } = rankSensitivity(entries, 8);
    expect(shown.map((e) => e.input)).toEqual(
      [12, 11, 10, 9, 8, 7, 6, 5].map((k) => `professions[0].input${k}`),
    );
    expect(more).toBe(4);
  });

  it('is sorted by |ρ| for any input and never loses a count', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            input: fc.string(),
            rankCorrelation: fc.double({ min: -1, max: 1, noNaN: true }),
          }),
        ),
        fc.integer({ min: 0, max: 20 }),
        (list, top) => {
          const { shown, more } = rankSensitivity(list, top);
          expect(shown.length + more).toBe(list.length);
          expect(shown.length).toBeLessThanOrEqual(top);
          for (let i = 1; i < shown.length; i++) {
            expect(Math.abs(shown[i - 1].rankCorrelation)).toBeGreaterThanOrEqual(
              Math.abs(shown[i].rankCorrelation),
            );
          }
        },
      ),
    );
  });
});

describe('tornado', () => {
  it('draws the top 8 bars in order, right for positive and left for negative', () => {
    const html = render(createElement(Tornado, base));
    const bars = [
      ...html.matchAll(
        /data-input="([^"]+)"[^]*?<rect class="hwf-bar" x="([\d.]+)"[^>]*width="([\d.]+)"/g,
      ),
    ];
    expect(bars.map((m) => m[1])).toEqual(
      [12, 11, 10, 9, 8, 7, 6, 5].map((k) => `professions[0].input${k}`),
    );
    const centre = Number(html.match(/class="hwf-zero-line" x1="([\d.]+)"/)?.[1]);
    for (const [, input, x, width] of bars) {
      const k = Number(input.replace(/\D+/g, '').slice(1));
      if (k % 2 === 0) expect(Number(x)).toBeCloseTo(centre, 6);
      else expect(Number(x) + Number(width)).toBeCloseTo(centre, 6);
    }
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-label="What drives the 2040 gap for Nurses/);
    expect(html).toContain('and 4 more inputs');
  });

  it('labels inputs in planner words when given a labelFor', () => {
    const labelFor = (path: string) => `Label of ${path.split('.').pop()}`;
    const html = render(createElement(Tornado, { ...base, labelFor }));
    expect(html).toContain('Label of input12');
    expect(html).not.toContain('>professions[0].input12<');
  });

  it('defaults to the path as the label', () => {
    expect(render(createElement(TornadoTable, base))).toContain('professions[0].input12');
  });

  it('has a table with the drawn correlations and "and K more"', () => {
    const html = render(createElement(TornadoTable, { ...base, top: 3 }));
    const body = cells(html).slice(3);
    expect(body).toEqual([
      'professions[0].input12',
      '+0.60',
      'higher value, less shortage',
      'professions[0].input11',
      '−0.55',
      'higher value, more shortage',
      'professions[0].input10',
      '+0.50',
      'higher value, less shortage',
      'and 9 more inputs',
    ]);
  });

  it("names inputs without the profession's own name, and keeps the whole label as a tooltip", () => {
    const labelFor = (path: string) =>
      path.endsWith('input12')
        ? 'Nurses › Migration: immigrants per year'
        : 'General practitioners › Training: intake';
    const html = render(createElement(Tornado, { ...base, labelFor, top: 2 }));
    expect(html).toContain('<title>Nurses › Migration: immigrants per year</title>');
    const drawn = [...html.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
    expect(drawn.join(' ')).toContain('Migration:');
    expect(drawn.join(' ')).not.toContain('Nurses ›');
    expect(drawn.join(' ')).toContain('General'); // another profession keeps its name
  });

  it('says there is nothing to rank when no input varies', () => {
    const html = render(createElement(Tornado, { ...base, entries: [] }));
    expect(html).not.toContain('<svg');
    expect(html).toContain('nothing to rank');
  });
});

describe('tornado labels', () => {
  it('fit in two lines of the width, keep short labels whole and lose only the end', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-z›:]{1,14}$/), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 4, max: 40 }),
        (words, chars) => {
          const text = words.join(' ');
          const lines = wrapLabel(text, chars);
          expect(lines.length).toBeGreaterThanOrEqual(1);
          expect(lines.length).toBeLessThanOrEqual(2);
          for (const line of lines) expect(line.length).toBeLessThanOrEqual(chars);
          if (text.length <= chars) expect(lines).toEqual([text]);
          const shown = lines.join(' ');
          if (!shown.includes('…'))
            expect(shown).toBe(text); // nothing lost unless marked
          else expect(text.startsWith(shown.split('…')[0].trimEnd().split(' ')[0])).toBe(true);
        },
      ),
    );
    expect(wrapLabel('Migration: immigrants per year', 15)).toEqual([
      'Migration:',
      'immigrants per…',
    ]);
  });
});
