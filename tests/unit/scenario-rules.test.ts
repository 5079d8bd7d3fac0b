/**
 * One test per rule of the scenario format (docs/scenario-format.md): each breaks one rule
 * of a valid example and expects an error at the exact path with a telling message.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue, parseScenario } from '../../model/scenario/parse.ts';
import { withValueAt, withoutValueAt } from '../../model/scenario/json-path.ts';

const load = (name: string): unknown =>
  JSON.parse(
    readFileSync(new URL(`../../app/data/examples/${name}.json`, import.meta.url), 'utf8'),
  );
const minimal = load('minimal');
const exampleland = load('exampleland');

function set(doc: unknown, path: string, value: unknown): unknown {
  const out = withValueAt(doc, path, value);
  if (out === undefined) throw new Error(`cannot set ${path}`);
  return out;
}
function del(doc: unknown, path: string): unknown {
  const out = withoutValueAt(doc, path);
  if (out === undefined) throw new Error(`cannot delete ${path}`);
  return out;
}

/** Asserts an error at exactly `path` whose message contains `message`. */
function expectError(doc: unknown, path: string, message: string): void {
  const r = parseScenario(doc);
  expect(r.ok).toBe(false);
  const errors = r.ok ? [] : r.errors;
  const here = errors.filter((e) => e.path === path).map((e) => e.message);
  expect(here.join(' | '), `errors were:\n${errors.map(formatIssue).join('\n')}`).toContain(
    message,
  );
}

interface Row {
  rule: string;
  doc: unknown;
  at: string;
  message: string;
}

const P = 'professions[0]';

describe('top-level fields', () => {
  const rows: Row[] = [
    {
      rule: 'the scenario is an object',
      doc: [1, 2],
      at: '',
      message: 'a scenario must be a JSON object',
    },
    {
      rule: 'schema is required',
      doc: del(minimal, 'schema'),
      at: 'schema',
      message: 'is missing',
    },
    {
      rule: 'a newer schema is named as such',
      doc: set(minimal, 'schema', 'hwf-scenario/2'),
      at: 'schema',
      message: 'made by a newer version of HWF Scenario Lab',
    },
    {
      rule: 'schema must be hwf-scenario/1',
      doc: set(minimal, 'schema', 'other/1'),
      at: 'schema',
      message: 'must be "hwf-scenario/1"',
    },
    {
      rule: 'name is a text',
      doc: set(minimal, 'name', 12),
      at: 'name',
      message: 'must be a text in quotes (got 12)',
    },
    {
      rule: 'description is a text',
      doc: set(minimal, 'description', ['x']),
      at: 'description',
      message: 'must be a text',
    },
    {
      rule: 'baseYear is a whole year',
      doc: set(minimal, 'baseYear', 2025.5),
      at: 'baseYear',
      message: 'must be a whole year between 1900 and 2200 (got 2025.5)',
    },
    {
      rule: 'baseYear from 1900',
      doc: set(minimal, 'baseYear', 1899),
      at: 'baseYear',
      message: 'between 1900 and 2200 (got 1899)',
    },
    {
      rule: 'baseYear to 2200',
      doc: set(minimal, 'baseYear', 2201),
      at: 'baseYear',
      message: '(got 2201)',
    },
    {
      rule: 'baseYear is required',
      doc: del(minimal, 'baseYear'),
      at: 'baseYear',
      message: 'is missing',
    },
    {
      rule: 'horizonYears at least 1',
      doc: set(minimal, 'horizonYears', 0),
      at: 'horizonYears',
      message: 'between 1 and 60 (got 0)',
    },
    {
      rule: 'horizonYears at most 60',
      doc: set(minimal, 'horizonYears', 61),
      at: 'horizonYears',
      message: 'between 1 and 60 (got 61)',
    },
    {
      rule: 'runs is a whole number',
      doc: set(minimal, 'simulation.runs', 2.5),
      at: 'simulation.runs',
      message: 'must be a whole number between 1 and 100 000 (got 2.5)',
    },
    {
      rule: 'runs at most 100 000',
      doc: set(minimal, 'simulation.runs', 100_001),
      at: 'simulation.runs',
      message: '(got 100001)',
    },
    {
      rule: 'runs at least 1',
      doc: set(minimal, 'simulation.runs', 0),
      at: 'simulation.runs',
      message: '(got 0)',
    },
    {
      rule: 'seed not negative',
      doc: set(minimal, 'simulation.seed', -1),
      at: 'simulation.seed',
      message: 'between 0 and 4 294 967 295 (got -1)',
    },
    {
      rule: 'seed fits 32 bits',
      doc: set(minimal, 'simulation.seed', 4_294_967_296),
      at: 'simulation.seed',
      message: '(got 4294967296)',
    },
    {
      rule: 'simulation is an object',
      doc: set(minimal, 'simulation', 5),
      at: 'simulation',
      message: 'must be an object with runs and seed',
    },
    {
      rule: 'ages.min at least 0',
      doc: set(minimal, 'ages.min', -1),
      at: 'ages.min',
      message: 'between 0 and 120 (got -1)',
    },
    {
      rule: 'ages.max at most 120',
      doc: set(minimal, 'ages.max', 121),
      at: 'ages.max',
      message: 'between 0 and 120 (got 121)',
    },
    {
      rule: 'ages.min below ages.max',
      doc: set(minimal, 'ages', { min: 30, max: 30 }),
      at: 'ages.max',
      message: 'must be greater than ages.min (30) (got 30)',
    },
    {
      rule: 'at most 80 single ages',
      doc: set(minimal, 'ages', { min: 0, max: 80 }),
      at: 'ages',
      message: 'the workforce ages 0–80 are 81 single years; at most 80 are allowed',
    },
  ];
  it.each(rows)('$rule', ({ doc, at, message }) => expectError(doc, at, message));
});

