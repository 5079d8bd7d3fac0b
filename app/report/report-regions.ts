/**
 * What the report says of a regional scenario (MODEL.md §6): its policies as written (a
 * policy of one region named with it), the moves between regions in words, and per
 * profession the regions at the target year — shortage probability, median gap and FTE per
 * 1 000 inhabitants — with the national density ratio.
 */
import { pointValue } from '../../model/numeric/distributions.ts';
import type { RegionalResult } from '../../model/regions/simulate.ts';
import { MOBILITY_OUT, regionalOf } from '../../model/regions/types.ts';
import type { HwfResult } from '../../model/result/result.ts';
import type { Policy, Scenario } from '../../model/scenario/types.ts';
import type { Formats } from '../format.ts';
import type { Translate } from '../i18n/translate.ts';
import { distWords, percents, policyWords, signedPercents, type Words } from './report-text.ts';

/** The result as a regional one, or null. */
export function regionalResultOf(result: HwfResult): RegionalResult | null {
  return 'regions' in result && Array.isArray((result as RegionalResult).regions)
    ? (result as RegionalResult)
    : null;
}

const nameOf = (s: Scenario, id: string) => s.regions?.find((r) => r.id === id)?.name ?? id;
const professionName = (s: Scenario, id: string) =>
  s.professions.find((p) => p.id === id)?.name ?? id;

/** The policies as written: a policy of one region says so; `mobility.out` in words. */
export function regionalPolicyWords(s: Scenario, f: Words): string[] {
  const rs = regionalOf(s);
  return s.policies.map((p) => {
    const region = (p as Policy & { region?: string }).region;
    if (rs && (p.parameter as string) === MOBILITY_OUT) {
      return f.t('report.regions.moveOutPolicy', {
        profession: professionName(s, p.profession),
        everywhere: region === undefined ? 'yes' : 'no',
        region: region === undefined ? '' : nameOf(s, region),
        change: distWords(p.value, signedPercents(f.locale), f.t),
        ramp: p.startYear === p.fullYear ? 'no' : 'yes',
        start: String(p.startYear),
        full: String(p.fullYear),
      });
    }
    return policyWords(s, p, f, region === undefined ? undefined : nameOf(s, region));
  });
}

/** "Each year, 2 % – 3 % (uniform) of Nurses in Rural move to Capital." per move. */
export function mobilityWords(s: Scenario, f: Words): string[] {
  const rs = regionalOf(s);
  if (!rs) return [];
  const out: string[] = [];
  for (const p of rs.professions) {
    for (const [from, row] of Object.entries(p.mobility ?? {})) {
      for (const [to, d] of Object.entries(row)) {
        if (pointValue(d) === 0 && typeof d === 'number') continue;
        out.push(
          f.t('report.regions.move', {
            share: distWords(d, percents(f.locale), f.t),
            profession: p.name,
            from: nameOf(s, from),
            to: nameOf(s, to),
          }),
        );
      }
    }
  }
  return out;
}

export interface RegionRow {
  name: string;
  /** P(gap < 0) at the target year. */
  shortage: number;
  /** Median gap (FTE) at the target year. */
  gap: number;
  /** Median FTE per 1 000 inhabitants and its 80 % interval, where a population is given. */
  density: { p50: number; p10: number; p90: number } | null;
}

/** Per profession, the nation and each region at the target year. */
export function regionRows(
  result: RegionalResult,
  professionId: string,
  t: Translate,
): RegionRow[] {
  const k = result.years.indexOf(result.targetYear);
  const row = (name: string, p: RegionalResult['professions'][number] | undefined) => {
    if (!p) return null;
    const d =
      'densityPer1000' in p
        ? (p as { densityPer1000?: Record<string, (number | null)[]> }).densityPer1000
        : undefined;
    const [p10, p50, p90] = [d?.p10[k], d?.p50[k], d?.p90[k]];
    return {
      name,
      shortage: p.shortageProbability[k],
      gap: p.gap.p50[k],
      density:
        typeof p10 === 'number' && typeof p50 === 'number' && typeof p90 === 'number'
          ? { p10, p50, p90 }
          : null,
    };
  };
  const rows = [
    row(
      t('report.regions.national'),
      result.professions.find((p) => p.id === professionId),
    ),
    ...result.regions.map((r) =>
      row(
        r.name,
        r.professions.find((p) => p.id === professionId),
      ),
    ),
  ];
  return rows.filter((r): r is RegionRow => r !== null);
}

/** The density ratio at the target year in words, or '' when there is none. */
export function densityRatioWords(
  result: RegionalResult,
  professionId: string,
  f: Formats,
): string {
  const k = result.years.indexOf(result.targetYear);
  const ratio = result.professions.find((p) => p.id === professionId)?.densityRatio;
  if (!ratio) return '';
  const [mid, lo, hi] = [ratio.p50[k], ratio.p10[k], ratio.p90[k]];
  if (typeof mid !== 'number' || typeof lo !== 'number' || typeof hi !== 'number') {
    return f.t('report.regions.noRatio', {
      year: f.year(result.targetYear),
      reason: ratio.reason ?? f.t('report.regions.noRatioReason'),
    });
  }
  const x = (v: number) =>
    v.toLocaleString(f.locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 });
  return f.t('report.regions.ratio', {
    year: f.year(result.targetYear),
    median: x(mid),
    low: x(lo),
    high: x(hi),
  });
}
