/**
 * The summit's debrief figures (app/summit/debrief-figures.ts) on the reference engine's
 * results for Exampleland and its plan: target-year figures, plan against baseline, each
 * accepted proposal's step, the one that moved most, the drivers still uncertain; then the
 * change as typed (readChange) and the summit picture on the channel (readMessage).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { rankSensitivity } from '../../app/charts/sensitivity.ts';
import { createFormats } from '../../app/format.ts';
import { englishT } from '../../app/i18n/translate.ts';
import {
  movedMost,
  planRows,
  presentValue,
  stepEffects,
  targetFigures,
  uncertainties,
  type StepEffect,
} from '../../app/summit/debrief-figures.ts';
import { readChange } from '../../app/summit/proposal-form.tsx';
import { isSummitPicture, summitPicture } from '../../app/summit/summit-picture.ts';
import {
  CHANGE_UNITS,
  accepted,
  changeWords,
  decide,
  planDraft,
  planSteps,
  policyValue,
  proposalTitle,
  propose,
  startSummit,
  type Proposal,
  type ProposalPolicy,
  type SummitState,
} from '../../app/summit/summit.ts';
import { readMessage } from '../../app/workshop/sync.ts';
import { exampleDocument, runReference } from '../helpers/summit-fixture.ts';
import type { RegionalPolicyParameter as Lever } from '../../model/regions/types.ts';
import type { HwfResult } from '../../model/result/result.ts';

const example = exampleDocument;
const run = (doc: unknown): HwfResult => runReference(doc, 200, 11);

const policy = (profession: string, parameter: Lever, value: number): ProposalPolicy => ({
  profession,
  parameter,
  kind: CHANGE_UNITS[parameter].kind,
  value,
  startYear: 2026,
  fullYear: 2026,
});

/** A summit on `baseline` with +20 % nurse training places accepted, and (with `two`)
 *  GPs retiring a year later accepted after it. */
function summitOn(baseline: unknown, two = false): SummitState {
  let s = startSummit(baseline);
  const a = propose(s, 'universities', policy('nurse', 'training.intake', 0.2));
  s = decide(a.state, a.proposal.id, 'accepted');
  if (!two) return s;
  const b = propose(s, 'professional-associations', policy('gp', 'exits.retirement.meanAge', 1));
  return decide(b.state, b.proposal.id, 'accepted');
}

/** The result's own figures of a profession at the target year's index. */
function own(result: HwfResult, id: string) {
  const t = result.years.indexOf(result.targetYear);
  const p = result.professions.find((x) => x.id === id)!;
  return {
    shortage: p.shortageProbability[t],
    gap: p.gap.p50[t],
    gapLow: p.gap.p5[t],
    gapHigh: p.gap.p95[t],
  };
}

