/**
 * Distributions (MODEL.md "Distributions"): the five forms, their parameters and shape
 * rules, and the domain of each kind of field (probability, count, rate, age, relative).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORM_PARAMS } from '../../app/editor/dist-forms.ts';
import { formatIssue, parseScenario } from '../../model/scenario/parse.ts';
import { withValueAt } from '../../model/scenario/json-path.ts';

const minimal: unknown = JSON.parse(
  readFileSync(new URL('../../app/data/examples/minimal.json', import.meta.url), 'utf8'),
);
const exampleland: unknown = JSON.parse(
  readFileSync(new URL('../../app/data/examples/exampleland.json', import.meta.url), 'utf8'),
);

function set(doc: unknown, path: string, value: unknown): unknown {
  const out = withValueAt(doc, path, value);
  if (out === undefined) throw new Error(`cannot set ${path}`);
  return out;
}

function parse(doc: unknown) {
  const r = parseScenario(doc);
  return { r, errors: r.ok ? [] : r.errors, warnings: r.warnings };
}

function expectError(doc: unknown, path: string, message: string): void {
  const { r, errors } = parse(doc);
  expect(r.ok).toBe(false);
  const here = errors.filter((e) => e.path === path).map((e) => e.message);
  expect(here.join(' | '), `errors were:\n${errors.map(formatIssue).join('\n')}`).toContain(
    message,
  );
}

const A = 'professions[0].exits.attrition';
const I = 'professions[0].training.intake';
const T = 'professions[0].fteTrend';
const R = 'professions[0].exits.retirement.meanAge';

describe('the forms of a distribution', () => {
  it.each([
    [
      'a text',
      A,
      '0.02',
      A,
      'must be a plain number or a distribution (uniform, triangular, pert, normal or lognormal) (got "0.02")',
    ],
    [
      'no "dist" field',
      A,
      { min: 0, max: 0.1 },
      A,
      'a distribution needs a "dist" field: one of uniform, triangular, pert, normal, lognormal',
    ],
    [
      'an unknown form',
      A,
      { dist: 'unifrm', min: 0, max: 0.1 },
      `${A}.dist`,
      'unknown distribution "unifrm"; use one of uniform, triangular, pert, normal, lognormal',
    ],
    [
      'a missing parameter',
      A,
      { dist: 'uniform', min: 0 },
      `${A}.max`,
      'is missing; a uniform distribution needs lowest (min) and highest (max)',
    ],
    [
      'a parameter that is not a number',
      I,
      { dist: 'triangular', min: 1, mode: '2', max: 3 },
      `${I}.mode`,
      'must be a number (got "2")',
    ],
    [
      'uniform with min > max',
      A,
      { dist: 'uniform', min: 0.3, max: 0.1 },
      A,
      'the lowest value must not be greater than the highest (got lowest 0.3, highest 0.1)',
    ],
    [
      'triangular with the mode outside',
      I,
      { dist: 'triangular', min: 1, mode: 5, max: 4 },
      I,
      'lowest ≤ most likely ≤ highest (got lowest 1, most likely 5, highest 4)',
    ],
    [
      'pert with the mode outside',
      I,
      { dist: 'pert', min: 10, mode: 5, max: 40 },
      I,
      'lowest ≤ most likely ≤ highest (got lowest 10, most likely 5, highest 40)',
    ],
    [
      'normal with sd 0',
      I,
      { dist: 'normal', mean: 100, sd: 0 },
      `${I}.sd`,
      'the standard deviation must be greater than 0 (got 0)',
    ],
    [
      'normal with min > max',
      I,
      { dist: 'normal', mean: 100, sd: 5, min: 120, max: 80 },
      I,
      'the lower bound must not be greater than the upper bound (got lower bound 120, upper bound 80)',
    ],
    [
      'lognormal with median 0',
      I,
      { dist: 'lognormal', median: 0, gsd: 1.5 },
      `${I}.median`,
      'the median must be greater than 0 (got 0)',
    ],
    [
      'lognormal with gsd 1',
      I,
      { dist: 'lognormal', median: 100, gsd: 1 },
      `${I}.gsd`,
      'the geometric standard deviation must be greater than 1 (got 1)',
    ],
    [
      'resample other than yearly',
      A,
      { dist: 'uniform', min: 0, max: 0.1, resample: 'run' },
      `${A}.resample`,
      'must be "yearly" or left out (got "run")',
    ],
  ])('%s is an error', (_name, at, value, path, message) =>
    expectError(set(minimal, at, value), path, message),
  );

  it('each of the five forms is accepted and copied with its parameters', () => {
    const forms = [
      { dist: 'uniform', min: 100, max: 120 },
      { dist: 'triangular', min: 100, mode: 110, max: 120, resample: 'yearly' },
      { dist: 'pert', min: 100, mode: 110, max: 120 },
      { dist: 'normal', mean: 110, sd: 5, min: 100 },
      { dist: 'lognormal', median: 110, gsd: 1.2 },
    ];
    for (const form of forms) {
      const { r } = parse(set(minimal, I, form));
      expect(r.ok && r.scenario.professions[0].training!.intake).toStrictEqual(form);
    }
  });

  it('a field of another form is warned about and dropped', () => {
    const { r } = parse(set(minimal, I, { dist: 'uniform', min: 100, max: 120, mode: 110 }));
    expect(r.warnings).toMatchObject([{ path: I, message: 'unknown field "mode" is ignored' }]);
    expect(r.ok && r.scenario.professions[0].training!.intake).toStrictEqual({
      dist: 'uniform',
      min: 100,
      max: 120,
    });
  });
});

/** A form's label as a word of a sentence: "Lower bound (optional)" → "lower bound". */
const formWord = (label: string): string => label.replace(/ \(.*\)$/, '').toLowerCase();

