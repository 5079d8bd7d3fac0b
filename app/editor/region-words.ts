/**
 * Planner words for the paths of a scenario with regions, for the Problems list:
 * `professions[0].stock.rural.female[3]` → "Nurses › Workforce today: headcount in Rural,
 * women aged 23". Paths without a region step get the words of `labelFor` as they are.
 */
import { getAtPath, parsePath } from '../../model/scenario/json-path.ts';
import { MOBILITY_OUT } from '../../model/regions/types.ts';
import { labelFor, professionName } from '../scenario/labels.ts';
import { isRegionalDraft, PER_REGION_FIELDS, regionName } from './regions.ts';

function whole(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

function ageWords(draft: unknown, sex: unknown, k: unknown, agesPath: string): string {
  const who = sex === 'female' ? 'women' : sex === 'male' ? 'men' : String(sex);
  if (typeof k !== 'number') return who;
  const min = whole(getAtPath(draft, `${agesPath}.min`));
  return min === undefined ? `${who} in age row ${k + 1}` : `${who} aged ${min + k}`;
}

/** Words for a path under a profession with a region step; undefined for any other path. */
function professionWords(draft: unknown, path: string): string | undefined {
  const m = /^professions\[(\d+)\]\.(.*)$/.exec(path);
  if (!m) return undefined;
  const who = professionName(draft, Number(m[1]));
  const rest = parsePath(m[2]) ?? [];
  const name = (step: unknown) => (typeof step === 'string' ? regionName(draft, step) : '');
  const [a, b, c, d] = rest;
  if (a === 'stock' && typeof b === 'string') {
    const cell = c === undefined ? '' : `, ${ageWords(draft, c, d, 'ages')}`;
    return `${who} › Workforce today: headcount in ${name(b)}${cell}`;
  }
  if (a === 'mobility') {
    const from = typeof b === 'string' ? `: from ${name(b)}` : '';
    const to = typeof c === 'string' ? ` to ${name(c)}` : '';
    return `${who} › Moving between regions${from}${to}`;
  }
  if (a === 'training' && b === 'graduateDestinations') {
    const from =
      typeof c === 'string'
        ? `: graduates of ${name(c)}’s schools`
        : ': where graduates start work';
    const to = typeof d === 'string' ? `, working in ${name(d)}` : '';
    return `${who} › Training${from}${to}`;
  }
  if (a === 'immigration' && b === 'regionShares') {
    return `${who} › Migration: where immigrants settle${typeof c === 'string' ? `, ${name(c)}` : ''}`;
  }
  for (const f of PER_REGION_FIELDS) {
    const head = `${f}.`;
    if (!m[2].startsWith(head)) continue;
    const region = /^[^.[\]]+/.exec(m[2].slice(head.length))?.[0];
    if (region === undefined) continue;
    const without = `professions[${m[1]}].${f}${m[2].slice(head.length + region.length)}`;
    return `${labelFor(without, draft)} (${regionName(draft, region)})`;
  }
  return undefined;
}

/** Words for `path`, naming regions where the path has them. */
export function regionalLabel(path: string, draft: unknown): string {
  if (!isRegionalDraft(draft)) return labelFor(path, draft);
  const words = professionWords(draft, path);
  if (words !== undefined) return words;
  const steps = parsePath(path) ?? [];
  if (steps[0] === 'population' && steps[1] === 'regions' && typeof steps[2] === 'string') {
    const where = `Population of ${regionName(draft, steps[2])}`;
    const [, , , sex, year, age] = steps;
    if (sex === undefined) return where;
    const y =
      typeof year === 'number' ? whole(getAtPath(draft, `population.years[${year}]`)) : undefined;
    const when = y !== undefined ? `, ${y}` : typeof year === 'number' ? `, row ${year + 1}` : '';
    return `${where}: ${ageWords(draft, sex, age, 'population.ages')}${when}`;
  }
  if (steps[0] === 'population' && steps[1] === 'regionShares') {
    return typeof steps[2] === 'string'
      ? `Population: share of ${regionName(draft, steps[2])}`
      : 'Population: the shares of the regions';
  }
  if (steps[0] === 'regions') {
    if (typeof steps[1] !== 'number') return 'Regions';
    const id = getAtPath(draft, `regions[${steps[1]}].id`);
    const name = typeof id === 'string' ? regionName(draft, id) : `Region ${steps[1] + 1}`;
    const part = steps[2] === 'id' ? ', code' : steps[2] === 'name' ? ', name' : '';
    return `Regions: ${name}${part}`;
  }
  const label = labelFor(path, draft);
  if (steps[0] === 'policies' && typeof steps[1] === 'number') {
    const p = getAtPath(draft, `policies[${steps[1]}].parameter`);
    if (p === MOBILITY_OUT) return label.replace('no lever chosen', 'moving out');
  }
  return label;
}
