/**
 * The summit's debrief in words (app/summit/debrief-text.ts): made only once every step of
 * the plan has its result; its numbers are the figures' (debrief-figures.ts) in the
 * reader's locale; and what the projector receives is checked (isDebriefText).
 */
import { describe, expect, it } from 'vitest';
import { createFormats } from '../../app/format.ts';
import { debriefText, isDebriefText, planTableText } from '../../app/summit/debrief-text.ts';
import { movedMost, stepEffects } from '../../app/summit/debrief-figures.ts';
import {
  CHANGE_UNITS,
  accepted,
  decide,
  planSteps,
  proposalTitle,
  propose,
  startSummit,
  type Proposal,
  type SummitState,
} from '../../app/summit/summit.ts';
import { exampleDocument, runReference } from '../helpers/summit-fixture.ts';
import type { HwfResult } from '../../model/result/result.ts';

const example = exampleDocument;
const run = (doc: unknown): HwfResult => runReference(doc, 200, 5);

function summitOf(baseline: unknown): SummitState {
  let s = startSummit(baseline);
  const a = propose(s, 'universities', {
    profession: 'nurse',
    parameter: 'training.intake',
    kind: CHANGE_UNITS['training.intake'].kind,
    value: 0.25,
    startYear: 2027,
    fullYear: 2027,
  });
  s = decide(a.state, a.proposal.id, 'accepted');
  const b = propose(s, 'ministry-of-health', {
    profession: 'nurse',
    parameter: 'immigration.perYear',
    kind: CHANGE_UNITS['immigration.perYear'].kind,
    value: 0.5,
    startYear: 2028,
    fullYear: 2030,
  });
  return decide(b.state, b.proposal.id, 'accepted');
}

describe('the debrief in words', () => {
  const state = summitOf(example('exampleland-costs'));
  const f = createFormats('de-DE');
  const results = planSteps(state, f.t).map(run);
  const title = (p: Proposal) => proposalTitle(p, state.baseline, f);
  const input = { state, title, label: (path: string) => `[${path}]`, f, date: new Date(0) };

  it('waits for every step of the plan', () => {
    expect(debriefText(input, [results[0], null, results[2]])).toBeNull();
    expect(debriefText(input, results.slice(0, 2))).toBeNull();
    expect(debriefText(input, results)).not.toBeNull();
  });

  it('says the figures of the plan, its steps and its cost in the reader’s locale', () => {
    const text = debriefText(input, results)!;
    expect(text.plan).toEqual(accepted(state).map((p) => `${title(p)} (round 1)`));
    expect(text.table).toEqual(planTableText(results[0], results[2], f));
    const most = movedMost(stepEffects(accepted(state), results))!;
    expect(text.moved.startsWith(title(most.proposal))).toBe(true);
    expect(text.moved).toContain(f.signed(most.gapAfter));
    expect(text.steps.map((s) => s.title)).toEqual(accepted(state).map(title));
    // A scenario with costs: each step's cost change and the plan's cost in words.
    expect(text.steps.every((s) => s.cost !== null)).toBe(true);
    expect(text.cost).toMatch(/^The plan costs EUR /);
    expect(text.table.cost).not.toBeNull();
    // German writes a decimal comma and groups by points; the minus is the real one.
    expect(text.uncertain).toHaveLength(results[2].professions.length);
    expect(text.uncertain.join(' ')).not.toMatch(/-\d/);
    expect(text.meta).toContain('200 futures');
  });

  it('is sent to the projector as plain JSON and read back; a broken one is refused', () => {
    const text = debriefText(input, results)!;
    const sent = JSON.parse(JSON.stringify(text)) as unknown;
    expect(isDebriefText(sent)).toBe(true);
    expect(isDebriefText({ ...text, plan: [1] })).toBe(false);
    expect(isDebriefText({ ...text, table: { ...text.table, rows: [{ name: 'x' }] } })).toBe(false);
    expect(isDebriefText({ ...text, steps: [{ title: 't', shortage: 's', gap: 1 }] })).toBe(false);
    expect(isDebriefText(null)).toBe(false);
  });

  it('without costs, says the cost is not known', () => {
    const plain = summitOf(example('exampleland'));
    const r = planSteps(plain, f.t).map(run);
    const text = debriefText({ ...input, state: plain }, r)!;
    expect(text.cost).toMatch(/has no costs/);
    expect(text.table.cost).toBeNull();
    expect(text.steps.every((s) => s.cost === null)).toBe(true);
  });
});
