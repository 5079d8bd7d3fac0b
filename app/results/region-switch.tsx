/**
 * For a scenario with regions: whose figures the charts show (the nation, or one region),
 * and which view (the figures, or where the shortages fall). A labelled list and a pair of
 * toggle buttons, both used from the keyboard as any list and button.
 */
import { useId } from 'react';
import { ToggleGroup } from '../charts/toggle-group.tsx';
import './results.css';

/** The results views of a regional scenario. */
export type ResultsView = 'figures' | 'where';

export const VIEWS = [
  { value: 'figures', label: 'Figures' },
  { value: 'where', label: 'Where the shortages fall' },
] as const;

/** The list's value for the national figures. */
export const NATIONAL = '';

/** Props of {@link RegionSwitch}. */
export interface RegionSwitchProps {
  regions: readonly { id: string; name: string }[];
  /** The chosen region, or null for the national figures. */
  region: string | null;
  onRegion: (id: string | null) => void;
  view: ResultsView;
  onView: (view: ResultsView) => void;
  /** id of the panel the choices change. */
  panelId: string;
}

/** The view buttons and, with the figures shown, the region list. */
export function RegionSwitch({
  regions,
  region,
  onRegion,
  view,
  onView,
  panelId,
}: RegionSwitchProps) {
  const id = useId();
  return (
    <div className="hwf-area-bar">
      <ToggleGroup label="Results view" options={VIEWS} value={view} onChange={onView} />
      {view === 'figures' && (
        <span className="hwf-region-choice">
          <label htmlFor={id}>Figures for</label>{' '}
          <select
            id={id}
            value={region ?? NATIONAL}
            aria-controls={panelId}
            onChange={(e) => onRegion(e.target.value === NATIONAL ? null : e.target.value)}
          >
            <option value={NATIONAL}>National (all regions)</option>
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </span>
      )}
    </div>
  );
}
