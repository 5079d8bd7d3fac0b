/**
 * What the results pane shows: the projections (each profession's results), the Plan view
 * (the cheapest plan that meets a target), the comparison with the 19 countries' observed
 * densities, or the check against history. Toggle buttons, as the charts' own switches.
 */
import { ToggleGroup } from '../charts/toggle-group.tsx';
import './plan.css';

export type ResultsPane = 'results' | 'plan' | 'compare' | 'history';

const PANES = [
  { value: 'results', label: 'Projections' },
  { value: 'plan', label: 'Least-cost plan' },
  { value: 'compare', label: 'Compare countries' },
  { value: 'history', label: 'Check against history' },
] as const;

export function PaneSwitch(props: { pane: ResultsPane; onPane: (pane: ResultsPane) => void }) {
  return (
    <div className="hwf-plan-pane-switch">
      <ToggleGroup label="Show" options={PANES} value={props.pane} onChange={props.onPane} />
    </div>
  );
}