describe('the plan against the baseline (Exampleland, +20 % nurse training places)', () => {
  let baseline: HwfResult;
  let plan: HwfResult;
  beforeAll(() => {
    const doc = example('exampleland');
    baseline = run(doc);
    plan = run(planDraft(summitOn(doc), englishT));
  });

  it('takes each profession’s figures at the target year', () => {
    for (const r of [baseline, plan]) {
      expect(r.years).toContain(r.targetYear);
      for (const p of r.professions) expect(targetFigures(r, p.id)).toEqual(own(r, p.id));
    }
    expect(targetFigures(baseline, 'dentist')).toBeNull();
    expect(targetFigures({ ...baseline, targetYear: baseline.years[0] - 1 }, 'nurse')).toBeNull();
    // No costs in Exampleland: no present value.
    expect(baseline.cost).toBeUndefined();
    expect(presentValue(baseline)).toBeNull();
  });

  it('has one row per profession, in order, with both figures', () => {
    const rows = planRows(baseline, plan);
    expect(rows.map((r) => [r.id, r.name])).toEqual(
      baseline.professions.map((p) => [p.id, p.name]),
    );
    for (const row of rows) {
      expect(row.baseline).toEqual(own(baseline, row.id));
      expect(row.plan).toEqual(own(plan, row.id));
    }
    const nurse = rows.find((r) => r.id === 'nurse')!;
    expect(nurse.plan.gap).toBeGreaterThan(nurse.baseline.gap);
    // A profession the plan lacks has no row.
    const without = { ...plan, professions: plan.professions.filter((p) => p.id !== 'gp') };
    expect(planRows(baseline, without).map((r) => r.id)).toEqual(['nurse']);
  });

  it('names at most `top` drivers per profession, its inputs, ranked as the tornado', () => {
    for (const top of [0, 1, 2, 5]) {
      const list = uncertainties(plan, top);
      expect(list.map((u) => u.id)).toEqual(plan.professions.map((p) => p.id));
      for (const u of list) {
        const p = plan.professions.find((x) => x.id === u.id)!;
        expect(u.name).toBe(p.name);
        expect(u.figures).toEqual(own(plan, u.id));
        expect(u.drivers.length).toBeLessThanOrEqual(top);
        const ranked = rankSensitivity(p.sensitivity, top, plan.runs).shown.map((e) => e.input);
        expect(u.drivers).toEqual(ranked);
        // Each one of its own inputs, the larger |ρ| first.
        const size = (d: string) =>
          Math.abs(p.sensitivity.find((e) => e.input === d)!.rankCorrelation);
        for (let i = 1; i < u.drivers.length; i++)
          expect(size(u.drivers[i])).toBeLessThanOrEqual(size(u.drivers[i - 1]));
      }
    }
    expect(uncertainties(plan).every((u) => u.drivers.length <= 2)).toBe(true);
    expect(uncertainties(plan).some((u) => u.drivers.length > 0)).toBe(true);
  });

  it('leaves out drivers chance could give and correlations that are not numbers', () => {
    // 101 futures: |ρ| below 1.96 / 10 is not told apart from no relation.
    const p = plan.professions[0];
    const e = (input: string, rankCorrelation: number) => ({ input, rankCorrelation });
    const sensitivity = [e('a', 0.1), e('b', -0.5), e('c', 0.3), e('d', Number.NaN)];
    const synthetic = { ...plan, runs: 101, professions: [{ ...p, sensitivity }] };
    expect(uncertainties(synthetic, 5)[0].drivers).toEqual(['b', 'c']);
    expect(uncertainties(synthetic, 1)[0].drivers).toEqual(['b']);
  });
});

describe('stepEffects: what each accepted proposal moved', () => {
  let s: SummitState;
  let steps: HwfResult[];
  let costSteps: HwfResult[];
  beforeAll(() => {
    s = summitOn(example('exampleland'), true);
    steps = planSteps(s, englishT).map(run);
    costSteps = planSteps(summitOn(example('exampleland-costs')), englishT).map(run);
  });

  it('compares each step with the one before it, for the profession it changes', () => {
    const list = accepted(s);
    expect(steps).toHaveLength(list.length + 1);
    const effects = stepEffects(list, steps);
    expect(effects.map((e) => e.proposal)).toEqual(list);
    effects.forEach((e, i) => {
      const id = list[i].policy.profession;
      expect(e.professionId).toBe(id);
      expect(e.professionName).toBe(steps[i + 1].professions.find((p) => p.id === id)!.name);
      const before = own(steps[i], id);
      const after = own(steps[i + 1], id);
      expect([e.shortageBefore, e.gapBefore]).toEqual([before.shortage, before.gap]);
      expect([e.shortageAfter, e.gapAfter]).toEqual([after.shortage, after.gap]);
      expect(e.costChange).toBeNull();
    });
    expect(effects[0].gapAfter).toBeGreaterThan(effects[0].gapBefore);
  });

  it('leaves out a step not yet run', () => {
    const list = accepted(s);
    const [r0, r1, r2] = steps;
    expect(stepEffects(list, [r0, null, r2])).toEqual([]);
    expect(stepEffects(list, [r0, r1, null]).map((e) => e.proposal.id)).toEqual([list[0].id]);
    expect(stepEffects(list, [null, r1, r2]).map((e) => e.proposal.id)).toEqual([list[1].id]);
    expect(stepEffects(list, [r0])).toEqual([]);
    expect(stepEffects([], steps)).toEqual([]);
  });

  it('gives the change of the present value of cost with costs', () => {
    const [before, after] = costSteps;
    const pb = presentValue(before)!;
    const pa = presentValue(after)!;
    const pv = before.cost!.presentValue;
    expect(pb).toEqual({ p50: pv.p50, p5: pv.p5, p95: pv.p95 });
    const s2 = summitOn(example('exampleland-costs'));
    const [effect] = stepEffects(accepted(s2), costSteps);
    expect(effect.costChange).toBe(pa.p50 - pb.p50);
    expect(effect.costChange).not.toBe(0);
    // Costs on one side only: no change to give.
    expect(stepEffects(accepted(s2), [steps[0], after])[0].costChange).toBeNull();
  });
});

