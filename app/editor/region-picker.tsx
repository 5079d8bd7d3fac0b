/**
 * The region a profession's panel shows: its headcount table, training places, students in
 * training and today's FTE need are one entry per region, and the picker chooses which
 * region's entry the fields edit (by path: `professions[0].stock.south`). Focusing a field of
 * another region (from the Problems list) switches the picker to it first (focus.ts).
 */
import { useEffect, useState } from 'react';
import { useT } from '../i18n/language-root.tsx';
import { useEditor } from './editor-context.ts';
import { fieldId } from './field-id.ts';
import { FOCUS_PATH_EVENT } from './focus.ts';
import { isRegionalDraft, regionOfPath, regionsOf } from './regions.ts';
import type { RegionEntry } from './regions.ts';

/** The region shown in a profession's panel, and the scenario's regions. */
export interface RegionView {
  id: string;
  name: string;
  all: RegionEntry[];
}

/**
 * The region the panel of profession `at` shows (undefined for a scenario without regions),
 * and a way to choose another.
 */
export function useRegionChoice(at: string): [RegionView | undefined, (id: string) => void] {
  const { draft, focusRequest } = useEditor();
  const all = regionsOf(draft);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const ids = all.map((r) => r.id).join(' ');
  useEffect(() => {
    const onFocusPath = (e: Event) => {
      if (!(e instanceof CustomEvent) || typeof e.detail !== 'string') return;
      const id = regionOfPath(e.detail, at);
      if (id !== undefined && ids.split(' ').includes(id)) setChosen(id);
    };
    document.addEventListener(FOCUS_PATH_EVENT, onFocusPath);
    return () => document.removeEventListener(FOCUS_PATH_EVENT, onFocusPath);
  }, [at, ids]);
  // A request to focus a field (the Problems list) shows its region.
  const asked = focusRequest ? regionOfPath(focusRequest.path, at) : undefined;
  const [seen, setSeen] = useState(focusRequest?.seq);
  if (focusRequest && focusRequest.seq !== seen) {
    setSeen(focusRequest.seq);
    if (asked !== undefined && all.some((r) => r.id === asked)) setChosen(asked);
  }
  if (!isRegionalDraft(draft) || all.length === 0) return [undefined, setChosen];
  const shown = all.find((r) => r.id === chosen) ?? all[0];
  return [{ id: shown.id, name: shown.name, all }, setChosen];
}

export function RegionPicker(props: {
  at: string;
  profession: string;
  view: RegionView;
  onPick: (id: string) => void;
}) {
  const { at, profession, view, onPick } = props;
  const t = useT();
  const id = `${fieldId(at)}-region`;
  return (
    <div className="hwf-field hwf-region-picker">
      <label className="hwf-label" htmlFor={id}>
        {t('editor.regionPicker.label')}
      </label>
      <span className="hwf-control">
        <select
          id={id}
          value={view.id}
          aria-describedby={`${id}-help`}
          onChange={(e) => onPick(e.target.value)}
        >
          {view.all.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </span>
      <span className="hwf-help" id={`${id}-help`}>
        {t('editor.regionPicker.help', { profession })}
      </span>
    </div>
  );
}
