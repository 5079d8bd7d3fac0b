/**
 * The levers of the plan: each with its bounds (and an optional step), taken out with a
 * button; a lever added from the scenario's policies, or made from a common lever (the
 * form in new-lever.tsx).
 */
import { useState } from 'react';
import { pointValue } from '../../model/numeric/distributions.ts';
import { MAX_PLAN_LEVERS } from '../../model/plan/types.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import { useEditor } from '../editor/editor-context.ts';
import { ExactIssues } from '../editor/field.tsx';
import { fieldId } from '../editor/field-id.ts';
import { focusSoon } from './plan-editor.tsx';
import { policyTitle, substitutionTitle } from './lever-words.ts';
import { displayOf } from './plan-check.ts';
import { addPolicyLever, draftLevers, removeLever, startingBounds } from './plan-draft.ts';
import { PlanNumberField } from './plan-number-field.tsx';
import { NewLever } from './new-lever.tsx';

function LeverItem({ scenario, j }: { scenario: Scenario; j: number }) {
  const { draft, update } = useEditor();
  const levers = draftLevers(draft);
  const lever = levers[j];
  const only = levers.length === 1;
  const at = `plan.levers[${j}]`;
  const d = displayOf(scenario, lever);
  const policy = typeof lever.policy === 'number' ? scenario.policies[lever.policy] : undefined;
  const title =
    typeof lever.substitution === 'number'
      ? substitutionTitle(scenario, lever.substitution)
      : policy
        ? policyTitle(scenario, policy)
        : `Policy ${String(lever.policy)} (not in the scenario)`;
  const unit = d.scale === 100 ? (d.percent ? '% change' : d.unit) : d.unit;
  return (
    <fieldset className="hwf-rule hwf-plan-lever" id={fieldId(at)} tabIndex={-1}>
      <legend>
        Lever {j + 1}: {title}
      </legend>
      <ExactIssues path={at} />
      <div className="hwf-plan-fields">
        <PlanNumberField path={`${at}.min`} label="Lowest" unit={unit} scale={d.scale} help="" />
        <PlanNumberField path={`${at}.max`} label="Highest" unit={unit} scale={d.scale} help="" />
        <PlanNumberField
          path={`${at}.step`}
          label="Step (optional)"
          unit={unit}
          scale={d.scale}
          emptyAs="remove"
          help="blank: a hundredth of the range"
        />
        {!only && (
          <button
            type="button"
            className="hwf-remove"
            onClick={() => update((dr) => removeLever(dr, j))}
          >
            Remove lever {j + 1}
          </button>
        )}
      </div>
    </fieldset>
  );
}

function FromPolicies({ scenario }: { scenario: Scenario }) {
  const { draft, update } = useEditor();
  const levers = draftLevers(draft);
  const taken = new Set(levers.map((l) => l.policy));
  const free = scenario.policies.map((p, i) => ({ p, i })).filter(({ i }) => !taken.has(i));
  const [choice, setChoice] = useState<string>('');
  const picked = free.find(({ i }) => String(i) === choice) ?? free[0];
  if (free.length === 0) return null;
  const add = () => {
    if (!picked) return;
    const n = levers.length;
    update((d) =>
      addPolicyLever(d, picked.i, startingBounds(picked.p, pointValue(picked.p.value))),
    );
    setChoice('');
    focusSoon(`plan.levers[${n}].min`);
  };
  return (
    <div className="hwf-field hwf-plan-add">
      <label className="hwf-label" htmlFor="plan-policy-choice">
        A policy of the scenario
      </label>
      <span className="hwf-control">
        <select
          id="plan-policy-choice"
          value={picked ? String(picked.i) : ''}
          onChange={(e) => setChoice(e.target.value)}
        >
          {free.map(({ p, i }) => (
            <option key={i} value={String(i)}>
              {policyTitle(scenario, p)}
            </option>
          ))}
        </select>{' '}
        <button type="button" onClick={add}>
          Add as a lever
        </button>
      </span>
      <span className="hwf-help">
        the search sets its value; what the scenario gives it now is set aside
      </span>
    </div>
  );
}

export function PlanLevers({ scenario }: { scenario: Scenario }) {
  const { draft } = useEditor();
  const levers = draftLevers(draft);
  const full = levers.length >= MAX_PLAN_LEVERS;
  return (
    <fieldset className="hwf-plan-group" id={fieldId('plan.levers')} tabIndex={-1}>
      <legend>Levers</legend>
      <p className="hwf-help">
        The policies the search may change, each between a lowest and a highest value (at most{' '}
        {MAX_PLAN_LEVERS}). A lever removed keeps its policy in the scenario; the last one stays
        until another is added.
      </p>
      <ExactIssues path="plan.levers" />
      {levers.length === 0 && <p>No levers yet: add one below.</p>}
      {levers.map((_, j) => (
        <LeverItem key={j} scenario={scenario} j={j} />
      ))}
      {full ? (
        <p className="hwf-help">
          The plan has {MAX_PLAN_LEVERS} levers, the most it can move: remove one to add another.
        </p>
      ) : (
        <div className="hwf-plan-adders">
          <FromPolicies scenario={scenario} />
          <NewLever scenario={scenario} />
        </div>
      )}
    </fieldset>
  );
}