describe('the list of professions', () => {
  const one = (minimal as { professions: unknown[] }).professions[0] as Record<string, unknown>;
  const many = Array.from({ length: 31 }, (_, i) => ({ ...one, id: `p${i}` }));
  const rows: Row[] = [
    {
      rule: 'professions is a list',
      doc: set(minimal, 'professions', {}),
      at: 'professions',
      message: 'must be a list of 1 to 30 professions',
    },
    {
      rule: 'at least one profession',
      doc: set(minimal, 'professions', []),
      at: 'professions',
      message: 'must list at least one profession',
    },
    {
      rule: 'at most 30 professions',
      doc: set(minimal, 'professions', many),
      at: 'professions',
      message: 'at most 30 professions are allowed (got 31)',
    },
    {
      rule: 'an id is required',
      doc: del(minimal, `${P}.id`),
      at: `${P}.id`,
      message: 'is missing',
    },
    {
      rule: 'an id is not empty',
      doc: set(minimal, `${P}.id`, ' '),
      at: `${P}.id`,
      message: 'must be a short non-empty text',
    },
    {
      rule: 'ids are unique (both indices named)',
      doc: set(exampleland, 'professions[1].id', 'nurse'),
      at: 'professions[1].id',
      message: '"nurse" is used by both professions[0] and professions[1]',
    },
    {
      rule: 'a profession is an object',
      doc: set(minimal, P, 'midwife'),
      at: P,
      message: 'must be an object describing one profession',
    },
  ];
  it.each(rows)('$rule', ({ doc, at, message }) => expectError(doc, at, message));
});

