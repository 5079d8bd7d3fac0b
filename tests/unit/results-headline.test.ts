import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { basedOn, headline } from '../../app/results/headline.ts';
import type { HeadlineContext } from '../../app/results/headline.ts';
import { createFormats, roundCount } from '../../app/format.ts';
import type { ProfessionResult, RequiredIntake, SeriesSummary } from '../../model/result/result.ts';

const en = createFormats('en-GB');
const de = createFormats('de-DE');
const ctx: HeadlineContext = {
  years: [2039, 2040, 2041],
  targetYear: 2040,
  intakeFromYear: 2027,
  deterministic: false,
};

/** A summary whose target-year (index 1) percentiles are `p` (other years: zeros). */
function atTarget(p: number[]): SeriesSummary {
  const keys = ['p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95'];
  const entries = keys.map((k, i) => [k, [0, p[i], 0]]);
  return Object.fromEntries([...entries, ['mean', [0, p[3], 0]]]) as SeriesSummary;
}

function intake(p: (number | null)[], extra: Partial<RequiredIntake> = {}): RequiredIntake {
  const [p5, p10, p25, p50, p75, p90, p95] = p;
  return {
    unreachable: false,
    unreachableShare: 0,
    mean: p50,
    p5,
    p10,
    p25,
    p50,
    p75,
    p90,
    p95,
    ...extra,
  };
}

function profession(
  gap: number[],
  shortage: number,
  requiredIntake: RequiredIntake,
): ProfessionResult {
  const zero = atTarget([0, 0, 0, 0, 0, 0, 0]);
  return {
    id: 'nurse',
    name: 'Nurses',
    headcount: zero,
    fte: zero,
    demand: zero,
    gap: atTarget(gap),
    shortageProbability: [0.5, shortage, 0.5],
    requiredIntake,
    sensitivity: [],
  };
}

const shortageGap = [-2104, -1800, -1500, -1196, -900, -600, -300.4];
const training = intake([430, 600, 900, 1260, 1400, 1500, 1580]);

describe('headline', () => {
  it('reads a likely shortage with its interval and the places needed', () => {
    expect(headline(ctx, profession(shortageGap, 0.78, training), en)).toBe(
      'In 2040 a shortage is 78% likely; in the median future, demand exceeds supply by 1,200 FTE ' +
        '(90% interval of supply − demand: −2,100 to −300 FTE). ' +
        'Training places needed: 1,260 a year (90%: 430–1,580).',
    );
  });

  it('reads a likely surplus with a plus sign', () => {
    const surplus = [-141, -16, 184, 422, 671, 907, 1104];
    const some = intake([-388, -252, -118, 40, 185, 314, 403]);
    expect(headline(ctx, profession(surplus, 0.112, some), en)).toBe(
      'In 2040 a shortage is 11% likely; in the median future, supply exceeds demand by 422 FTE ' +
        '(90% interval of supply − demand: −141 to +1,100 FTE). ' +
        'Training places needed: 40 a year (90%: none to 403).',
    );
  });

  it('says when no future or every future has a shortage', () => {
    const surplus = [100, 200, 300, 400, 500, 600, 700];
    expect(headline(ctx, profession(surplus, 0, training), en)).toMatch(
      /^In 2040 no future has a shortage; in the median future, supply exceeds demand by 400 FTE/,
    );
    expect(headline(ctx, profession(shortageGap, 1, training), en)).toMatch(
      /^In 2040 every future has a shortage;/,
    );
    expect(headline(ctx, profession(shortageGap, 0.999, training), en)).toMatch(
      /^In 2040 a shortage is > 99% likely;/,
    );
  });

  it('gives the reason when no intake can close the gap, never a number', () => {
    const reason =
      'no graduate enters practice (completion × entry rate is 0), so intake cannot close the gap';
    const none = intake([null, null, null, null, null, null, null], {
      unreachable: true,
      unreachableShare: 1,
      reason,
    });
    const text = headline(ctx, profession(shortageGap, 0.78, none), en);
    expect(text).toContain(`No intake can close the 2040 gap: ${reason}.`);
    expect(text).not.toContain('Training places needed');
  });

  it('says no new intake is needed when every percentile is negative', () => {
    const negative = intake([-900, -800, -700, -600, -500, -400, -300]);
    const text = headline(ctx, profession([1, 2, 3, 4, 5, 6, 7], 0, negative), en);
    expect(text).toContain('No new training places needed');
    expect(text).not.toMatch(/−600|-600/);
  });

  it('mentions the share of futures no intake can help', () => {
    const text = headline(
      ctx,
      profession(shortageGap, 0.78, { ...training, unreachableShare: 0.03 }),
      en,
    );
    expect(text).toMatch(/In 3% of futures no intake can close the gap\.$/);
  });

  it('gives point values without intervals in deterministic mode', () => {
    const one = [-1204, -1204, -1204, -1204, -1204, -1204, -1204];
    const places = intake([1260, 1260, 1260, 1260, 1260, 1260, 1260]);
    expect(headline({ ...ctx, deterministic: true }, profession(one, 1, places), en)).toBe(
      'In 2040 demand exceeds supply by 1,200 FTE (one run at the point values). ' +
        'Training places needed: 1,260 a year.',
    );
  });

  it('follows the locale', () => {
    expect(headline(ctx, profession(shortageGap, 0.78, training), de)).toBe(
      'In 2040 a shortage is 78\u00a0% likely; in the median future, demand exceeds supply by 1.200 FTE ' +
        '(90\u00a0% interval of supply − demand: −2.100 to −300 FTE). ' +
        'Training places needed: 1.260 a year (90\u00a0%: 430–1.580).',
    );
  });
});

describe('headline words that cannot mislead', () => {
  it('never calls the median a surplus or a gap beside a shortage probability, whatever its sign', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e5, max: 1e5, noNaN: true }), { minLength: 7, maxLength: 7 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, shortage) => {
          const gap = [...values].sort((a, b) => a - b);
          const text = headline(ctx, profession(gap, shortage, training), en);
          expect(text).not.toMatch(/median (gap|surplus|shortage)/);
          const median = en.count(Math.abs(gap[3]));
          if (roundCount(gap[3]) > 0) {
            expect(text).toContain(`in the median future, supply exceeds demand by ${median} FTE`);
          } else if (roundCount(gap[3]) < 0) {
            expect(text).toContain(`in the median future, demand exceeds supply by ${median} FTE`);
          } else expect(text).toContain('in the median future, supply matches demand');
        },
      ),
    );
  });

  it('prints one number, not an interval, when the gap does not vary', () => {
    const fixed = [3340, 3340, 3340, 3340, 3340, 3340, 3340];
    const text = headline(ctx, profession(fixed, 0, training), en);
    expect(text).toContain('(90% interval of supply − demand: +3,340 FTE)');
    expect(text).not.toContain('3,340 to +3,340');
  });

  it('sets the training places needed beside today’s intake', () => {
    const text = headline(ctx, profession(shortageGap, 0.78, training), en, { today: 1200 });
    expect(text).toMatch(
      /Training places needed: 1,260 a year \(90%: 430–1,580\), \+5% on today's 1,200\.$/,
    );
  });
});

describe('based on', () => {
  it('counts the futures exactly', () => {
    expect(basedOn(1234, false, en)).toBe('Based on 1,234 futures.');
    expect(basedOn(1, true, en)).toBe('Based on one run at the point values.');
  });
});
