/** "Crises": random events such as a pandemic, with a chance per year, extra demand and leavers. */
import { getAtPath } from '../../model/scenario/json-path.ts';
import { useT } from '../i18n/language-root.tsx';
import { helpFor, labelFor } from '../scenario/labels.ts';
import { newShockTemplate } from '../scenario/templates.ts';
import { addListItem, removeListItem } from './draft.ts';
import { DistributionInput } from './distribution-input.tsx';
import { useEditor } from './editor-context.ts';
import { IssueList, useFieldIssues } from './field.tsx';
import { fieldId } from './field-id.ts';
import { NumberField } from './number-field.tsx';
import { listOf, professionChoices, RuleItem } from './rule-lists.tsx';
import { Section } from './section.tsx';
import { TextField } from './text-fields.tsx';

/** "All professions", or a tick per profession (the list is left out for all). */
function ProfessionsHit({ path }: { path: string }) {
  const { draft, set } = useEditor();
  const t = useT();
  const issues = useFieldIssues(path);
  const value = getAtPath(draft, path);
  const choices = professionChoices(draft, t);
  const known = helpFor(path, t);
  const all = value === undefined;
  const picked: unknown[] = Array.isArray(value) ? (value as unknown[]) : [];
  const id = fieldId(path);
  const toggle = (v: string, on: boolean) =>
    set(path, on ? [...picked, v] : picked.filter((x) => x !== v));
  // Ids in the list that are not professions (any more) stay visible, so nothing is hidden.
  const unknown = picked.filter((x) => !choices.some((c) => c.value === x));
  return (
    <fieldset className="hwf-checks" aria-describedby={`${id}-help`}>
      <legend>{known?.label}</legend>
      <span className="hwf-help" id={`${id}-help`}>
        {known?.help}
      </span>
      <label>
        <input
          id={id}
          type="checkbox"
          checked={all}
          onChange={(e) => set(path, e.target.checked ? undefined : choices.map((c) => c.value))}
        />{' '}
        {t('editor.crises.all')}
      </label>
      {choices.map((c, k) => (
        <label key={c.value}>
          <input
            id={`${id}-${k}`}
            type="checkbox"
            checked={all || picked.includes(c.value)}
            disabled={all}
            onChange={(e) => toggle(c.value, e.target.checked)}
          />{' '}
          {c.label}
        </label>
      ))}
      {unknown.map((x, k) => (
        <label key={`u${k}`}>
          <input
            id={`${id}-unknown-${k}`}
            type="checkbox"
            checked
            onChange={() => toggle(String(x), false)}
          />{' '}
          {t('editor.crises.notProfession', { id: String(x) })}
        </label>
      ))}
      <IssueList id={`${id}-issues`} path={path} issues={issues} />
    </fieldset>
  );
}

export function CrisesSection() {
  const { draft, update } = useEditor();
  const t = useT();
  const list = listOf(draft, 'shocks');
  return (
    <Section
      title={t('editor.crises.title')}
      summary={t('editor.listCount', { count: String(list.length) })}
      path="shocks"
      paths={['shocks']}
    >
      <p className="hwf-help">{t('editor.crises.help')}</p>
      {list.map((_, i) => {
        const at = `shocks[${i}]`;
        return (
          <RuleItem
            key={i}
            path={at}
            title={labelFor(at, draft, t)}
            onRemove={() => update((d) => removeListItem(d, 'shocks', i))}
          >
            <TextField path={`${at}.name`} />
            <NumberField path={`${at}.probabilityPerYear`} />
            <NumberField path={`${at}.durationYears`} whole />
            <DistributionInput path={`${at}.demandIncrease`} />
            <DistributionInput path={`${at}.extraExit`} />
            <ProfessionsHit path={`${at}.professions`} />
          </RuleItem>
        );
      })}
      <button
        type="button"
        onClick={() => update((d) => addListItem(d, 'shocks', newShockTemplate(t)))}
      >
        {t('editor.crises.add')}
      </button>
    </Section>
  );
}
