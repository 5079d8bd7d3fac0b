/**
 * "Make a new lever": one of the common levers (training places, retention, recruitment
 * from abroad, retirement age, FTE per head, and task shifting where the scenario has such
 * rules) for one profession — a new policy with value 0 (no change
 * until the search sets it), its start and full year and an optional programme cost per
 * year — and the lever on it, with its bounds. The form's numbers are typed as in the
 * editor; its problems show at its fields when "Make this lever" is pressed.
 */
import { useState } from 'react';
import type { ScenarioIssue } from '../../model/scenario/parse.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import { useEditor } from '../editor/editor-context.ts';
import { SelectField } from '../editor/text-fields.tsx';
import { useT } from '../i18n/language-root.tsx';
import type { MessageKey, Translate } from '../i18n/translate.ts';
import { COMMON_LEVERS, leverDisplay, unitWords, type CommonLever } from './lever-kinds.ts';
import { substitutionTitle } from './lever-words.ts';
import { createLever, draftLevers, type NewLever as NewLeverValues } from './plan-draft.ts';
import { focusSoon, PlanEditor } from './plan-editor.tsx';
import { PlanNumberField } from './plan-number-field.tsx';

const AT = 'newLever';
type Form = { newLever: Record<string, unknown> };

/** The common levers this scenario can have. */
export function commonChoices(s: Scenario): CommonLever[] {
  const shifting = s.substitution.length > 0;
  return COMMON_LEVERS.filter((c) => c.id !== 'taskShifting' || shifting);
}

