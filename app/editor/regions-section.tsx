/**
 * "Regions", in a scenario with regions: their names (the ids stay: every regional map is
 * keyed by them), a new region (zeros everywhere until the planner fills it in), and removing
 * one (its entries everywhere and the policies for it, after a question, with an undo).
 */
import { useState } from 'react';
import { getAtPath } from '../../model/scenario/json-path.ts';
import { useT } from '../i18n/language-root.tsx';
import { useEditor } from './editor-context.ts';
import { ExactIssues } from './field.tsx';
import { fieldId } from './field-id.ts';
import {
  addRegion,
  isRegionalDraft,
  MAX_REGIONS,
  MIN_REGIONS,
  regionsOf,
  removalWords,
  removeRegion,
} from './regions.ts';
import { Section } from './section.tsx';
import { TextField } from './text-fields.tsx';

interface Undo {
  text: string;
  before: unknown;
  after: unknown;
}

export function RegionsSection() {
  const { draft, update } = useEditor();
  const t = useT();
  const [newName, setNewName] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const [undo, setUndo] = useState<Undo | null>(null);
  if (!isRegionalDraft(draft)) return null;
  const raw = getAtPath(draft, 'regions');
  const list = Array.isArray(raw) ? raw : [];
  const regions = regionsOf(draft);
  const id = fieldId('regions');
  const canRemove = regions.length > MIN_REGIONS;

  const add = () => {
    const name = newName.trim() || t('editor.region.numbered', { n: list.length + 1 });
    update((d) => addRegion(d, name).draft);
    setNewName('');
    setUndo(null);
  };
  const remove = (regionId: string) => {
    const before = draft;
    const after = removeRegion(draft, regionId);
    const name = regions.find((r) => r.id === regionId)?.name ?? regionId;
    setConfirming(null);
    setUndo({ text: t('editor.regions.removed', { name }), before, after });
    update((d) => (d === before ? after : removeRegion(d, regionId)));
  };

  return (
    <Section
      title={t('editor.regions.title')}
      summary={t('editor.listCount', { count: String(regions.length) })}
      path="regions"
      paths={['regions']}
    >
      <p className="hwf-help">{t('editor.regions.help')}</p>
      <ExactIssues path="regions" />
      {list.map((r, i) => {
        const regionId = getAtPath(r, 'id');
        const code = typeof regionId === 'string' ? regionId : '';
        const name =
          regions.find((x) => x.id === code)?.name ?? t('editor.region.numbered', { n: i + 1 });
        return (
          <fieldset key={i} className="hwf-rule" id={fieldId(`regions[${i}]`)} tabIndex={-1}>
            <legend>{name}</legend>
            <ExactIssues path={`regions[${i}]`} />
            <TextField
              path={`regions[${i}].name`}
              label={t('editor.regions.name')}
              help={t('editor.regions.nameHelp', { code })}
            />
            <ExactIssues path={`regions[${i}].id`} />
            {confirming === code ? (
              <span role="group" aria-label={t('editor.removeQuestion', { name })}>
                {removalWords(draft, code, t)}{' '}
                <button type="button" onClick={() => remove(code)}>
                  {t('editor.remove')}
                </button>{' '}
                <button type="button" onClick={() => setConfirming(null)} autoFocus>
                  {t('editor.keep')}
                </button>
              </span>
            ) : (
              <button
                type="button"
                className="hwf-remove"
                disabled={!canRemove || code === ''}
                aria-describedby={canRemove ? undefined : `${id}-min`}
                onClick={() => setConfirming(code)}
              >
                {t('editor.removeAsk', { name })}
              </button>
            )}
          </fieldset>
        );
      })}
      {canRemove ? null : (
        <p className="hwf-help" id={`${id}-min`}>
          {t('editor.regions.atLeast', { min: String(MIN_REGIONS) })}
        </p>
      )}
      {undo && undo.after === draft ? (
        <p className="hwf-note" role="status">
          {undo.text}{' '}
          <button
            type="button"
            onClick={() => {
              const { before, after } = undo;
              update((d) => (d === after ? before : d));
              setUndo(null);
            }}
          >
            {t('editor.undo')}
          </button>
        </p>
      ) : null}
      <div className="hwf-field">
        <label className="hwf-label" htmlFor={`${id}-new`}>
          {t('editor.regions.newName')}
        </label>
        <span className="hwf-control">
          <input
            id={`${id}-new`}
            type="text"
            value={newName}
            aria-describedby={`${id}-new-help`}
            onChange={(e) => setNewName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />{' '}
          <button type="button" onClick={add} disabled={regions.length >= MAX_REGIONS}>
            {t('editor.regions.add')}
          </button>
        </span>
        <span className="hwf-help" id={`${id}-new-help`}>
          {t('editor.regions.newHelp')}
        </span>
      </div>
    </Section>
  );
}
