/**
 * "Regions", in a scenario with regions: their names (the ids stay: every regional map is
 * keyed by them), a new region (zeros everywhere until the planner fills it in), and removing
 * one (its entries everywhere and the policies for it, after a question, with an undo).
 */
import { useState } from 'react';
import { getAtPath } from '../../model/scenario/json-path.ts';
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
    const name = newName.trim() || `Region ${list.length + 1}`;
    update((d) => addRegion(d, name).draft);
    setNewName('');
    setUndo(null);
  };
  const remove = (regionId: string) => {
    const before = draft;
    const after = removeRegion(draft, regionId);
    const name = regions.find((r) => r.id === regionId)?.name ?? regionId;
    setConfirming(null);
    setUndo({ text: `${name} and its numbers were removed.`, before, after });
    update((d) => (d === before ? after : removeRegion(d, regionId)));
  };

  return (
    <Section title="Regions" summary={`(${regions.length})`} path="regions" paths={['regions']}>
      <p className="hwf-help">
        Each profession’s headcount, training places, students in training and today’s FTE need are
        given per region, and people can move between regions. Everything else is national.
      </p>
      <ExactIssues path="regions" />
      {list.map((r, i) => {
        const regionId = getAtPath(r, 'id');
        const code = typeof regionId === 'string' ? regionId : '';
        const name = regions.find((x) => x.id === code)?.name ?? `Region ${i + 1}`;
        return (
          <fieldset key={i} className="hwf-rule" id={fieldId(`regions[${i}]`)} tabIndex={-1}>
            <legend>{name}</legend>
            <ExactIssues path={`regions[${i}]`} />
            <TextField
              path={`regions[${i}].name`}
              label="Name"
              help={`as shown in the editor and the results; its code in the file is “${code}”`}
            />
            <ExactIssues path={`regions[${i}].id`} />
            {confirming === code ? (
              <span role="group" aria-label={`Remove ${name}?`}>
                {removalWords(draft, code)}{' '}
                <button type="button" onClick={() => remove(code)}>
                  Remove
                </button>{' '}
                <button type="button" onClick={() => setConfirming(null)} autoFocus>
                  Keep
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
                Remove {name}…
              </button>
            )}
          </fieldset>
        );
      })}
      {canRemove ? null : (
        <p className="hwf-help" id={`${id}-min`}>
          A scenario with regions needs at least {MIN_REGIONS}, so none can be removed now.
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
            Undo
          </button>
        </p>
      ) : null}
      <div className="hwf-field">
        <label className="hwf-label" htmlFor={`${id}-new`}>
          Name of a new region
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
            Add a region
          </button>
        </span>
        <span className="hwf-help" id={`${id}-new-help`}>
          the new region starts with no one: headcount 0, no training places, no students, a
          population of 0; fill them in per profession
        </span>
      </div>
    </Section>
  );
}
