/**
 * What the import dialog previews and applies for a scenario with regions
 * (docs/regions-editing.md). A table with a region column (`region`, or Eurostat's `geo`)
 * fills the regions it names. A table without one is for one region, chosen in the dialog
 * (a profession's headcount, or one region's population when the scenario already has a
 * table per region with the same ages and years), or, for a population, the national table
 * that the regions' shares split.
 */
import { getAtPath } from '../../model/scenario/json-path.ts';
import type { PopulationInline } from '../../model/scenario/types.ts';
import type { Translate } from '../i18n/translate.ts';
import { words, type Words } from '../shell/words.ts';
import { isRec, setIn } from '../editor/draft.ts';
import { equalShares, isRegionalDraft, regionsOf } from '../editor/regions.ts';
import type { RegionEntry } from '../editor/regions.ts';
import type { SplitMethod } from './age-groups.ts';
import { baseYearOf, populationNotes, projectionOf, workforceAges } from './apply-import.ts';
import type { ImportTarget } from './apply-import.ts';
import { importPopulation } from './import-population.ts';
import { importStock } from './import-stock.ts';
import type { ImportSummary } from './import-stock.ts';
import {
  hasRegionColumn,
  importRegionalPopulation,
  importRegionalStock,
} from './import-regions.ts';
import type { RegionPart } from './import-regions.ts';
import type { ImportProblem } from './long-table.ts';

/** `''`: not chosen yet; `ALL_REGIONS`: a national population split by shares; else a region id. */
export const ALL_REGIONS = '*';

export interface ImportOptions {
  dropOutside: boolean;
  split: SplitMethod;
  /** Leave out rows of regions not in the scenario. */
  dropUnknown: boolean;
  /** The region a table without a region column is for. */
  forRegion: string;
}

export interface Preview {
  summary: ImportSummary;
  errors: ImportProblem[];
  warnings: ImportProblem[];
  value?: unknown;
  /** Per region, when the table has a region column. */
  parts?: RegionPart<unknown>[];
  /** "for Rural", "for Capital and Rural": what the import fills, for its message. */
  where?: Words;
}

/** A preview, or why there is none (a message to say). */
export type PreviewResult = Preview | { blocked: Words };

/** The workforce ages are not valid: a stock cannot be matched to them. */
export const AGES_INVALID = words('files.preview.agesInvalid');

/** The regions of a scenario with regions; undefined for a national one. */
export function importRegions(draft: unknown): RegionEntry[] | undefined {
  const regions = regionsOf(draft);
  return isRegionalDraft(draft) && regions.length > 0 ? regions : undefined;
}

/** The choices of "Which region is this table for?" for a table without a region column. */
export function regionTargetChoices(
  draft: unknown,
  target: ImportTarget,
  t: Translate,
): { value: string; label: string }[] {
  const regions = importRegions(draft) ?? [];
  const all =
    target.kind === 'population'
      ? [{ value: ALL_REGIONS, label: t('files.preview.allRegions') }]
      : [];
  return [
    { value: '', label: t('files.preview.chooseRegionOption') },
    ...all,
    ...regions.map((r) => ({ value: r.id, label: r.name })),
  ];
}

/** Does the dialog need to ask which region a table is for? */
export function needsRegionChoice(draft: unknown, text: string): boolean {
  return importRegions(draft) !== undefined && text.trim() !== '' && !hasRegionColumn(text);
}

/** "for Capital", "for Capital, Coast and Rural" */
function forNames(parts: readonly { name: string }[]): Words {
  const n = parts.map((p) => p.name);
  return n.length <= 1
    ? words('files.preview.forRegion', { region: n[0] ?? '' })
    : words('files.preview.forRegions', {
        list: n.slice(0, -1).join(', '),
        last: n[n.length - 1],
      });
}

/** The preview of a table for a scenario with regions (`regions` from `importRegions`). */
export function regionalPreview(
  draft: unknown,
  target: ImportTarget,
  text: string,
  regions: RegionEntry[],
  o: ImportOptions,
): PreviewResult {
  const column = hasRegionColumn(text);
  const chosen = regions.find((r) => r.id === o.forRegion);
  if (!column && !chosen && !(target.kind === 'population' && o.forRegion === ALL_REGIONS)) {
    return { blocked: words('files.preview.chooseRegion') };
  }
  if (target.kind === 'stock') {
    const ages = workforceAges(draft);
    if (!ages) {
      return { blocked: AGES_INVALID };
    }
    const options = {
      ages,
      baseYear: baseYearOf(draft),
      dropOutside: o.dropOutside,
      split: o.split,
    };
    const now = getAtPath(draft, target.path);
    const current = isRec(now) ? now : {};
    if (column) {
      const r = importRegionalStock(text, { ...options, regions, dropUnknown: o.dropUnknown });
      return {
        ...r,
        value: r.value && { ...current, ...r.value },
        where: forNames(r.parts),
      };
    }
    const r = importStock(text, options);
    return {
      ...r,
      value: r.stock && { ...current, [chosen!.id]: r.stock },
      where: words('files.preview.forRegion', { region: chosen!.name }),
    };
  }
  const projection = projectionOf(draft);
  if (column) {
    const r = importRegionalPopulation(text, {
      regions,
      dropUnknown: o.dropUnknown,
      projection,
      split: o.split,
    });
    const pop = r.population;
    const notes = pop ? populationNotes(draft, { ...pop, female: [], male: [] }) : [];
    return {
      ...r,
      warnings: [...r.warnings, ...notes],
      value: pop,
      where: words('files.preview.forEveryRegion'),
    };
  }
  const r = importPopulation(text, { projection, split: o.split });
  const pop = r.population;
  if (!pop) return r;
  if (chosen) return oneRegionPopulation(draft, r, pop, chosen);
  const shares = getAtPath(draft, 'population.regionShares');
  const keep = isRec(shares) && regions.every((x) => typeof shares[x.id] === 'number');
  const warnings = [...r.warnings, ...populationNotes(draft, pop)];
  if (!keep) {
    warnings.push({ message: words('files.preview.equalShares') });
  }
  return {
    ...r,
    warnings,
    value: { ...pop, regionShares: keep ? shares : equalShares(regions.map((x) => x.id)) },
    where: words('files.preview.asNational'),
  };
}

/** One region's table in a population of one table per region. */
function oneRegionPopulation(
  draft: unknown,
  r: Preview,
  pop: PopulationInline,
  region: RegionEntry,
): Preview {
  const current = getAtPath(draft, 'population');
  const ages = getAtPath(current, 'ages');
  const years = getAtPath(current, 'years');
  const fits =
    isRec(getAtPath(current, 'regions')) &&
    JSON.stringify(ages) === JSON.stringify(pop.ages) &&
    JSON.stringify(years) === JSON.stringify(pop.years);
  if (!fits) {
    const message = isRec(getAtPath(current, 'regions'))
      ? words('files.preview.notAloneDiffers', {
          region: region.name,
          min: String(getAtPath(ages, 'min')),
          max: String(getAtPath(ages, 'max')),
          years: String(Array.isArray(years) ? years.length : 0),
          tableMin: String(pop.ages.min),
          tableMax: String(pop.ages.max),
          tableYears: String(pop.years.length),
        })
      : words('files.preview.notAloneNoTables', { region: region.name });
    return { ...r, value: undefined, errors: [...r.errors, { message }] };
  }
  return {
    ...r,
    value: setIn(current, `regions.${region.id}`, { female: pop.female, male: pop.male }),
    where: words('files.preview.forRegion', { region: region.name }),
  };
}
