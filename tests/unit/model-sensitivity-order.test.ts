/**
 * One sensitivity order (docs/engine.md, Summaries): |ρ| largest first, equal |ρ| by input
 * path in code-unit order. The result document and the tornado chart share it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankSensitivity } from '../../app/charts/sensitivity.ts';
import type { SensitivityEntry } from '../../model/result/result.ts';
import { simulate } from '../../model/projection/simulate.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import { bySensitivity } from '../../model/summaries/sensitivity-order.ts';
import { exampleJson } from '../helpers/scenarios.ts';

const entry = (input: string, rankCorrelation: number): SensitivityEntry => ({
  input,
  rankCorrelation,
});

describe('the sensitivity order', () => {
  it('breaks ties of |ρ| by path in code-unit order, whatever the sign', () => {
    // Code units put "B" before "b" and "0" before "]"; a locale's order puts them the
    // other way round.
    const list = [
      entry('professions[0].b', 0.4),
      entry('professions[10].x', -0.4),
      entry('professions[0].B', -0.4),
      entry('professions[1].x', 0.4),
      entry('professions[0].a', 0.9),
    ];
    expect([...list].sort(bySensitivity).map((e) => e.input)).toEqual([
      'professions[0].a',
      'professions[0].B',
      'professions[0].b',
      'professions[10].x',
      'professions[1].x',
    ]);
  });

  it('the chart shows the entries in the model’s order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            input: fc.string(),
            rankCorrelation: fc.constantFrom(-0.5, -0.25, 0, 0.25, 0.5, 1),
          }),
          { selector: (e) => e.input },
        ),
        (list) => {
          const { shown } = rankSensitivity(list, list.length);
          expect(shown).toEqual([...list].sort(bySensitivity));
        },
      ),
    );
  });

  it('the result document lists each profession’s inputs in that order', () => {
    const parsed = parseScenario(exampleJson('exampleland'));
    if (!parsed.ok) throw new Error(parsed.errors[0].message);
    const result = simulate(parsed.scenario, { runs: 200 });
    for (const p of result.professions) {
      expect(p.sensitivity.length).toBeGreaterThan(1);
      expect(p.sensitivity).toEqual([...p.sensitivity].sort(bySensitivity));
      expect(rankSensitivity(p.sensitivity, p.sensitivity.length).shown).toEqual(p.sensitivity);
    }
  });
});
