/**
 * The target of the plan: which professions, from which year, and the largest chance of a
 * shortage the planner accepts in each of those years.
 */
import { getAtPath } from '../../model/scenario/json-path.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import { useEditor } from '../editor/editor-context.ts';
import { IssueList, useFieldIssues } from '../editor/field.tsx';
import { fieldId } from '../editor/field-id.ts';
import { useT } from '../i18n/language-root.tsx';
import { chooseTargetProfession } from './plan-draft.ts';
import { PlanNumberField } from './plan-number-field.tsx';

const PROFESSIONS = 'plan.target.professions';

export function PlanTarget({ scenario }: { scenario: Scenario }) {
  const t = useT();
  const { draft, update } = useEditor();
  const issues = useFieldIssues(PROFESSIONS);
  const raw = getAtPath(draft, PROFESSIONS);
  const chosen = Array.isArray(raw) ? raw : [];
  const last = scenario.baseYear + scenario.horizonYears;
  const groupId = fieldId(PROFESSIONS);
  const bad = issues.errors.length > 0;
  return (
    <fieldset className="hwf-plan-group" id={fieldId('plan.target')} tabIndex={-1}>
      <legend>{t('plan.target.title')}</legend>
      <div className="hwf-plan-fields">
        <fieldset
          className={bad ? 'hwf-plan-choices hwf-field-bad' : 'hwf-plan-choices'}
          id={groupId}
          tabIndex={-1}
          aria-describedby={bad ? `${groupId}-issues` : undefined}
        >
          <legend className="hwf-label">{t('plan.target.professions')}</legend>
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
          label={t('plan.target.fromYear')}
          unit=""
          help={t('plan.target.fromYearHelp', { last: String(last) })}
          whole
        />
        <PlanNumberField
          path="plan.target.maxShortageProbability"
          label={t('plan.target.maxShortage')}
          unit="%"
          scale={100}
          help={t('plan.target.maxShortageHelp')}
        />
      </div>
    </fieldset>
  );
}
