/**
 * The results pane below the page's status lines: the professions' tabs, for a scenario
 * with regions the choice of view and region, and the panel with the chosen results. The
 * choice of region and view lives here, so it survives every new result (a slider moved,
 * a run finished) and falls back to the national figures when the scenario has no regions.
 */
import { useState } from 'react';
import type { HwfResult } from '../../model/result/result.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import { useFormats } from '../charts/formats-context.ts';
import { ProfessionTabs, asTabs, panelLabelId } from '../shell/profession-tabs.tsx';
import { ProfessionResults } from './profession-results.tsx';
import type { Progress, ProgressSource } from './progress-bar.tsx';
import { RegionSwitch, type ResultsView } from './region-switch.tsx';
import { chosenRegion, professionsOf, regionsOf } from './regional.ts';
import { WhereView } from './where-view.tsx';

/** Props of {@link ResultsArea}. */
export interface ResultsAreaProps {
  result: HwfResult;
  /** The chosen profession's id (null: the first). */
  selected: string | null;
  onSelect: (id: string) => void;
  /** id of the panel the tabs control. */
  panelId: string;
  stale?: boolean;
  progress?: Progress | ProgressSource | null;
  labelFor?: (path: string) => string;
  scenario?: Scenario | null;
  /** The region whose figures are shown (null: the nation) and the view, when the page
   *  keeps them (so that they outlast a visit to another pane); else kept here. */
  regionChoice?: { region: string | null; view: ResultsView };
  onRegionChoice?: (choice: { region: string | null; view: ResultsView }) => void;
}

/** Tabs, the regional choices and the panel of results. */
export function ResultsArea(props: ResultsAreaProps) {
  const { result, selected, onSelect, panelId, stale, progress, labelFor, scenario } = props;
  const { t } = useFormats();
  const [own, setOwn] = useState<{ region: string | null; view: ResultsView }>({
    region: null,
    view: 'figures',
  });
  const kept = props.regionChoice ?? own;
  const keep = props.onRegionChoice ?? setOwn;
  const regions = regionsOf(result);
  // A scenario that lost its regions (or the chosen one): the national figures. The
  // scenario decides, not the result, so a result caught halfway keeps the choice.
  const known = scenario ? (scenario.regions ?? null) : regions;
  const choice =
    kept.region !== null && known?.some((r) => r.id === kept.region) ? kept.region : null;
  const view: ResultsView = known ? kept.view : 'figures';
  const setChoice = (region: string | null) => keep({ region, view });
  const setView = (next: ResultsView) => keep({ region: choice, view: next });
  const region = chosenRegion(result, choice);
  const national = result.professions;
  const nationalProfession = national.find((p) => p.id === selected) ?? national[0];
  if (!nationalProfession) return null;
  const shown = professionsOf(result, region);
  const profession = shown.find((p) => p.id === nationalProfession.id) ?? nationalProfession;
  const where = regions !== null && view === 'where';
  return (
    <>
      <ProfessionTabs
        professions={national}
        selected={nationalProfession.id}
        onSelect={onSelect}
        panelId={panelId}
      />
      {regions && (
        <RegionSwitch
          regions={regions}
          region={region?.id ?? null}
          onRegion={setChoice}
          view={view}
          onView={setView}
          panelId={panelId}
        />
      )}
      <div
        id={panelId}
        role={asTabs(national.length) ? 'tabpanel' : 'region'}
        aria-labelledby={panelLabelId(national.length, nationalProfession.id)}
        data-chart-subject={
          region && !where
            ? t('results.area.subject', {
                profession: nationalProfession.name,
                region: region.name,
              })
            : undefined
        }
        data-region={where ? 'all' : (region?.id ?? 'national')}
      >
        {where ? (
          <WhereView
            result={result}
            regions={regions}
            professionId={nationalProfession.id}
            stale={stale}
            progress={progress}
          />
        ) : (
          <ProfessionResults
            result={result}
            profession={profession}
            region={region}
            stale={stale}
            progress={progress}
            labelFor={labelFor}
            scenario={scenario}
          />
        )}
      </div>
    </>
  );
}
