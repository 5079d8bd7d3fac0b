/**
 * The report's words: every parameter of the catalog of every example's professions in
 * words with its value or range, the policies, task shifting and crises as sentences, where
 * the population comes from, and the data credit exactly when a shipped data set is used.
 */
import { describe, expect, it } from 'vitest';
import { PARAMETER_KEYS, PARAMETERS } from '../../model/catalog.ts';
import { getAtPath } from '../../model/scenario/json-path.ts';
import { formatIssue, parseScenario } from '../../model/scenario/parse.ts';
import type { DistSpec, Scenario } from '../../model/scenario/types.ts';
import {
  WPP2019_ATTRIBUTION,
  WPP2019_LICENCE,
  datasetInfo,
} from '../../app/data/population/catalog.ts';
import {
  assumptionsText,
  dataCredit,
  distWords,
  plainNumbers,
  reportAssumptions,
} from '../../app/report/report-text.ts';
import { PARAMETER_HELP } from '../../app/scenario/labels.ts';
import { createFormats } from '../../app/format.ts';
import { EXAMPLES, exampleJson } from '../helpers/scenarios.ts';

const LOCALE = 'en-GB';
const n = plainNumbers(LOCALE);
const words = createFormats(LOCALE);
const { t } = words;

function example(name: (typeof EXAMPLES)[number]): Scenario {
  const parsed = parseScenario(exampleJson(name));
  if (!parsed.ok) throw new Error(parsed.errors.map(formatIssue).join('\n'));
  return parsed.scenario;
}

/** The example with a shipped country's population in place of its own. */
function withCountry(s: Scenario, dataset = 'wpp2019-it'): Scenario {
  return { ...s, population: { dataset } };
}

const RANGE_FIELDS = ['min', 'mode', 'max', 'mean', 'sd', 'median', 'gsd'] as const;

describe('the assumptions of every example', () => {
  for (const name of EXAMPLES) {
    it(`${name}: every catalog parameter of every profession, in words, with its range`, () => {
      const s = example(name);
      const a = reportAssumptions(s, words);
      expect(a.professions.map((p) => p.name)).toEqual(s.professions.map((p) => p.name));
      a.professions.forEach((assumed, i) => {
        const profession = s.professions[i];
        for (const key of PARAMETER_KEYS) {
          const rows = assumed.rows.filter((r) => r.key === key);
          expect(rows, `${profession.name}: ${key}`).toHaveLength(1);
          const [row] = rows;
          expect(row.label).toBe(PARAMETER_HELP[key].label);
          expect(row.unit).toBe(PARAMETER_HELP[key].unit);
          expect(row.value.trim()).not.toBe('');
          const value = getAtPath(profession, PARAMETERS[key].path);
          if (typeof value === 'number') {
            expect(row.value, `${profession.name}: ${key}`).toContain(n(value));
          } else if (value !== null && typeof value === 'object' && 'dist' in value) {
            // The form and every number that shapes the range.
            const spec = value as DistSpec;
            expect(row.value).toMatch(new RegExp(`^${spec.dist}`, 'i'));
            for (const field of RANGE_FIELDS) {
              const x = (spec as unknown as Record<string, unknown>)[field];
              if (typeof x === 'number') expect(row.value, `${key}.${field}`).toContain(n(x));
            }
          }
        }
      });
    });
  }

  it('writes the ranges of Exampleland as the editor summarises them', () => {
    const a = reportAssumptions(example('exampleland'), words);
    const value = (who: string, key: string) =>
      a.professions.find((p) => p.name === who)?.rows.find((r) => r.key === key)?.value;
    expect(value('Nurses', 'attrition')).toBe('PERT 0.015 – 0.025 – 0.045');
    expect(value('Nurses', 'completion')).toBe('uniform 0.72 – 0.84');
    expect(value('Nurses', 'intake')).toBe('triangular 1,050 – 1,200 – 1,300');
    expect(value('Nurses', 'fteTrend')).toBe('normal, mean −0.004, sd 0.002');
    expect(value('Nurses', 'immigration')).toBe('lognormal, median 300, geometric sd 1.4');
    expect(value('Nurses', 'baseFte')).toBe('blank: today’s FTE supply');
    expect(value('Nurses', 'trendTechnology')).toBe('left out: no change');
    expect(value('Nurses', 'targetPer1000')).toMatch(/^not used/);
    expect(value('General practitioners', 'retirementMeanAge')).toBe('triangular 64 – 66 – 68');
    expect(value('General practitioners', 'targetPer1000')).toBe('uniform 2 – 2.4');
    expect(value('General practitioners', 'trendEfficiency')).toMatch(/^not used/);
    expect(value('Nurses', 'fte')).toBe('by age: women 0.82, men 0.93');
    expect(value('General practitioners', 'fte')).toBe('0.9 at every age');
  });

  it('says which ranges are drawn every year, and the bounds of a normal', () => {
    expect(distWords({ dist: 'uniform', min: 0.01, max: 0.03, resample: 'yearly' }, n, t)).toBe(
      'uniform 0.01 – 0.03, drawn every year',
    );
    expect(distWords({ dist: 'normal', mean: 63, sd: 1, min: 60, max: 67 }, n, t)).toBe(
      'normal, mean 63, sd 1, within 60 – 67',
    );
  });
});

