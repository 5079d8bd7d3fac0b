/** "Task shifting": a share of one profession's demand moves to another over some years. */
import { useT } from '../i18n/language-root.tsx';
import { labelFor } from '../scenario/labels.ts';
import { newSubstitutionTemplate } from '../scenario/templates.ts';
import { addListItem, professionIds, removeListItem } from './draft.ts';
import { DistributionInput } from './distribution-input.tsx';
import { useEditor } from './editor-context.ts';
import { NumberField } from './number-field.tsx';
import { baseYearOf, listOf, professionChoices, RuleItem } from './rule-lists.tsx';
import { Section } from './section.tsx';
import { SelectField } from './text-fields.tsx';

export function TaskShiftingSection() {
  const { draft, update } = useEditor();
  const t = useT();
  const list = listOf(draft, 'substitution');
  const ids = professionIds(draft);
  const choices = professionChoices(draft, t);
  return (
    <Section
      title={t('editor.taskShifting.title')}
      summary={t('editor.listCount', { count: String(list.length) })}
      path="substitution"
      paths={['substitution']}
    >
      <p className="hwf-help">{t('editor.taskShifting.help')}</p>
      {list.map((_, i) => {
        const at = `substitution[${i}]`;
        return (
          <RuleItem
            key={i}
            path={at}
            title={labelFor(at, draft, t)}
            onRemove={() => update((d) => removeListItem(d, 'substitution', i))}
          >
            <SelectField path={`${at}.from`} choices={choices} />
            <SelectField path={`${at}.to`} choices={choices} />
            <DistributionInput path={`${at}.share`} />
            <NumberField path={`${at}.ratio`} />
            <NumberField path={`${at}.startYear`} whole />
            <NumberField path={`${at}.fullYear`} whole />
          </RuleItem>
        );
      })}
      <button
        type="button"
        disabled={ids.length < 2}
        onClick={() =>
          update((d) =>
            addListItem(d, 'substitution', newSubstitutionTemplate(ids[0], ids[1], baseYearOf(d))),
          )
        }
      >
        {t('editor.taskShifting.add')}
      </button>
      {ids.length < 2 ? <p className="hwf-help">{t('editor.taskShifting.needsTwo')}</p> : null}
    </Section>
  );
}
