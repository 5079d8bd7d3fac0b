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
import { useT } from '../i18n/language-root.tsx';
import { unitWords } from './lever-kinds.ts';
import { focusSoon } from './plan-editor.tsx';
import { policyTitle, substitutionTitle } from './lever-words.ts';
import { displayOf } from './plan-check.ts';
import { addPolicyLever, draftLevers, removeLever, startingBounds } from './plan-draft.ts';
import { PlanNumberField } from './plan-number-field.tsx';
import { NewLever } from './new-lever.tsx';

function LeverItem({ scenario, j }: { scenario: Scenario; j: number }) {
  const t = useT();
  const { draft, update } = useEditor();
  const levers = draftLevers(draft);
  const lever = levers[j];
  const only = levers.length === 1;
  const at = `plan.levers[${j}]`;
  const d = displayOf(scenario, lever);
  const policy = typeof lever.policy === 'number' ? scenario.policies[lever.policy] : undefined;
  const title =
    typeof lever.substitution === 'number'
      ? substitutionTitle(scenario, lever.substitution, t)
      : policy
        ? policyTitle(scenario, policy, t)
        : t('plan.levers.missingPolicy', { policy: String(lever.policy) });
  const unit = unitWords(d.unit, t);
  return (
    <fieldset className="hwf-rule hwf-plan-lever" id={fieldId(at)} tabIndex={-1}>
      <legend>{t('plan.levers.legend', { n: String(j + 1), title })}</legend>
      <ExactIssues path={at} />
      <div className="hwf-plan-fields">
        <PlanNumberField
          path={`${at}.min`}
          label={t('plan.bounds.lowest')}
          unit={unit}
          scale={d.scale}
          help=""
        />
        <PlanNumberField
          path={`${at}.max`}
          label={t('plan.bounds.highest')}
          unit={unit}
          scale={d.scale}
          help=""
        />
        <PlanNumberField
          path={`${at}.step`}
          label={t('plan.bounds.step')}
          unit={unit}
          scale={d.scale}
          emptyAs="remove"
          help={t('plan.bounds.stepHelp')}
        />
        {!only && (
          <button
            type="button"
            className="hwf-remove"
            onClick={() => update((dr) => removeLever(dr, j))}
          >
            {t('plan.levers.remove', { n: String(j + 1) })}
          </button>
        )}
      </div>
    </fieldset>
  );
}

function FromPolicies({ scenario }: { scenario: Scenario }) {
  const t = useT();
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
        {t('plan.levers.fromPolicy')}
      </label>
      <span className="hwf-control">
        <select
          id="plan-policy-choice"
          value={picked ? String(picked.i) : ''}
          onChange={(e) => setChoice(e.target.value)}
        >
          {free.map(({ p, i }) => (
            <option key={i} value={String(i)}>
              {policyTitle(scenario, p, t)}
            </option>
          ))}
        </select>{' '}
        <button type="button" onClick={add}>
          {t('plan.levers.add')}
        </button>
      </span>
      <span className="hwf-help">{t('plan.levers.addHelp')}</span>
    </div>
  );
}

export function PlanLevers({ scenario }: { scenario: Scenario }) {
  const t = useT();
  const { draft } = useEditor();
  const levers = draftLevers(draft);
  const full = levers.length >= MAX_PLAN_LEVERS;
  const max = String(MAX_PLAN_LEVERS);
  return (
    <fieldset className="hwf-plan-group" id={fieldId('plan.levers')} tabIndex={-1}>
      <legend>{t('plan.levers.title')}</legend>
      <p className="hwf-help">{t('plan.levers.help', { max })}</p>
      <ExactIssues path="plan.levers" />
      {levers.length === 0 && <p>{t('plan.levers.none')}</p>}
      {levers.map((_, j) => (
        <LeverItem key={j} scenario={scenario} j={j} />
      ))}
      {full ? (
        <p className="hwf-help">{t('plan.levers.full', { max })}</p>
      ) : (
        <div className="hwf-plan-adders">
          <FromPolicies scenario={scenario} />
          <NewLever scenario={scenario} />
        </div>
      )}
    </fieldset>
  );
}
