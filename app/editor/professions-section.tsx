/** The professions of the scenario, each in its own collapsible panel, and "Add a profession". */
import { getAtPath } from '../../model/scenario/json-path.ts';
import { useT } from '../i18n/language-root.tsx';
import { newProfessionTemplate } from '../scenario/templates.ts';
import { agesOf } from './age-range.ts';
import { addListItem, professionIds, professionsOf, uniqueId } from './draft.ts';
import { useEditor } from './editor-context.ts';
import { ExactIssues } from './field.tsx';
import { fieldId } from './field-id.ts';
import { ProfessionPanel } from './profession-panel.tsx';
import { isRegionalDraft, regionaliseProfession, regionsOf } from './regions.ts';

const MAX_PROFESSIONS = 30;

export function ProfessionsSection() {
  const { draft, update } = useEditor();
  const t = useT();
  const list = professionsOf(draft);
  const notList =
    getAtPath(draft, 'professions') !== undefined &&
    !Array.isArray(getAtPath(draft, 'professions'));
  const add = () =>
    update((d) => {
      const ages = agesOf(d) ?? { min: 20, max: 74 };
      const fresh = newProfessionTemplate(
        uniqueId('profession', professionIds(d)),
        ages,
        t('scenario.template.newProfession'),
      );
      // In a scenario with regions, the example's per-region fields are given per region.
      const ids = regionsOf(d).map((r) => r.id);
      const item = isRegionalDraft(d) ? regionaliseProfession(fresh, ids) : fresh;
      return addListItem(d, 'professions', item);
    });
  return (
    <div className="hwf-professions" id={fieldId('professions')} tabIndex={-1}>
      <ExactIssues path="professions" />
      {list.map((_, i) => (
        <ProfessionPanel key={i} index={i} open={list.length === 1} />
      ))}
      {notList ? (
        <p className="hwf-warning">{t('editor.professions.notList')}</p>
      ) : (
        <button type="button" onClick={add} disabled={list.length >= MAX_PROFESSIONS}>
          {t('editor.professions.add')}
        </button>
      )}
    </div>
  );
}
