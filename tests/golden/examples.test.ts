/**
 * Golden results of the built-in examples (seeded, rounded to 6 significant digits).
 * A change in any number fails this test; when the change is intended, regenerate with
 * `npm run golden:update` and review the diff of tests/golden/*.json.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../model/scenario/parse.ts';
import { simulate } from '../../model/projection/simulate.ts';
import { EXAMPLES, exampleJson } from '../helpers/scenarios.ts';

const UPDATE = process.env.UPDATE_GOLDEN === '1';

function rounded(value: unknown): unknown {
  if (typeof value === 'number')
    return Number.isInteger(value) ? value : Number(value.toPrecision(6));
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

describe.each(EXAMPLES)('golden result of the %s example', (name) => {
  it.each([
    ['monte-carlo', false],
    ['deterministic', true],
  ] as const)('%s', (mode, deterministic) => {
    const parsed = parseScenario(exampleJson(name));
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
    const result = rounded(simulate(parsed.scenario, { deterministic }));
    const file = new URL(`./${name}.${mode}.json`, import.meta.url);
    if (UPDATE) writeFileSync(file, JSON.stringify(result, null, 1) + '\n');
    expect(
      existsSync(file),
      `missing golden file ${file.pathname}: run npm run golden:update`,
    ).toBe(true);
    expect(result).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