/** The message without what stands in parentheses (the JSON names may stand there). */
const outsideParentheses = (m: string): string => m.replace(/\([^)]*\)/g, '');

describe('shape messages in the words of the distribution editor', () => {
  it('name every missing parameter as the form labels it, with its JSON name after', () => {
    for (const [form, params] of Object.entries(FORM_PARAMS)) {
      for (const p of params.filter((q) => !q.optional)) {
        const dist: Record<string, unknown> = { dist: form, min: 1, mode: 2, max: 3 };
        Object.assign(dist, { mean: 2, sd: 1, median: 2, gsd: 1.5 });
        for (const q of ['min', 'mode', 'max', 'mean', 'sd', 'median', 'gsd']) {
          if (!params.some((x) => x.key === q)) delete dist[q];
        }
        delete dist[p.key];
        const { errors } = parse(set(minimal, I, dist));
        const message = errors.find((e) => e.path === `${I}.${p.key}`)?.message ?? '';
        const required = params.filter((q) => !q.optional);
        for (const q of required) expect(message).toContain(`${formWord(q.label)} (${q.key})`);
        expect(outsideParentheses(message)).not.toMatch(/\b(min|mode|max|sd|gsd)\b/);
      }
    }
  });

  it('say lowest ≤ most likely ≤ highest, as the form does, for any order that breaks it', () => {
    const labels = FORM_PARAMS.pert.map((p) => formWord(p.label));
    expect(labels).toEqual(['lowest', 'most likely', 'highest']);
    fc.assert(
      fc.property(
        fc.constantFrom('triangular', 'pert'),
        fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 })),
        fc.integer({ min: 0, max: 500 }),
        (form, [a, b], c) => {
          fc.pre(!(a <= b && b <= c));
          const { errors } = parse(set(minimal, I, { dist: form, min: a, mode: b, max: c }));
          expect(errors.map((e) => e.message)).toContain(
            `the values must satisfy ${labels.join(' ≤ ')} (got lowest ${a}, most likely ${b}, highest ${c})`,
          );
        },
      ),
    );
  });

  it('call the bounds of a uniform lowest and highest, of a normal lower and upper bound', () => {
    const uniform = FORM_PARAMS.uniform.map((p) => formWord(p.label));
    const normal = FORM_PARAMS.normal.filter((p) => p.optional).map((p) => formWord(p.label));
    expect(uniform).toEqual(['lowest', 'highest']);
    expect(normal).toEqual(['lower bound', 'upper bound']);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 500 }), (lo, d) => {
        const hi = lo + d;
        const u = parse(set(minimal, I, { dist: 'uniform', min: hi, max: lo })).errors;
        expect(u.map((e) => e.message)).toContain(
          `the ${uniform[0]} value must not be greater than the ${uniform[1]} (got lowest ${hi}, highest ${lo})`,
        );
        const n = parse(set(minimal, I, { dist: 'normal', mean: lo, sd: 1, min: hi, max: lo }));
        expect(n.errors.map((e) => e.message)).toContain(
          `the ${normal[0]} must not be greater than the ${normal[1]} (got lower bound ${hi}, upper bound ${lo})`,
        );
      }),
    );
  });
});