describe('policies, task shifting and crises', () => {
  it('are sentences in a planner’s words', () => {
    const a = reportAssumptions(example('exampleland'), words);
    expect(a.policies).toEqual([
      'Nurses, training places: uniform +10% – +20% on today’s value, from 2027, in full from 2029.',
      'Nurses, attrition: −20% on today’s value, from 2026, in full from 2030.',
    ]);
    expect(a.substitution).toEqual([
      'From General practitioners to Nurses: uniform 0.05 – 0.12 of the demand moves, 1.3 FTE of Nurses for each FTE moved, from 2027, in full from 2032.',
    ]);
    expect(a.shocks).toEqual([
      'pandemic: a 3% chance each year; lasts 2 years; extra demand uniform 0.05 – 0.15; extra leavers uniform 0 – 0.02; hits every profession.',
    ]);
    const text = assumptionsText(a, t);
    for (const line of [...a.policies, ...a.substitution, ...a.shocks]) {
      expect(text).toContain(line);
    }
  });

  it('says "none" when a scenario has none', () => {
    const text = assumptionsText(reportAssumptions(example('minimal'), words), t);
    expect(text).toContain('Policies: none');
    expect(text).toContain('Task shifting: none');
    expect(text).toContain('Crises: none');
  });
});

describe('the population and its credit', () => {
  it('credits the UN whenever a shipped data set is used', () => {
    const s = withCountry(example('exampleland'));
    const a = reportAssumptions(s, words);
    expect(a.credit).not.toBeNull();
    expect(a.credit?.attribution).toBe(WPP2019_ATTRIBUTION);
    expect(a.credit?.licenceName).toBe('CC BY 3.0 IGO');
    expect(WPP2019_LICENCE).toContain(a.credit?.licenceName);
    expect(a.credit?.line).toBe(
      'Population: United Nations, DESA, Population Division, World Population Prospects 2019 (CC BY 3.0 IGO)',
    );
    const population = a.facts.find((f) => f.label === 'Population')?.value ?? '';
    expect(population).toContain('Italy');
    expect(population).toContain(WPP2019_ATTRIBUTION);
    expect(assumptionsText(a, t)).toContain(a.credit!.line);
    expect(dataCredit(withCountry(s, 'wpp2019-no'), t)?.attribution).toBe(
      datasetInfo('wpp2019-no')?.attribution,
    );
  });

  it('has no credit when the population is the scenario’s own or absent', () => {
    for (const s of [example('exampleland'), example('minimal')]) {
      const a = reportAssumptions(s, words);
      expect(a.credit).toBeNull();
      expect(assumptionsText(a, t)).not.toContain('World Population Prospects');
    }
    const own = reportAssumptions(example('exampleland'), words);
    expect(own.facts.find((f) => f.label === 'Population')?.value).toBe(
      'given in the scenario: ages 0–100, years 2025–2045',
    );
    const none = reportAssumptions(example('minimal'), words);
    expect(none.facts.find((f) => f.label === 'Population')?.value).toMatch(/^none/);
  });
});
