/**
 * What the results pane shows: the projections (each profession's results), the Plan view
 * (the cheapest plan that meets a target), the comparison with the 19 countries' observed
 * densities, or the check against history. Toggle buttons, as the charts' own switches.
 */
import { ToggleGroup } from '../charts/toggle-group.tsx';
import { useT } from '../i18n/language-root.tsx';
import type { MessageKey } from '../i18n/translate.ts';
import './plan.css';

export type ResultsPane = 'results' | 'plan' | 'compare' | 'history';

const PANES: readonly { value: ResultsPane; label: MessageKey }[] = [
  { value: 'results', label: 'plan.pane.results' },
  { value: 'plan', label: 'plan.pane.plan' },
  { value: 'compare', label: 'plan.pane.compare' },
  { value: 'history', label: 'plan.pane.history' },
];

export function PaneSwitch(props: { pane: ResultsPane; onPane: (pane: ResultsPane) => void }) {
  const t = useT();
  const options = PANES.map((p) => ({ value: p.value, label: t(p.label) }));
  return (
    <div className="hwf-plan-pane-switch">
      <ToggleGroup
        label={t('plan.pane.show')}
        options={options}
        value={props.pane}
        onChange={props.onPane}
      />
    </div>
  );
}
