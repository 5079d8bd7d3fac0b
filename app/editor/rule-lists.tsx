/** Shared parts of the lists of policies, task-shifting rules and crises. */
import type { ReactNode } from 'react';
import { getAtPath } from '../../model/scenario/json-path.ts';
import { useT } from '../i18n/language-root.tsx';
import { englishT, type Translate } from '../i18n/translate.ts';
import { professionsOf } from './draft.ts';
import { ExactIssues } from './field.tsx';
import { fieldId } from './field-id.ts';
import type { Choice } from './text-fields.tsx';
import { lowerFirst } from '../i18n/case.ts';

/** The professions of the draft as choices: "Nurses (nurse)" (in the language of `t`). */
export function professionChoices(draft: unknown, t: Translate = englishT): Choice[] {
  return professionsOf(draft).flatMap((p) => {
    const id = getAtPath(p, 'id');
    const name = getAtPath(p, 'name');
    if (typeof id !== 'string' || id.trim() === '') return [];
    const label =
      typeof name === 'string' && name.trim() !== '' && name !== id
        ? t('editor.rule.professionChoice', { name, id })
        : id;
    return [{ value: id, label }];
  });
}

/** The base year of the draft, or this year when it is not valid. */
export function baseYearOf(draft: unknown): number {
  const y = getAtPath(draft, 'baseYear');
  return typeof y === 'number' && Number.isInteger(y) ? y : new Date().getFullYear();
}

export function RuleItem(props: {
  path: string;
  title: string;
  onRemove: () => void;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <fieldset className="hwf-rule" id={fieldId(props.path)} tabIndex={-1}>
      <legend>{props.title}</legend>
      <ExactIssues path={props.path} />
      {props.children}
      <button type="button" className="hwf-remove" onClick={props.onRemove}>
        {t('editor.rule.remove', {
          title: lowerFirst(props.title),
        })}
      </button>
    </fieldset>
  );
}

export function listOf(draft: unknown, key: string): unknown[] {
  const v = getAtPath(draft, key);
  return Array.isArray(v) ? v : [];
}
