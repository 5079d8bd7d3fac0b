/**
 * The workshop's Where view: offered only for a result with regions, in the C key's cycle
 * only then; a picture of it passes the channel's check and a damaged one is refused; the
 * thinned years keep the first, the last and the target year; the stage draws the heat
 * table with the nation and the legend, and the headline names the region most likely short
 * in the Result and Where views.
 */
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { heatColour } from '../../app/charts/heat-scale.ts';
import { regionalHeadline } from '../../app/results/headline.ts';
import { acrossRegions } from '../../app/results/regional.ts';
import { WorkshopStage } from '../../app/workshop/stage.tsx';
import { readMessage } from '../../app/workshop/sync.ts';
import type { WorkshopPicture, WorkshopView } from '../../app/workshop/sync.ts';
import {
  YEAR_STEPS,
  nextWorkshopView,
  offeredView,
  thinYears,
  thinnedWords,
  valuesAt,
  viewsFor,
} from '../../app/workshop/where.ts';
import type { HwfResult } from '../../model/result/result.ts';
import { bodyRows, decodeEntities, en, renderEnglish, textOf } from '../helpers/markup.ts';
import { regionalResult } from '../helpers/regional-results.ts';

const national = JSON.parse(
  readFileSync(new URL('../golden/exampleland.monte-carlo.json', import.meta.url), 'utf8'),
) as HwfResult;
const regional = regionalResult(200);

const picture = (over: Partial<WorkshopPicture> = {}): WorkshopPicture => ({
  result: regional,
  professionId: 'nurse',
  revealed: true,
  view: 'where',
  measure: 'gap',
  compare: [],
  caveat: null,
  levers: [{ label: 'Training places in Rural', value: '+20 %' }],
  changes: {},
  ...over,
});

const message = (p: unknown) => ({
  type: 'picture',
  from: 'presenter',
  id: 'a',
  seq: 1,
  picture: p,
});

const render = (p: WorkshopPicture) =>
  decodeEntities(
    renderEnglish(createElement(WorkshopStage, { picture: p, level: 2, hiddenHint: 'Wait.' })),
  );

/** The views met pressing C from the result until it comes back. */
function cycle(result: HwfResult): WorkshopView[] {
  const seen: WorkshopView[] = ['result'];
  for (
    let v = nextWorkshopView('result', result);
    v !== 'result';
    v = nextWorkshopView(v, result)
  ) {
    seen.push(v);
    if (seen.length > 10) break;
  }
  return seen;
}

describe('the Where view is offered', () => {
  it('only for a result with regions', () => {
    expect(viewsFor(regional).map((v) => v.value)).toContain('where');
    expect(en.t(viewsFor(regional).find((v) => v.value === 'where')!.label)).toBe('Where');
    expect(viewsFor(national).map((v) => v.value)).not.toContain('where');
    expect(viewsFor(null).map((v) => v.value)).not.toContain('where');
    expect(viewsFor({ ...regional, regions: [] } as HwfResult).map((v) => v.value)).not.toContain(
      'where',
    );
  });

  it('in the C key’s cycle only then', () => {
    expect(cycle(regional)).toEqual(['result', 'gap', 'compare', 'difference', 'where']);
    expect(cycle(national)).toEqual(['result', 'gap', 'compare', 'difference']);
    expect(nextWorkshopView('where', regional)).toBe('result');
  });

  it('falls back to the result when the result has no regions', () => {
    expect(offeredView('where', regional)).toBe('where');
    expect(offeredView('where', national)).toBe('result');
    expect(offeredView('gap', national)).toBe('gap');
    // A picture that asks for it anyway draws the result.
    const html = render(picture({ result: national }));
    expect(html).toContain('Supply and demand (FTE)');
    expect(html).not.toContain('Where a shortage is likely');
  });
});

describe('a picture of the Where view on the channel', () => {
  it('passes the check, through a structured clone', () => {
    const m = message(picture());
    expect(readMessage(structuredClone(m))).toEqual(m);
    const hidden = message(picture({ revealed: false }));
    expect(readMessage(structuredClone(hidden))).toEqual(hidden);
    const waiting = message(picture({ result: null }));
    expect(readMessage(waiting)).toEqual(waiting);
  });

  it('is refused when what the view draws is missing or damaged', () => {
    const damaged = (change: (r: Record<string, unknown>) => void) => {
      const result = structuredClone(regional) as unknown as Record<string, unknown>;
      change(result);
      return message({ ...picture(), result });
    };
    const regions = (r: Record<string, unknown>) => r.regions as Record<string, unknown>[];
    const cases = [
      message(picture({ result: national })),
      damaged((r) => delete r.regions),
      damaged((r) => (r.regions = [])),
      damaged((r) => (r.regions = 'Rural')),
      damaged((r) => (regions(r)[3].name = 7)),
      damaged((r) => delete regions(r)[0].id),
      damaged((r) => (regions(r)[1].professions = null)),
      damaged((r) => {
        const p = (regions(r)[2].professions as Record<string, unknown>[])[0];
        p.shortageProbability = ['half'];
      }),
      damaged((r) => delete r.years),
      damaged((r) => (r.targetYear = '2040')),
      damaged((r) => {
        (r.professions as Record<string, unknown>[])[0].shortageProbability = null;
      }),
    ];
    for (const m of cases) expect(readMessage(m)).toBeNull();
    // The other views never needed regions.
    expect(readMessage(message(picture({ result: national, view: 'gap' })))).not.toBeNull();
    expect(readMessage(message({ ...picture(), view: 'map' }))).toBeNull();
  });
});

