/**
 * A regional scenario document → `RegionalScenario`, until the one parser
 * (model/scenario/parse.ts) learns regions: the regional parts are checked by
 * `validateRegions`, everything else by the national parser on the document seen through
 * its first region (the same national rules, paths and messages).
 */
import { validateScenario } from '../scenario/validate-scenario.ts';
import type { ParseOptions, ScenarioIssue } from '../scenario/parse-types.ts';
import { field, isRecord, issue, type Rec } from '../scenario/issues.ts';
import { validateRegions } from './validate.ts';
import { MOBILITY_OUT, type RegionalProfession, type RegionalScenario } from './types.ts';

export type RegionalParseResult =
  | { ok: true; scenario: RegionalScenario; warnings: ScenarioIssue[] }
  | { ok: false; errors: ScenarioIssue[]; warnings: ScenarioIssue[] };

/** The paths the regional checks own (the national view's issues there are dropped). */
function regionalPath(path: string): boolean {
  return (
    /^professions\[\d+\]\.(stock|training\.(intake|pipeline)|demand\.baseFte)(\.|\[|$)/.test(
      path,
    ) ||
    /^population\.(female|male)/.test(path) ||
    /^policies\[\d+\]\.parameter$/.test(path)
  );
}

/** The document seen through its first region (a copy; the input is not changed). */
function nationalView(doc: Rec, first: string): Rec {
  const view = structuredClone(doc);
  delete view.regions;
  const pick = (o: Rec, key: string) => {
    const v = field(o, key);
    if (isRecord(v)) o[key] = field(v, first);
  };
  const pop = field(view, 'population');
  if (isRecord(pop)) {
    const tables = field(pop, 'regions');
    delete pop.regions;
    delete pop.regionShares;
    if (isRecord(tables) && isRecord(field(tables, first))) {
      const t = field(tables, first) as Rec;
      pop.female = field(t, 'female');
      pop.male = field(t, 'male');
    }
  }
  const professions = field(view, 'professions');
  if (Array.isArray(professions)) {
    for (const p of professions as unknown[]) {
      if (!isRecord(p)) continue;
      pick(p, 'stock');
      delete p.mobility;
      const t = field(p, 'training');
      if (isRecord(t)) {
        pick(t, 'intake');
        pick(t, 'pipeline');
        delete t.graduateDestinations;
      }
      const im = field(p, 'immigration');
      if (isRecord(im)) delete im.regionShares;
      const d = field(p, 'demand');
      if (isRecord(d)) {
        const b = field(d, 'baseFte');
        if (isRecord(b)) d.baseFte = field(b, first) ?? null;
      }
    }
  }
  const policies = field(view, 'policies');
  if (Array.isArray(policies)) {
    for (const pol of policies as unknown[]) {
      if (!isRecord(pol)) continue;
      delete pol.region;
      // Checked as a relative change of a parameter every profession has.
      if (field(pol, 'parameter') === MOBILITY_OUT) pol.parameter = 'fte';
    }
  }
  return view;
}

/** Checks a regional scenario document (one with `regions`). */
export function parseRegionalScenario(
  input: unknown,
  options: ParseOptions = {},
): RegionalParseResult {
  if (!isRecord(input) || field(input, 'regions') === undefined) {
    return {
      ok: false,
      errors: [issue('regions', 'regions.missing')],
      warnings: [],
    };
  }
  const errors = validateRegions(input, options);
  const regionsRaw = field(input, 'regions');
  const first =
    Array.isArray(regionsRaw) && isRecord(regionsRaw[0]) ? field(regionsRaw[0], 'id') : undefined;
  const national = validateScenario(
    nationalView(input, typeof first === 'string' ? first : ''),
    options,
  );
  const nationalErrors = national.ok ? [] : national.errors.filter((e) => !regionalPath(e.path));
  const warnings = national.warnings.filter((e) => !regionalPath(e.path));
  if (errors.length > 0 || nationalErrors.length > 0 || !national.ok) {
    return { ok: false, errors: [...errors, ...nationalErrors], warnings };
  }
  const doc: Rec = structuredClone(input);
  const sc = national.scenario;
  const regions = (doc.regions as Rec[]).map((r) => ({
    id: r.id as string,
    name: typeof r.name === 'string' && r.name.trim() !== '' ? r.name : (r.id as string),
  }));
  const popDoc = doc.population as Rec | undefined;
  let population: RegionalScenario['population'];
  if (popDoc && sc.population) {
    population = isRecord(popDoc.regions)
      ? {
          ages: popDoc.ages as { min: number; max: number },
          years: popDoc.years as number[],
          regions: popDoc.regions as never,
        }
      : { ...sc.population, regionShares: popDoc.regionShares as Record<string, number> };
  }
  const docProfessions = doc.professions as Rec[];
  const professions = sc.professions.map((p, i) => {
    const raw = docProfessions[i];
    const t = raw.training as Rec | undefined;
    const im = raw.immigration as Rec | undefined;
    const d = raw.demand as Rec;
    const { training, immigration, demand, ...rest } = p;
    return <RegionalProfession>{
      ...rest,
      stock: raw.stock as never,
      ...(training && t
        ? {
            training: {
              ...training,
              intake: t.intake as never,
              ...(t.pipeline !== undefined ? { pipeline: t.pipeline as never } : {}),
              ...(t.graduateDestinations !== undefined
                ? { graduateDestinations: t.graduateDestinations as never }
                : {}),
            },
          }
        : {}),
      ...(immigration && im
        ? {
            immigration: {
              ...immigration,
              ...(im.regionShares !== undefined ? { regionShares: im.regionShares as never } : {}),
            },
          }
        : {}),
      ...(raw.mobility !== undefined ? { mobility: raw.mobility as never } : {}),
      demand: {
        ...demand,
        baseFte: isRecord(d.baseFte)
          ? (d.baseFte as RegionalProfession['demand']['baseFte'])
          : null,
      },
    };
  });
  const docPolicies = (doc.policies ?? []) as Rec[];
  const policies = sc.policies.map((pol, i) => {
    const raw = docPolicies[i];
    return {
      ...pol,
      parameter: raw.parameter as RegionalScenario['policies'][number]['parameter'],
      ...(typeof raw.region === 'string' ? { region: raw.region } : {}),
    };
  });
  const rest: Partial<typeof sc> = { ...sc };
  delete rest.population;
  return {
    ok: true,
    scenario: {
      ...rest,
      regions,
      ...(population ? { population } : {}),
      professions,
      policies,
    } as RegionalScenario,
    warnings,
  };
}
