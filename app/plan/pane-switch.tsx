/**
 * What the results pane shows: the projections (each profession's results) or the Plan
 * view (the cheapest plan that meets a target). A pair of toggle buttons, as the charts'
 * own switches.
 */
import { ToggleGroup } from '../charts/toggle-group.tsx';
import './plan.css';

export type ResultsPane = 'results' | 'plan';

const PANES = [
  { value: 'results', label: 'Projections' },
  { value: 'plan', label: 'Least-cost plan' },
] as const;

export function PaneSwitch(props: { pane: ResultsPane; onPane: (pane: ResultsPane) => void }) {
  return (
    <div className="hwf-plan-pane-switch">
      <ToggleGroup label="Show" options={PANES} value={props.pane} onChange={props.onPane} />
    </div>
  );
}