describe('the years of a thinned table', () => {
  const years = Array.from({ length: 21 }, (_, i) => 2025 + i);

  it('keep every year at step 1', () => {
    expect(thinYears(years, 2040, 1)).toEqual(years);
  });

  it('keep every other or every fifth year counted from the target year', () => {
    expect(thinYears(years, 2040, 5)).toEqual([2025, 2030, 2035, 2040, 2045]);
    expect(thinYears(years, 2040, 2)).toEqual([
      2025, 2026, 2028, 2030, 2032, 2034, 2036, 2038, 2040, 2042, 2044, 2045,
    ]);
    expect(thinYears(years, 2037, 5)).toEqual([2025, 2027, 2032, 2037, 2042, 2045]);
  });

  it('always keep the first, the last and the target year, in order, with fewer columns', () => {
    for (const step of YEAR_STEPS) {
      for (const target of years) {
        const shown = thinYears(years, target, step);
        expect(shown[0]).toBe(2025);
        expect(shown[shown.length - 1]).toBe(2045);
        expect(shown).toContain(target);
        expect([...shown].sort((a, b) => a - b)).toEqual(shown);
        expect(new Set(shown).size).toBe(shown.length);
        if (step > 1) expect(shown.length).toBeLessThanOrEqual(Math.ceil(21 / step) + 3);
      }
    }
  });

  it('take each row’s values at the years shown', () => {
    const values = years.map((y) => (y - 2025) / 20);
    expect(valuesAt(years, values, [2025, 2035, 2045])).toEqual([0, 0.5, 1]);
  });

  it('are said in words, and nothing is said when every year is shown', () => {
    expect(thinnedWords(1, 2040, en)).toBeNull();
    expect(thinnedWords(2, 2040, en)).toMatch(/^Every other year is shown, .*target year \(2040\)/);
    expect(thinnedWords(5, 2040, en)).toMatch(/^Every fifth year is shown/);
  });
});

describe('the Where view on the stage', () => {
  const { years, targetYear } = regional;
  const t = years.indexOf(targetYear);
  const where = regionalHeadline(regional, 'Nurses', acrossRegions(regional.regions, 'nurse'), en)!;

  it('draws the heat table of the profession shown with the nation and the legend', () => {
    const html = render(picture());
    expect(html).toContain('Where a shortage is likely');
    const table = html.slice(html.indexOf('<table'), html.indexOf('</table>') + 8);
    expect(table).toMatch(/<caption[^>]*>Nurses: how likely a shortage/);
    const body = bodyRows(table);
    regional.regions.forEach((region, r) => {
      const p = region.professions.find((x) => x.id === 'nurse')!.shortageProbability;
      expect(body[r]).toEqual([region.name, ...p.map((v) => en.percent(v))]);
    });
    const foot = table.split('<tfoot>')[1];
    expect(textOf(foot)).toContain('National');
    expect(foot).toContain(en.percent(regional.professions[0].shortageProbability[t]));
    for (const [, style, p] of table.matchAll(/style="([^"]*)" data-probability="([^"]*)"/g)) {
      expect(style).toContain(`background:${heatColour(Number(p))}`);
    }
    expect(textOf(html)).toMatch(/Less likely short 0% 25% 50% 75% 100% More likely short/);
  });

  it('follows the profession shown', () => {
    const html = render(picture({ professionId: 'gp' }));
    expect(html).toMatch(/<caption[^>]*>General practitioners: how likely a shortage/);
    const gp = regional.regions[3].professions.find((x) => x.id === 'gp')!;
    expect(bodyRows(html)[3]).toEqual([
      regional.regions[3].name,
      ...gp.shortageProbability.map((v) => en.percent(v)),
    ]);
  });

  it('names the region most likely short in the Result and Where views only', () => {
    expect(where).toMatch(/^Nurses: (shortage most likely in|no region has)/);
    expect(textOf(render(picture()))).toContain(where);
    expect(textOf(render(picture({ view: 'result' })))).toContain(where);
    expect(textOf(render(picture({ view: 'gap' })))).not.toContain(where);
    expect(textOf(render(picture({ result: national, view: 'result' })))).not.toMatch(
      /most likely in|no region has/,
    );
  });

  it('hides the table while the room guesses', () => {
    const html = render(picture({ revealed: false }));
    expect(html).toContain('Result hidden: make your guess');
    expect(html).not.toContain('<table');
  });
});
