import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { HwfResult } from '../../model/result/result.ts';
import { WorkshopStage, stageTitle } from '../../app/workshop/stage.tsx';
import type { WorkshopPicture } from '../../app/workshop/sync.ts';
import { decodeEntities, en, renderEnglish } from '../helpers/markup.ts';

const golden = JSON.parse(
  readFileSync(new URL('../golden/exampleland.monte-carlo.json', import.meta.url), 'utf8'),
) as HwfResult;

const picture = (over: Partial<WorkshopPicture> = {}): WorkshopPicture => ({
  result: golden,
  professionId: 'nurse',
  revealed: true,
  view: 'result',
  measure: 'gap',
  compare: [],
  caveat: null,
  levers: [],
  changes: {},
  ...over,
});

function render(p: WorkshopPicture): string {
  return decodeEntities(
    renderEnglish(
      createElement(WorkshopStage, {
        picture: p,
        level: 2,
        hiddenHint: 'The facilitator will reveal it.',
      }),
    ),
  );
}

describe('the workshop stage', () => {
  it('shows the headline and the fan chart with its table switch', () => {
    const html = render(picture());
    expect(html).toContain('In 2040');
    expect(html).toContain('Supply and demand (FTE)');
    expect(html).toContain('aria-label="Supply and demand of Nurses');
  });

  it('puts the training places beside today’s and the planned intake, as the page does', () => {
    expect(render(picture())).not.toContain("on today's");
    const html = render(picture({ intake: { today: 1200, planned: { value: 1380, year: 2029 } } }));
    expect(html).toMatch(/on today's 1,200 and [−-]\d+% on the 1,380 planned for 2029/);
  });

  it('hides every number while the room guesses', () => {
    const html = render(picture({ revealed: false }));
    expect(html).toContain('Result hidden: make your guess');
    expect(html).toContain('The facilitator will reveal it.');
    expect(html).not.toContain('svg');
    expect(html).not.toMatch(/\d{1,3},\d{3}/);
    const nurses = golden.professions[0];
    expect(stageTitle(golden, nurses, false, en)).toBe('Nurses, 2040');
    expect(stageTitle(golden, nurses, true, en)).toMatch(/^Nurses, 2040: shortage \d+% likely$/);
  });

  it('draws the kept scenarios with a legend in words and says which still run', () => {
    const html = render(
      picture({
        view: 'compare',
        compare: [
          { id: 'baseline', status: 'done', result: golden },
          { id: 'A', status: 'done', result: golden },
          { id: 'B', status: 'running' },
        ],
        caveat:
          'Variant A uses another seed or number of futures than the baseline, so part of the difference is chance.',
      }),
    );
    expect(html).toContain('Gap by scenario (FTE)');
    expect(html).toMatch(/<strong>Baseline<\/strong> \(solid line\)/);
    expect(html).toMatch(/<strong>Variant A<\/strong> \(long dashes\)/);
    expect(html).toContain('Running Variant B…');
    expect(html).toContain('so part of the difference is chance');
    expect((html.match(/class="hwf-median hwf-compare-median"/g) ?? []).length).toBe(2);
  });

  it('compares in small multiples: one panel per scenario, each with its 80 % band only', () => {
    const html = render(
      picture({
        view: 'compare',
        compare: [
          { id: 'baseline', status: 'done', result: golden },
          { id: 'A', status: 'done', result: golden },
          { id: 'B', status: 'done', result: golden },
        ],
        changes: { A: 'training places +15 %', B: 'attrition \u22120.5 percentage points a year' },
      }),
    );
    expect((html.match(/class="hwf-compare-panel"/g) ?? []).length).toBe(3);
    expect((html.match(/class="hwf-band"/g) ?? []).length).toBe(3);
    // Each variant's panel has the baseline's median to measure against.
    expect((html.match(/class="hwf-compare-reference"/g) ?? []).length).toBe(2);
    // The legend says what each variant changes; the chart's words name the 80 % band.
    expect(html).toContain('(long dashes): training places +15 %');
    expect(html).toContain('(dots): attrition \u22120.5 percentage points a year');
    expect(html).toContain('8 in 10 of its futures fall in its shaded band');
    expect(html).toMatch(/Variant A \(training places \+15 %\) median [^;]* FTE \(80%: /);
  });

  it('puts the gap and the probability of a shortage on stage', () => {
    const html = render(picture({ view: 'gap' }));
    expect(html).toContain('Gap and probability of a shortage');
    expect(html).toContain('aria-label="Gap between supply and demand of Nurses');
    expect(html).toContain('In 2040');
  });

  it('shows the difference from the baseline, zero for the same scenario', () => {
    const html = render(
      picture({
        view: 'difference',
        compare: [
          { id: 'baseline', status: 'done', result: golden },
          { id: 'A', status: 'done', result: golden },
        ],
      }),
    );
    expect(html).toContain('Difference from the baseline (median gap, FTE)');
    expect(html).toContain('Median gap in 2040 against the baseline: Variant A 0 FTE.');
  });

  it('asks for a variant before there is anything to compare', () => {
    expect(
      render(
        picture({
          view: 'difference',
          compare: [{ id: 'baseline', status: 'done', result: golden }],
        }),
      ),
    ).toContain('Keep a variant to see how far it moves the median gap from the baseline.');
    expect(render(picture({ view: 'compare' }))).toContain('No baseline yet');
  });
});