describe('a profession', () => {
  const rows: Row[] = [
    {
      rule: 'stock has one value per workforce age',
      doc: set(minimal, `${P}.stock.female`, new Array(45).fill(1)),
      at: `${P}.stock.female`,
      message: 'must have 46 values, one per age 25–70 (got 45)',
    },
    {
      rule: 'headcount is not negative',
      doc: set(minimal, `${P}.stock.male[3]`, -3),
      at: `${P}.stock.male[3]`,
      message: 'headcount cannot be negative (got -3)',
    },
    {
      rule: 'headcount is a number',
      doc: set(minimal, `${P}.stock.female[0]`, '40'),
      at: `${P}.stock.female[0]`,
      message: 'headcount must be a number (got "40")',
    },
    {
      rule: 'stock is required',
      doc: del(minimal, `${P}.stock`),
      at: `${P}.stock`,
      message: 'is missing',
    },
    {
      rule: 'stock.male is required',
      doc: del(minimal, `${P}.stock.male`),
      at: `${P}.stock.male`,
      message: 'is missing; it must be a list of 46 values',
    },
    {
      rule: 'fte as one number is not negative',
      doc: set(minimal, `${P}.fte`, -0.1),
      at: `${P}.fte`,
      message: 'FTE per head cannot be negative (got -0.1)',
    },
    {
      rule: 'fte is a number or by age',
      doc: set(minimal, `${P}.fte`, 'full'),
      at: `${P}.fte`,
      message: 'must be one number of FTE per head',
    },
    {
      rule: 'fte by age has one value per age',
      doc: set(minimal, `${P}.fte`, { female: [1], male: new Array(46).fill(1) }),
      at: `${P}.fte.female`,
      message: 'must have 46 values, one per age 25–70 (got 1)',
    },
    {
      rule: 'fte by age is not negative',
      doc: set(exampleland, `${P}.fte.male[2]`, -1),
      at: `${P}.fte.male[2]`,
      message: 'FTE per head cannot be negative (got -1)',
    },
    {
      rule: 'fteTrend is a rate',
      doc: set(minimal, `${P}.fteTrend`, -1),
      at: `${P}.fteTrend`,
      message: 'greater than -1',
    },
    {
      rule: 'training.intake is a count',
      doc: set(minimal, `${P}.training.intake`, -5),
      at: `${P}.training.intake`,
      message: 'cannot be negative (got -5)',
    },
    {
      rule: 'training.durationYears at least 1',
      doc: set(minimal, `${P}.training.durationYears`, 0),
      at: `${P}.training.durationYears`,
      message: 'must be a whole number of years between 1 and 20 (got 0)',
    },
    {
      rule: 'training.durationYears at most 20',
      doc: set(minimal, `${P}.training.durationYears`, 21),
      at: `${P}.training.durationYears`,
      message: '(got 21)',
    },
    {
      rule: 'training.durationYears is whole',
      doc: set(minimal, `${P}.training.durationYears`, 2.5),
      at: `${P}.training.durationYears`,
      message: '(got 2.5)',
    },
    {
      rule: 'training.completion is a probability',
      doc: set(minimal, `${P}.training.completion`, 1.2),
      at: `${P}.training.completion`,
      message: 'probability must be between 0 and 1 (got 1.2)',
    },
    {
      rule: 'training.entryRate is a probability',
      doc: set(minimal, `${P}.training.entryRate`, -0.1),
      at: `${P}.training.entryRate`,
      message: 'probability must be between 0 and 1 (got -0.1)',
    },
    {
      rule: 'pipeline has one number per study year',
      doc: set(minimal, `${P}.training.pipeline`, [100, 90]),
      at: `${P}.training.pipeline`,
      message: 'pipeline must list one number per study year (3), got 2',
    },
    {
      rule: 'pipeline values are not negative',
      doc: set(minimal, `${P}.training.pipeline`, [100, -1, 80]),
      at: `${P}.training.pipeline[1]`,
      message: 'cannot be negative (got -1)',
    },
    {
      rule: 'pipeline is a list',
      doc: set(minimal, `${P}.training.pipeline`, 100),
      at: `${P}.training.pipeline`,
      message: 'pipeline must list one number per study year (3)',
    },
    {
      rule: 'entrants femaleShare within 0..1',
      doc: set(minimal, `${P}.training.entrants.femaleShare`, 1.2),
      at: `${P}.training.entrants.femaleShare`,
      message: 'must be a share between 0 and 1 (got 1.2)',
    },
    {
      rule: 'entrants ageMean is a number',
      doc: set(minimal, `${P}.training.entrants.ageMean`, 'young'),
      at: `${P}.training.entrants.ageMean`,
      message: 'must be an age in years (got "young")',
    },
    {
      rule: 'entrants ageSd greater than 0',
      doc: set(minimal, `${P}.training.entrants.ageSd`, 0),
      at: `${P}.training.entrants.ageSd`,
      message: 'greater than 0 (got 0)',
    },
    {
      rule: 'graduates reach the workforce ages',
      doc: set(minimal, `${P}.training.entrants.ageMean`, 12),
      at: `${P}.training.entrants`,
      message: 'entrants aged about 12 fall outside the workforce ages 25–70',
    },
    {
      rule: 'immigrants reach the workforce ages',
      doc: set(minimal, `${P}.immigration.entrants`, { femaleShare: 0.5, ageMean: 95, ageSd: 2 }),
      at: `${P}.immigration.entrants`,
      message: 'entrants aged about 95 fall outside the workforce ages 25–70',
    },
    {
      rule: 'immigration.perYear is a count',
      doc: set(minimal, `${P}.immigration.perYear`, -1),
      at: `${P}.immigration.perYear`,
      message: 'cannot be negative (got -1)',
    },
    {
      rule: 'exits.attrition is a probability',
      doc: set(minimal, `${P}.exits.attrition`, 1.4),
      at: `${P}.exits.attrition`,
      message: 'probability must be between 0 and 1 (got 1.4)',
    },
    {
      rule: 'exits.emigration is a probability',
      doc: set(minimal, `${P}.exits.emigration`, 2),
      at: `${P}.exits.emigration`,
      message: 'probability must be between 0 and 1 (got 2)',
    },
    {
      rule: 'retirement.meanAge is an age',
      doc: set(minimal, `${P}.exits.retirement.meanAge`, 130),
      at: `${P}.exits.retirement.meanAge`,
      message: 'an age must be between 0 and 120 (got 130)',
    },
    {
      rule: 'retirement.sd greater than 0',
      doc: set(minimal, `${P}.exits.retirement.sd`, 0),
      at: `${P}.exits.retirement.sd`,
      message: 'greater than 0 (got 0)',
    },
    {
      rule: 'exits, when given, is an object (left out: none)',
      doc: set(minimal, `${P}.exits`, 'none'),
      at: `${P}.exits`,
      message: 'must be an object with attrition, emigration and retirement (each may be left out)',
    },
  ];
  it.each(rows)('$rule', ({ doc, at, message }) => expectError(doc, at, message));

  it('the full message reads as MODEL.md §5 shows it', () => {
    const doc = set(exampleland, 'professions[1].exits.attrition', 1.4);
    const r = parseScenario(doc);
    expect(r.ok ? [] : r.errors.map(formatIssue)).toEqual([
      'professions[1].exits.attrition: probability must be between 0 and 1 (got 1.4)',
    ]);
  });
});