describe('movedMost', () => {
  const proposal = summitOn(example('exampleland')).proposals[0];
  const effect = (sb: number, sa: number, gb: number, ga: number): StepEffect => ({
    ...{ proposal, professionId: 'gp', professionName: 'GPs', costChange: null },
    ...{ shortageBefore: sb, shortageAfter: sa, gapBefore: gb, gapAfter: ga },
  });
  const ds = (e: StepEffect) => Math.abs(e.shortageAfter - e.shortageBefore);
  const dg = (e: StepEffect) => Math.abs(e.gapAfter - e.gapBefore);
  const listOf = (n: fc.Arbitrary<number>, g: fc.Arbitrary<number>) =>
    fc.array(
      fc.tuple(n, n, g, g).map((x) => effect(...x)),
      { minLength: 1, maxLength: 12 },
    );

  it('is the step with the largest shortage change, then the largest gap change', () => {
    expect(movedMost([])).toBeNull();
    // Sixteenths and whole FTE, so that every difference is exact and ties are real.
    const sixteenths = fc.nat(16).map((k) => k / 16);
    const fte = fc.integer({ min: -50, max: 50 });
    const property = fc.property(listOf(sixteenths, fte), (list) => {
      const best = movedMost(list);
      expect(list).toContain(best);
      const top = Math.max(...list.map(ds));
      expect(ds(best!)).toBe(top);
      const tied = list.filter((e) => ds(e) === top);
      expect(dg(best!)).toBe(Math.max(...tied.map(dg)));
      // Between steps equal in both, the first made.
      expect(best).toBe(tied.find((e) => dg(e) === dg(best!)));
    });
    fc.assert(property, { numRuns: 300 });
  });

  it('never passes over a larger shortage change, whatever the numbers', () => {
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    const gap = fc.double({ min: -1e5, max: 1e5, noNaN: true });
    const property = fc.property(listOf(unit, gap), (list) => {
      const best = movedMost(list)!;
      for (const e of list) expect(ds(best)).toBeGreaterThanOrEqual(ds(e) - 1e-12);
    });
    fc.assert(property, { numRuns: 200 });
  });
});

