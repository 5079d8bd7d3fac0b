import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../app/data/examples/index.ts';
import { setAtPath } from '../../model/scenario/json-path.ts';
import { applyLever, makeLever } from '../../app/workshop/levers.ts';
import type { LeverKind } from '../../app/workshop/levers.ts';
import { snapshotTitle } from '../../app/workshop/compare.ts';
import { changeText, variantChanges } from '../../app/workshop/variant-words.ts';
import { en } from '../helpers/markup.ts';

const exampleland = () => EXAMPLES.find((e) => e.id === 'exampleland')!.document();
const minimal = () => EXAMPLES.find((e) => e.id === 'minimal')!.document();

/** `draft` with the lever `kind` of `professionId` at `value` (display units). */
function moved(draft: unknown, professionId: string, kind: LeverKind, value: number): unknown {
  const lever = makeLever({ professionId, kind }, draft);
  if (!lever) throw new Error(`no ${kind} lever`);
  return applyLever(lever, draft, value);
}

describe('what a variant changes, in words', () => {
  it('names each lever moved with its change from the baseline', () => {
    const base = minimal();
    const variant = moved(base, 'midwife', 'intake', 15);
    expect(variantChanges(base, variant, en)).toBe('training places +15 %');
    expect(snapshotTitle('A', en.t, { A: variantChanges(base, variant, en) })).toBe(
      'Variant A: training places +15 %',
    );
    expect(snapshotTitle('baseline', en.t, { A: 'x' })).toBe('Baseline');
  });

  it('gives years, people and percentage points with their units', () => {
    const base = exampleland();
    let v = moved(base, 'nurse', 'retirementMeanAge', 65);
    v = moved(v, 'nurse', 'attrition', 2);
    v = moved(v, 'nurse', 'immigration', 400);
    v = moved(v, 'nurse', 'trendEpidemiology', 0.6);
    expect(variantChanges(base, v, en)).toBe(
      'average retirement age +2 years, attrition \u22120.5 percentage points a year, ' +
        'immigration +100 people a year, demand trend: health needs +0.2 percentage points a year ' +
        '(Nurses)',
    );
  });

  it('names the profession of each change when the scenario has several', () => {
    const base = exampleland();
    let v = moved(base, 'nurse', 'intake', 20);
    v = moved(v, 'gp', 'fte', -10);
    expect(variantChanges(base, v, en)).toBe(
      'training places +20 % (Nurses); FTE per head \u221210 % (General practitioners)',
    );
  });

  it('says when nothing changed, and what no lever measures', () => {
    const base = exampleland();
    expect(variantChanges(base, structuredClone(base), en)).toBe('no change from the baseline');
    const edited = structuredClone(base);
    setAtPath(edited, 'professions[0].name', 'Registered nurses');
    expect(variantChanges(base, edited, en)).toBe('other edits');
    const both = moved(edited, 'nurse', 'intake', 5);
    expect(variantChanges(base, both, en)).toBe('training places +5 % (Nurses); other edits');
    // A lever moved and moved back is no change.
    const back = moved(moved(base, 'nurse', 'attrition', 4), 'nurse', 'attrition', 2.5);
    expect(variantChanges(base, back, en)).toBe('no change from the baseline');
  });

  it('ignores what is less than half a step of the lever', () => {
    const lever = makeLever({ professionId: 'nurse', kind: 'attrition' }, exampleland())!;
    expect(changeText(lever, 2.5, 2.52, en)).toBeNull();
    expect(changeText(lever, 2.5, 2.6, en)).toBe('+0.1 percentage points a year');
  });
});