describe('demand', () => {
  const D = `${P}.demand`;
  const G = 'professions[1].demand';
  const rows: Row[] = [
    {
      rule: 'method is utilisation or ratio',
      doc: set(minimal, `${D}.method`, 'need'),
      at: `${D}.method`,
      message: 'must be one of "utilisation", "ratio" (got "need")',
    },
    {
      rule: 'method is required',
      doc: del(minimal, `${D}.method`),
      at: `${D}.method`,
      message: 'is missing',
    },
    {
      rule: 'baseFte is a count',
      doc: set(minimal, `${D}.baseFte`, -5),
      at: `${D}.baseFte`,
      message: 'cannot be negative (got -5)',
    },
    {
      rule: 'unmet is required',
      doc: del(minimal, `${D}.unmet`),
      at: `${D}.unmet`,
      message: 'is missing',
    },
    {
      rule: 'unmet is a rate',
      doc: set(minimal, `${D}.unmet`, -1.5),
      at: `${D}.unmet`,
      message: 'greater than -1',
    },
    {
      rule: 'utilisation has one value per population age',
      doc: set(exampleland, `${D}.utilisation.female`, [1, 1]),
      at: `${D}.utilisation.female`,
      message: 'must have 101 values, one per population age 0–100 (got 2)',
    },
    {
      rule: 'utilisation is not negative',
      doc: set(exampleland, `${D}.utilisation.male[7]`, -0.5),
      at: `${D}.utilisation.male[7]`,
      message: 'utilisation cannot be negative (got -0.5)',
    },
    {
      rule: 'utilisation gives some use in the base year',
      doc: set(exampleland, `${D}.utilisation`, {
        female: new Array(101).fill(0),
        male: new Array(101).fill(0),
      }),
      at: `${D}.utilisation`,
      message: 'gives no use at all in the base year 2025',
    },
    {
      rule: 'trends are the four known ones',
      doc: set(minimal, `${D}.trends.demography`, 0.01),
      at: `${D}.trends.demography`,
      message:
        'unknown trend "demography"; the trends are epidemiology, sociocultural, technology and efficiency',
    },
    {
      rule: 'a trend is a rate',
      doc: set(minimal, `${D}.trends.technology`, -2),
      at: `${D}.trends.technology`,
      message: 'greater than -1',
    },
    {
      rule: 'trends is an object',
      doc: set(minimal, `${D}.trends`, [0.01]),
      at: `${D}.trends`,
      message: 'must be an object with any of epidemiology',
    },
    {
      rule: 'the ratio method needs a population',
      doc: set(set(minimal, `${D}.method`, 'ratio'), `${D}.ratio`, {
        targetPer1000: 1,
        targetYear: 2030,
      }),
      at: `${D}.method`,
      message: 'the "ratio" method needs a population',
    },
    {
      rule: 'the ratio method needs ratio',
      doc: del(exampleland, `${G}.ratio`),
      at: `${G}.ratio`,
      message: 'is missing',
    },
    {
      rule: 'ratio.targetYear after the base year',
      doc: set(exampleland, `${G}.ratio.targetYear`, 2025),
      at: `${G}.ratio.targetYear`,
      message: 'must be a year after the base year 2025 (got 2025)',
    },
    {
      rule: 'ratio.targetYear is a whole year',
      doc: set(exampleland, `${G}.ratio.targetYear`, 'soon'),
      at: `${G}.ratio.targetYear`,
      message: 'must be a whole year (got "soon")',
    },
    {
      rule: 'ratio.targetPer1000 is a count',
      doc: set(exampleland, `${G}.ratio.targetPer1000`, -2),
      at: `${G}.ratio.targetPer1000`,
      message: 'cannot be negative (got -2)',
    },
  ];
  it.each(rows)('$rule', ({ doc, at, message }) => expectError(doc, at, message));
});

describe('analysis years', () => {
  const rows: Row[] = [
    {
      rule: 'targetYear within the projection',
      doc: set(exampleland, 'analysis.targetYear', 2046),
      at: 'analysis.targetYear',
      message: 'must be a whole year between 2025 and 2045 (got 2046)',
    },
    {
      rule: 'targetYear not before the base year',
      doc: set(exampleland, 'analysis.targetYear', 2024),
      at: 'analysis.targetYear',
      message: '(got 2024)',
    },
    {
      rule: 'intakeFromYear after the base year',
      doc: set(exampleland, 'analysis.intakeFromYear', 2025),
      at: 'analysis.intakeFromYear',
      message: 'must be a whole year between 2026 and 2040 (got 2025)',
    },
    {
      rule: 'intakeFromYear not after targetYear',
      doc: set(exampleland, 'analysis.intakeFromYear', 2041),
      at: 'analysis.intakeFromYear',
      message: '(got 2041)',
    },
    {
      rule: 'analysis is an object',
      doc: set(exampleland, 'analysis', 2040),
      at: 'analysis',
      message: 'must be an object with targetYear and intakeFromYear',
    },
  ];
  it.each(rows)('$rule', ({ doc, at, message }) => expectError(doc, at, message));
});