describe('readChange: the change as the room types it', () => {
  const GB = createFormats('en-GB');
  const IT = createFormats('it-IT');
  const DE = createFormats('de-DE');

  it('reads a number in the reader’s locale, with a real minus or a percent sign', () => {
    expect(readChange('15', 'training.intake', GB)).toEqual({ ok: true, value: 15 });
    expect(readChange('15', 'training.intake', createFormats())).toEqual({ ok: true, value: 15 });
    expect(readChange('-0,5', 'exits.attrition', IT)).toEqual({ ok: true, value: -0.5 });
    expect(readChange('\u22120.5', 'exits.attrition', GB)).toEqual({ ok: true, value: -0.5 });
    expect(readChange('15 %', 'training.intake', GB)).toEqual({ ok: true, value: 15 });
    expect(readChange('15%', 'fte', DE)).toEqual({ ok: true, value: 15 });
  });

  it('refuses nothing to change, and text that is not a number', () => {
    for (const text of ['0', '-0', '0,0']) {
      expect(readChange(text, 'training.intake', IT)).toEqual({
        ok: false,
        problem: 'A change of 0 changes nothing.',
      });
    }
    for (const text of ['abc', '', '1e']) {
      const r = readChange(text, 'training.intake', GB);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problem).toMatch(/number/);
    }
  });

  it('refuses a change outside the lever’s range, naming the range', () => {
    expect(readChange('150', 'training.intake', GB)).toEqual({
      ok: false,
      problem: 'The change must be between \u221250 and +100 %.',
    });
    expect(readChange('-51', 'training.intake', GB).ok).toBe(false);
    expect(readChange('100', 'training.intake', GB).ok).toBe(true);
    const points = readChange('31', 'training.completion', GB);
    expect(points).toEqual({
      ok: false,
      problem: 'The change must be between \u221230 and +30 percentage points.',
    });
    const years = readChange('5,5', 'exits.retirement.meanAge', IT);
    expect(years).toEqual({
      ok: false,
      problem: 'The change must be between \u22125 and +5 years.',
    });
  });

  // A change is kept to the 2 decimals its words show, so none reads as "0 %" while the
  // scenario changes.
  it('accepts no change that the proposal’s words show as 0', () => {
    const r = readChange('0.001', 'training.intake', GB);
    expect(r.ok).toBe(false);
    const kept = readChange('2.345', 'training.intake', GB);
    expect(kept).toEqual({ ok: true, value: 2.35 });
    if (r.ok) {
      const value = policyValue('training.intake', r.value);
      expect(changeWords(policy('nurse', 'training.intake', value), GB)).not.toBe('0 %');
    }
  });
});

describe('the summit on the projector channel', () => {
  const doc = example('exampleland');
  const state = summitOn(doc, true);
  const title = (p: Proposal) => proposalTitle(p, doc, createFormats('en-GB'));
  const base = { result: null, professionId: 'nurse', revealed: true, view: 'result' };
  const rest = { measure: 'gap', compare: [], caveat: null, levers: [], changes: {} };
  /** A picture message as the presenter sends it; no `summit` when left out. */
  const message = (summit?: unknown) => {
    const picture = { ...base, ...rest, ...(summit === undefined ? {} : { summit }) };
    return { type: 'picture', from: 'presenter', id: 'a', seq: 3, picture };
  };

  it('reads a picture with a summit, and one of an older presenter without', () => {
    const open = propose(state, 'patients', policy('nurse', 'fte', 0.05));
    const shown = summitPicture(open.state, open.proposal.id, title)!;
    expect(shown.plan).toEqual(accepted(state).map(title));
    expect(shown.discussing).toBe(title(open.proposal));
    expect(isSummitPicture(shown)).toBe(true);
    for (const m of [message(shown), message(null), message()])
      expect(readMessage(structuredClone(m))).toEqual(m);
    expect(summitPicture(null, null, title)).toBeNull();
  });

  it('refuses a picture whose summit is damaged', () => {
    const good = { round: 2, plan: ['Universities: +20 % training places'], discussing: null };
    expect(isSummitPicture(good)).toBe(true);
    for (const bad of [
      { ...good, round: 0 },
      { ...good, round: 1.5 },
      { ...good, round: '2' },
      { ...good, plan: [1, 2] },
      { ...good, plan: 'the plan' },
      { ...good, discussing: 3 },
      { round: 2, plan: [] },
      [good],
      'summit',
    ]) {
      expect(isSummitPicture(bad)).toBe(false);
      expect(readMessage(message(bad))).toBeNull();
    }
  });
});