function startForm(s: Scenario, kind: CommonLever): Form {
  const last = s.baseYear + s.horizonYears;
  return {
    newLever: {
      kind: kind.id,
      profession: s.professions[0]?.id ?? '',
      rule: '0',
      startYear: Math.min(last, s.baseYear + 2),
      fullYear: Math.min(last, s.baseYear + 4),
      min: kind.min,
      max: kind.max,
    },
  };
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The form's problems (paths under `newLever`) and, when there are none, the lever. */
export function checkNewLever(
  form: Record<string, unknown>,
  s: Scenario,
  t: Translate,
): { issues: ScenarioIssue[]; lever: NewLeverValues | null } {
  const issues: ScenarioIssue[] = [];
  const need = (key: string, message: MessageKey) => {
    if (!isNum(form[key])) issues.push({ path: `${AT}.${key}`, message: t(message) });
  };
  const first = s.baseYear + 1;
  const last = s.baseYear + s.horizonYears;
  need('startYear', 'plan.newLever.typeStart');
  need('fullYear', 'plan.newLever.typeFull');
  need('min', 'plan.check.typeLowest');
  need('max', 'plan.check.typeHighest');
  const { startYear, fullYear, min, max, step, cost } = form;
  if (isNum(startYear) && (!Number.isInteger(startYear) || startYear < first || startYear > last))
    issues.push({
      path: `${AT}.startYear`,
      message: t('plan.check.yearRange', {
        first: String(first),
        last: String(last),
        typed: String(startYear),
      }),
    });
  if (isNum(startYear) && isNum(fullYear) && (!Number.isInteger(fullYear) || fullYear < startYear))
    issues.push({
      path: `${AT}.fullYear`,
      message: t('plan.newLever.fullYear', { start: String(startYear), typed: String(fullYear) }),
    });
  if (isNum(min) && isNum(max) && max < min)
    issues.push({ path: `${AT}.max`, message: t('plan.newLever.maxBelowMin') });
  if (step !== undefined && !(isNum(step) && step > 0))
    issues.push({ path: `${AT}.step`, message: t('plan.newLever.stepInvalid') });
  if (cost !== undefined && !(isNum(cost) && cost >= 0))
    issues.push({ path: `${AT}.cost`, message: t('plan.newLever.costInvalid') });
  const common = COMMON_LEVERS.find((c) => c.id === form.kind);
  if (!common) issues.push({ path: `${AT}.kind`, message: t('plan.newLever.chooseLever') });
  if (issues.length > 0 || !common) return { issues, lever: null };
  return {
    issues,
    lever: {
      common: common.id,
      profession: String(form.profession),
      ...(common.id === 'taskShifting' ? { substitution: Number(form.rule) } : {}),
      startYear: startYear as number,
      fullYear: fullYear as number,
      ...(isNum(cost) ? { costPerYear: cost } : {}),
      min: min as number,
      max: max as number,
      ...(isNum(step) ? { step } : {}),
    },
  };
}

function Fields({ scenario, kind }: { scenario: Scenario; kind: CommonLever }) {
  const t = useT();
  const shifting = kind.id === 'taskShifting';
  const d = leverDisplay(
    kind.parameter && kind.kind ? { parameter: kind.parameter, kind: kind.kind } : null,
  );
  const unit = unitWords(d.unit, t);
  const currency = scenario.costs?.currency ?? '';
  return (
    <>
      {shifting ? (
        <SelectField
          path={`${AT}.rule`}
          label={t('plan.newLever.rule')}
          help={t('plan.newLever.ruleHelp')}
          choices={scenario.substitution.map((_, r) => ({
            value: String(r),
            label: substitutionTitle(scenario, r, t),
          }))}
        />
      ) : (
        <SelectField
          path={`${AT}.profession`}
          label={t('plan.newLever.profession')}
          help={t('plan.newLever.professionHelp')}
          choices={scenario.professions.map((p) => ({ value: p.id, label: p.name }))}
        />
      )}
      <div className="hwf-plan-fields">
        <PlanNumberField
          path={`${AT}.startYear`}
          label={t('plan.newLever.startsIn')}
          unit=""
          help=""
          whole
        />
        <PlanNumberField
          path={`${AT}.fullYear`}
          label={t('plan.newLever.inFullFrom')}
          unit=""
          help={t('plan.newLever.inFullFromHelp')}
          whole
        />
        {!shifting && (
          <PlanNumberField
            path={`${AT}.cost`}
            label={t('plan.newLever.cost.label')}
            unit={
              currency
                ? t('plan.newLever.cost.unitCurrency', { currency })
                : t('plan.newLever.cost.unit')
            }
            emptyAs="remove"
            help={t('plan.newLever.cost.help')}
          />
        )}
      </div>
      <div className="hwf-plan-fields">
        <PlanNumberField
          path={`${AT}.min`}
          label={t('plan.bounds.lowest')}
          unit={unit}
          scale={d.scale}
          help={t('plan.newLever.lowestHelp')}
        />
        <PlanNumberField
          path={`${AT}.max`}
          label={t('plan.bounds.highest')}
          unit={unit}
          scale={d.scale}
          help={t('plan.newLever.highestHelp')}
        />
        <PlanNumberField
          path={`${AT}.step`}
          label={t('plan.bounds.step')}
          unit={unit}
          scale={d.scale}
          emptyAs="remove"
          help={t('plan.bounds.stepHelp')}
        />
      </div>
    </>
  );
}

export function NewLever({ scenario }: { scenario: Scenario }) {
  const t = useT();
  const outer = useEditor();
  const choices = commonChoices(scenario);
  const [form, setForm] = useState<Form>(() => startForm(scenario, choices[0]));
  const [tried, setTried] = useState(false);
  const kind = choices.find((c) => c.id === form.newLever.kind) ?? choices[0];
  const checked = checkNewLever(form.newLever, scenario, t);
  const onChange = (next: unknown) => {
    const f = next as Form;
    // A new kind of lever starts from its own bounds.
    if (f.newLever.kind !== form.newLever.kind) {
      const k = choices.find((c) => c.id === f.newLever.kind) ?? choices[0];
      setForm({ newLever: { ...f.newLever, min: k.min, max: k.max, step: undefined } });
    } else setForm(f);
  };
  const make = () => {
    setTried(true);
    if (!checked.lever) {
      focusSoon(checked.issues[0]?.path ?? `${AT}.kind`);
      return;
    }
    const n = draftLevers(outer.draft).length;
    outer.update((d) => createLever(d, checked.lever!));
    setTried(false);
    setForm(startForm(scenario, kind));
    focusSoon(`plan.levers[${n}].min`);
  };
  return (
    <details className="hwf-plan-new">
      <summary>{t('plan.newLever.summary')}</summary>
      <PlanEditor draft={form} onChange={onChange} errors={tried ? checked.issues : []}>
        <SelectField
          path={`${AT}.kind`}
          label={t('plan.newLever.lever')}
          help={t(kind.help)}
          choices={choices.map((c) => ({ value: c.id, label: t(c.label) }))}
        />
        <Fields scenario={scenario} kind={kind} />
      </PlanEditor>
      <button type="button" onClick={make}>
        {t('plan.newLever.make')}
      </button>
      <p className="hwf-help">{t('plan.newLever.makeHelp')}</p>
    </details>
  );
}