describe('domains', () => {
  it.each([
    [
      'probability: a fixed value above 1',
      A,
      1.4,
      A,
      'probability must be between 0 and 1 (got 1.4)',
    ],
    [
      'probability: a fixed value below 0',
      A,
      -0.01,
      A,
      'probability must be between 0 and 1 (got -0.01)',
    ],
    [
      'probability: uniform max',
      A,
      { dist: 'uniform', min: 0, max: 1.2 },
      `${A}.max`,
      'probability must be between 0 and 1 (got 1.2)',
    ],
    [
      'probability: pert min',
      A,
      { dist: 'pert', min: -0.1, mode: 0, max: 0.1 },
      `${A}.min`,
      'probability must be between 0 and 1 (got -0.1)',
    ],
    [
      'probability: normal mean',
      A,
      { dist: 'normal', mean: 1.5, sd: 0.1 },
      `${A}.mean`,
      'probability must be between 0 and 1 (got 1.5)',
    ],
    [
      'probability: normal bound',
      A,
      { dist: 'normal', mean: 0.5, sd: 0.1, max: 1.1 },
      `${A}.max`,
      'probability must be between 0 and 1 (got 1.1)',
    ],
    [
      'probability: lognormal median',
      A,
      { dist: 'lognormal', median: 2, gsd: 1.1 },
      `${A}.median`,
      'probability must be between 0 and 1 (got 2)',
    ],
    ['count: a fixed value', I, -5, I, 'cannot be negative (got -5)'],
    [
      'count: triangular min',
      I,
      { dist: 'triangular', min: -1, mode: 10, max: 20 },
      `${I}.min`,
      'cannot be negative (got -1)',
    ],
    [
      'count: normal mean',
      I,
      { dist: 'normal', mean: -1, sd: 5 },
      `${I}.mean`,
      'cannot be negative (got -1)',
    ],
    [
      'count: normal min',
      I,
      { dist: 'normal', mean: 100, sd: 5, min: -10 },
      `${I}.min`,
      'cannot be negative (got -10)',
    ],
    [
      'rate: a fixed value of -1',
      T,
      -1,
      T,
      'a yearly rate of change must be greater than -1 (a fall of 100%) (got -1)',
    ],
    [
      'rate: uniform min',
      T,
      { dist: 'uniform', min: -2, max: 0 },
      `${T}.min`,
      'greater than -1 (a fall of 100%) (got -2)',
    ],
    ['rate: normal mean', T, { dist: 'normal', mean: -1.1, sd: 0.1 }, `${T}.mean`, '(got -1.1)'],
    ['age: a fixed value', R, 130, R, 'an age must be between 0 and 120 (got 130)'],
    [
      'age: uniform max',
      R,
      { dist: 'uniform', min: 60, max: 121 },
      `${R}.max`,
      'an age must be between 0 and 120 (got 121)',
    ],
    ['age: normal mean', R, { dist: 'normal', mean: -1, sd: 2 }, `${R}.mean`, '(got -1)'],
    [
      'age: lognormal median',
      R,
      { dist: 'lognormal', median: 150, gsd: 1.1 },
      `${R}.median`,
      '(got 150)',
    ],
  ])('%s', (_name, at, value, path, message) =>
    expectError(set(minimal, at, value), path, message),
  );

  it.each([
    ['a lognormal count is always fine', I, { dist: 'lognormal', median: 5000, gsd: 3 }],
    ['a rate may fall just short of -100%', T, -0.99],
    ['a probability may be exactly 0 or 1', A, { dist: 'uniform', min: 0, max: 1 }],
    [
      'a normal count with its mean and bounds ≥ 0 is fine',
      I,
      { dist: 'normal', mean: 0, sd: 50, min: 0 },
    ],
  ])('%s', (_name, at, value) => {
    expect(parse(set(minimal, at, value)).errors).toEqual([]);
  });

  it('a relative policy change may switch a parameter off (-1) but not go below', () => {
    const V = 'policies[1].value';
    expect(parse(set(exampleland, V, -1)).errors).toEqual([]);
    expectError(
      set(exampleland, V, -1.5),
      V,
      'a relative change cannot be below -1 (-1 already switches the parameter off) (got -1.5)',
    );
    expectError(
      set(exampleland, V, { dist: 'uniform', min: -1.2, max: 0 }),
      `${V}.min`,
      'cannot be below -1',
    );
  });

  it('an absolute policy change may take any finite value', () => {
    const doc = set(set(exampleland, 'policies[0].kind', 'absolute'), 'policies[0].value', -500);
    expect(parse(doc).errors).toEqual([]);
  });
});
