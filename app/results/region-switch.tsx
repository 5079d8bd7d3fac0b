/**
 * For a scenario with regions: whose figures the charts show (the nation, or one region),
 * and which view (the figures, or where the shortages fall). A labelled list and a pair of
 * toggle buttons, both used from the keyboard as any list and button.
 */
import { useId } from 'react';
import { useFormats } from '../charts/formats-context.ts';
import { ToggleGroup } from '../charts/toggle-group.tsx';
import type { MessageKey } from '../i18n/translate.ts';
import './results.css';

/** The results views of a regional scenario. */
export type ResultsView = 'figures' | 'where';

/** The views, their names by message. */
export const VIEWS = [
  { value: 'figures', label: 'results.view.figures' },
  { value: 'where', label: 'results.view.where' },
] as const satisfies readonly { value: ResultsView; label: MessageKey }[];

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
  const { t } = useFormats();
  const views = VIEWS.map((v) => ({ value: v.value, label: t(v.label) }));
  return (
    <div className="hwf-area-bar">
      <ToggleGroup label={t('results.view.label')} options={views} value={view} onChange={onView} />
      {view === 'figures' && (
        <span className="hwf-region-choice">
          <label htmlFor={id}>{t('results.view.figuresFor')}</label>{' '}
          <select
            id={id}
            value={region ?? NATIONAL}
            aria-controls={panelId}
            onChange={(e) => onRegion(e.target.value === NATIONAL ? null : e.target.value)}
          >
            <option value={NATIONAL}>{t('results.view.national')}</option>
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
