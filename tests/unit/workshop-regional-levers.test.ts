/**
 * Levers of a regional scenario (app/workshop/regional-levers.ts): the intake lever moves
 * every region's training places by the same percent; a lever of one region moves that
 * region's alone; the scenario stays valid wherever the levers are set.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { getAtPath } from '../../model/scenario/json-path.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import { pointOf } from '../../app/editor/dist-forms.ts';
import {
  applyLever,
  defaultLeverChoices,
  leverLabel,
  makeLever,
  readLever,
  type Lever,
} from '../../app/workshop/levers.ts';
import { englishT } from '../../app/i18n/translate.ts';

const regional = (): unknown =>
  JSON.parse(readFileSync('app/data/examples/exampleland-regions.json', 'utf8')) as unknown;
const REGIONS = ['capital', 'north', 'south', 'rural'];
const intakeOf = (draft: unknown, region: string) =>
  pointOf(getAtPath(draft, `professions[0].training.intake.${region}`))!;

function lever(region?: string): Lever {
  const l = makeLever({ professionId: 'nurse', kind: 'intake', region }, regional());
  if (!l) throw new Error('no intake lever');
  return l;
}

describe('levers of a regional scenario', () => {
  it('offers training places for the whole country, at the sum of the regions', () => {
    const l = lever();
    const sum = REGIONS.reduce((t, r) => t + intakeOf(regional(), r), 0);
    expect(l.ref).toBeCloseTo(sum, 9);
    expect(leverLabel(l, englishT)).toBe('Training places');
    expect(readLever(l, regional())).toBe(0);
    expect(defaultLeverChoices(regional(), 'nurse').map((c) => c.kind)).toContain('intake');
  });

  it('moves every region by the same percent with the national lever', () => {
    const draft = regional();
    const moved = applyLever(lever(), draft, 20);
    for (const r of REGIONS) {
      expect(intakeOf(moved, r)).toBeCloseTo(intakeOf(draft, r) * 1.2, 6);
    }
    expect(readLever(lever(), moved)).toBeCloseTo(20, 6);
  });

  it('moves one region alone with its own lever, named after it', () => {
    const l = lever('rural');
    expect(leverLabel(l, englishT)).toBe('Training places in Rural');
    expect(l.id).toBe('nurse:intake:rural');
    expect(l.path).toBe('professions[0].training.intake.rural');
    const draft = regional();
    const moved = applyLever(l, draft, 20);
    expect(intakeOf(moved, 'rural')).toBeCloseTo(intakeOf(draft, 'rural') * 1.2, 6);
    for (const r of REGIONS.filter((x) => x !== 'rural')) {
      expect(intakeOf(moved, r)).toBe(intakeOf(draft, r));
    }
  });

  it('has no lever for an unknown region, nor one of one region for a national input', () => {
    expect(makeLever({ professionId: 'nurse', kind: 'intake', region: 'west' }, regional())).toBe(
      null,
    );
    expect(
      makeLever({ professionId: 'nurse', kind: 'attrition', region: 'rural' }, regional()),
    ).toBe(null);
  });

  it('keeps the scenario valid wherever the levers are set (property)', () => {
    const levers = [lever(), lever('rural'), lever('capital')];
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.nat(levers.length - 1), fc.double({ min: -100, max: 200, noNaN: true })),
          {
            maxLength: 6,
          },
        ),
        (moves) => {
          let draft = regional();
          for (const [i, value] of moves) draft = applyLever(levers[i], draft, value) ?? draft;
          const parsed = parseScenario(draft);
          expect(parsed.ok ? [] : parsed.errors).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });
});
