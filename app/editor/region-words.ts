/**
 * Planner words for the paths of a scenario with regions, for the Problems list:
 * `professions[0].stock.rural.female[3]` → "Nurses › Workforce today: headcount in Rural,
 * women aged 23". Paths without a region step get the words of `labelFor` as they are.
 */
import { getAtPath, parsePath } from '../../model/scenario/json-path.ts';
import { MOBILITY_OUT } from '../../model/regions/types.ts';
import { englishT, type Translate } from '../i18n/translate.ts';
import { labelFor, professionName, sexCell } from '../scenario/labels.ts';
import { isRegionalDraft, PER_REGION_FIELDS, regionName } from './regions.ts';

function whole(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

function ageWords(
  draft: unknown,
  sex: unknown,
  k: unknown,
  agesPath: string,
  t: Translate,
): string {
  if (typeof k !== 'number') return t('scenario.path.sex', { sex: String(sex) });
  return sexCell(String(sex), k, whole(getAtPath(draft, `${agesPath}.min`)), t);
}

/** Words for a path under a profession with a region step; undefined for any other path. */
function professionWords(draft: unknown, path: string, t: Translate): string | undefined {
  const m = /^professions\[(\d+)\]\.(.*)$/.exec(path);
  if (!m) return undefined;
  const profession = professionName(draft, Number(m[1]), t);
  const rest = parsePath(m[2]) ?? [];
  const name = (step: unknown) => (typeof step === 'string' ? regionName(draft, step) : '');
  const [a, b, c, d] = rest;
  if (a === 'stock' && typeof b === 'string') {
    return c === undefined
      ? t('editor.region.stock', { profession, region: name(b) })
      : t('editor.region.stockCell', {
          profession,
          region: name(b),
          cell: ageWords(draft, c, d, 'ages', t),
        });
  }
  if (a === 'mobility') {
    const from = name(b);
    const to = name(c);
    if (typeof b === 'string') {
      return typeof c === 'string'
        ? t('editor.region.mobilityFromTo', { profession, from, to })
        : t('editor.region.mobilityFrom', { profession, from });
    }
    return typeof c === 'string'
      ? t('editor.region.mobilityTo', { profession, to })
      : t('editor.region.mobility', { profession });
  }
  if (a === 'training' && b === 'graduateDestinations') {
    const from = name(c);
    const to = name(d);
    if (typeof c === 'string') {
      return typeof d === 'string'
        ? t('editor.region.destinationsFromTo', { profession, from, to })
        : t('editor.region.destinationsFrom', { profession, from });
    }
    return typeof d === 'string'
      ? t('editor.region.destinationsTo', { profession, to })
      : t('editor.region.destinations', { profession });
  }
  if (a === 'immigration' && b === 'regionShares') {
    return typeof c === 'string'
      ? t('editor.region.immigrantsIn', { profession, region: name(c) })
      : t('editor.region.immigrants', { profession });
  }
  for (const f of PER_REGION_FIELDS) {
    const head = `${f}.`;
    if (!m[2].startsWith(head)) continue;
    const region = /^[^.[\]]+/.exec(m[2].slice(head.length))?.[0];
    if (region === undefined) continue;
    const without = `professions[${m[1]}].${f}${m[2].slice(head.length + region.length)}`;
    return t('editor.region.labelIn', {
      label: labelFor(without, draft, t),
      region: regionName(draft, region),
    });
  }
  return undefined;
}

/** Words for `path`, naming regions where the path has them; English unless `t` says
 *  otherwise. */
export function regionalLabel(path: string, draft: unknown, t: Translate = englishT): string {
  if (!isRegionalDraft(draft)) return labelFor(path, draft, t);
  const words = professionWords(draft, path, t);
  if (words !== undefined) return words;
  const steps = parsePath(path) ?? [];
  if (steps[0] === 'population' && steps[1] === 'regions' && typeof steps[2] === 'string') {
    const region = regionName(draft, steps[2]);
    const [, , , sex, year, age] = steps;
    if (sex === undefined) return t('editor.region.population', { region });
    const cell = ageWords(draft, sex, age, 'population.ages', t);
    const y =
      typeof year === 'number' ? whole(getAtPath(draft, `population.years[${year}]`)) : undefined;
    const when =
      y !== undefined
        ? String(y)
        : typeof year === 'number'
          ? t('scenario.path.row', { row: year + 1 })
          : undefined;
    return when === undefined
      ? t('editor.region.populationCell', { region, cell })
      : t('editor.region.populationCellWhen', { region, cell, when });
  }
  if (steps[0] === 'population' && steps[1] === 'regionShares') {
    return typeof steps[2] === 'string'
      ? t('editor.region.populationShare', { region: regionName(draft, steps[2]) })
      : t('editor.region.populationShares');
  }
  if (steps[0] === 'regions') {
    if (typeof steps[1] !== 'number') return t('editor.region.regions');
    const id = getAtPath(draft, `regions[${steps[1]}].id`);
    const name =
      typeof id === 'string'
        ? regionName(draft, id)
        : t('editor.region.numbered', { n: steps[1] + 1 });
    return steps[2] === 'id'
      ? t('editor.region.itemCode', { name })
      : steps[2] === 'name'
        ? t('editor.region.itemName', { name })
        : t('editor.region.item', { name });
  }
  const label = labelFor(path, draft, t);
  if (steps[0] === 'policies' && typeof steps[1] === 'number') {
    const p = getAtPath(draft, `policies[${steps[1]}].parameter`);
    if (p === MOBILITY_OUT) {
      return label.replace(t('scenario.policy.noLever'), t('editor.region.movingOut'));
    }
  }
  return label;
}
