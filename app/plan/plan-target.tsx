/**
 * The target of the plan: which professions, from which year, and the largest chance of a
 * shortage the planner accepts in each of those years.
 */
import { getAtPath } from '../../model/scenario/json-path.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import { useEditor } from '../editor/editor-context.ts';
import { IssueList, useFieldIssues } from '../editor/field.tsx';
import { fieldId } from '../editor/field-id.ts';
import { chooseTargetProfession } from './plan-draft.ts';
import { PlanNumberField } from './plan-number-field.tsx';

const PROFESSIONS = 'plan.target.professions';

export function PlanTarget({ scenario }: { scenario: Scenario }) {
  const { draft, update } = useEditor();
  const issues = useFieldIssues(PROFESSIONS);
  const raw = getAtPath(draft, PROFESSIONS);
  const chosen = Array.isArray(raw) ? raw : [];
  const last = scenario.baseYear + scenario.horizonYears;
  const groupId = fieldId(PROFESSIONS);
  const bad = issues.errors.length > 0;
  return (
    <fieldset className="hwf-plan-group" id={fieldId('plan.target')} tabIndex={-1}>
      <legend>Target</legend>
      <div className="hwf-plan-fields">
        <fieldset
          className={bad ? 'hwf-plan-choices hwf-field-bad' : 'hwf-plan-choices'}
          id={groupId}
          tabIndex={-1}
          aria-describedby={bad ? `${groupId}-issues` : undefined}
        >
          <legend className="hwf-label">Professions that must not run short</legend>
          {scenario.professions.map((p) => {
            const id = `plan-target-${p.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
            return (
              <span key={p.id} className="hwf-plan-check">
                <input
                  id={id}
                  type="checkbox"
                  checked={chosen.includes(p.id)}
                  onChange={(e) => update((d) => chooseTargetProfession(d, p.id, e.target.checked))}
                />
                <label htmlFor={id}>{p.name}</label>
              </span>
            );
          })}
          <IssueList id={`${groupId}-issues`} path={PROFESSIONS} issues={issues} />
        </fieldset>
        <PlanNumberField
          path="plan.target.fromYear"
          label="From the year"
          unit=""
          help={`the target holds in this year and every year after it, to ${last}`}
          whole
        />
        <PlanNumberField
          path="plan.target.maxShortageProbability"
          label="Largest acceptable chance of a shortage"
          unit="%"
          scale={100}
          help="in each of those years: 20 % means a shortage in at most 1 future in 5"
        />
      </div>
    </fieldset>
  );
}
