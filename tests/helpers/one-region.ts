/* eslint-disable @typescript-eslint/no-unused-vars -- fields are left out by destructuring */
/**
 * A national scenario as a regional one with one region, "all", holding everything
 * (invariant (a) of MODEL.md §6), and a regional result's input paths read back as the
 * national ones.
 */
import type { Scenario } from '../../model/scenario/types.ts';
import type { RegionalProfession, RegionalScenario, RegionMap } from '../../model/regions/types.ts';
import type { HwfResult } from '../../model/result/result.ts';

/** The scenario with one region, "all", holding everything. */
export function oneRegion(sc: Scenario): RegionalScenario {
  const id = 'all';
  const one = <T>(v: T): RegionMap<T> => ({ [id]: v });
  const { population: pop, ...rest } = sc;
  return {
    ...rest,
    regions: [{ id, name: 'All' }],
    ...(pop && !('dataset' in pop)
      ? {
          population: {
            ages: pop.ages,
            years: pop.years,
            regions: one({ female: pop.female, male: pop.male }),
          },
        }
      : {}),
    professions: sc.professions.map((p): RegionalProfession => {
      const { training, demand } = p;
      return {
        ...p,
        stock: one(p.stock),
        ...(training
          ? {
              training: {
                ...training,
                intake: one(training.intake),
                ...(training.pipeline ? { pipeline: one(training.pipeline) } : {}),
              },
            }
          : {}),
        demand: { ...demand, baseFte: demand.baseFte === null ? null : one(demand.baseFte) },
      } as RegionalProfession;
    }),
  };
}

/** Region-suffixed input paths back to the national ones. */
export function nationalPaths<T extends { professions: HwfResult['professions'] }>(r: T): T {
  return {
    ...r,
    professions: r.professions.map((p) => {
      const {
        densityRatio: _d,
        densityPer1000: _e,
        ...rest
      } = p as typeof p & {
        densityRatio?: unknown;
        densityPer1000?: unknown;
      };
      return {
        ...rest,
        sensitivity: p.sensitivity.map((s) => ({
          ...s,
          input: s.input.replace(/\.(training\.intake|demand\.baseFte)\.all$/, '.$1'),
        })),
      };
    }),
  };
}
