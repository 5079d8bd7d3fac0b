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
import { COMMON_LEVERS, leverDisplay, type CommonLever } from './lever-kinds.ts';
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
): { issues: ScenarioIssue[]; lever: NewLeverValues | null } {
  const issues: ScenarioIssue[] = [];
  const need = (key: string, what: string) => {
    if (!isNum(form[key])) issues.push({ path: `${AT}.${key}`, message: `type ${what}` });
  };
  const first = s.baseYear + 1;
  const last = s.baseYear + s.horizonYears;
  need('startYear', 'the year it starts');
  need('fullYear', 'the year it is in full');
  need('min', 'the lowest value');
  need('max', 'the highest value');
  const { startYear, fullYear, min, max, step, cost } = form;
  if (isNum(startYear) && (!Number.isInteger(startYear) || startYear < first || startYear > last))
    issues.push({
      path: `${AT}.startYear`,
      message: `must be a year from ${first} to ${last} (you typed ${startYear})`,
    });
  if (isNum(startYear) && isNum(fullYear) && (!Number.isInteger(fullYear) || fullYear < startYear))
    issues.push({
      path: `${AT}.fullYear`,
      message: `must be a whole year, not before ${startYear} (you typed ${fullYear})`,
    });
  if (isNum(min) && isNum(max) && max < min)
    issues.push({ path: `${AT}.max`, message: 'must be at least the lowest value' });
  if (step !== undefined && !(isNum(step) && step > 0))
    issues.push({ path: `${AT}.step`, message: 'must be a number above 0, or left blank' });
  if (cost !== undefined && !(isNum(cost) && cost >= 0))
    issues.push({ path: `${AT}.cost`, message: 'must be a sum of 0 or more, or left blank' });
  const common = COMMON_LEVERS.find((c) => c.id === form.kind);
  if (!common) issues.push({ path: `${AT}.kind`, message: 'choose a lever' });
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
  const shifting = kind.id === 'taskShifting';
  const d = leverDisplay(
    kind.parameter && kind.kind ? { parameter: kind.parameter, kind: kind.kind } : null,
  );
  const currency = scenario.costs?.currency ?? '';
  return (
    <>
      {shifting ? (
        <SelectField
          path={`${AT}.rule`}
          label="Rule"
          help="the task-shifting rule whose share the search sets"
          choices={scenario.substitution.map((_, r) => ({
            value: String(r),
            label: substitutionTitle(scenario, r),
          }))}
        />
      ) : (
        <SelectField
          path={`${AT}.profession`}
          label="Profession"
          help="whose policy it is"
          choices={scenario.professions.map((p) => ({ value: p.id, label: p.name }))}
        />
      )}
      <div className="hwf-plan-fields">
        <PlanNumberField path={`${AT}.startYear`} label="Starts in" unit="" help="" whole />
        <PlanNumberField
          path={`${AT}.fullYear`}
          label="In full from"
          unit=""
          help="it grows step by step until then"
          whole
        />
        {!shifting && (
          <PlanNumberField
            path={`${AT}.cost`}
            label="Programme cost (optional)"
            unit={currency ? `${currency} a year` : 'a year'}
            emptyAs="remove"
            help="its own cost per year at full strength"
          />
        )}
      </div>
      <div className="hwf-plan-fields">
        <PlanNumberField
          path={`${AT}.min`}
          label="Lowest"
          unit={d.unit}
          scale={d.scale}
          help="the smallest value the search tries"
        />
        <PlanNumberField
          path={`${AT}.max`}
          label="Highest"
          unit={d.unit}
          scale={d.scale}
          help="the largest value the search tries"
        />
        <PlanNumberField
          path={`${AT}.step`}
          label="Step (optional)"
          unit={d.unit}
          scale={d.scale}
          emptyAs="remove"
          help="blank: a hundredth of the range"
        />
      </div>
    </>
  );
}

export function NewLever({ scenario }: { scenario: Scenario }) {
  const outer = useEditor();
  const choices = commonChoices(scenario);
  const [form, setForm] = useState<Form>(() => startForm(scenario, choices[0]));
  const [tried, setTried] = useState(false);
  const kind = choices.find((c) => c.id === form.newLever.kind) ?? choices[0];
  const checked = checkNewLever(form.newLever, scenario);
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
      <summary>Make a new lever</summary>
      <PlanEditor draft={form} onChange={onChange} errors={tried ? checked.issues : []}>
        <SelectField
          path={`${AT}.kind`}
          label="Lever"
          help={kind.help}
          choices={choices.map((c) => ({ value: c.id, label: c.label }))}
        />
        <Fields scenario={scenario} kind={kind} />
      </PlanEditor>
      <button type="button" onClick={make}>
        Make this lever
      </button>
      <p className="hwf-help">
        Adds a policy to the scenario with no change yet (the search sets it) and a lever on it.
      </p>
    </details>
  );
}
