/**
 * The report's action plan: when a least-cost plan has been found in this session for the
 * scenario the report describes (or that scenario is the plan applied), its target, the
 * levers it sets, its cost with the interval, the chance of a shortage before and after,
 * and the road map year by year. Nothing otherwise.
 */
import { useId, useMemo } from 'react';
import type { Scenario } from '../../model/scenario/types.ts';
import { useFormats } from '../charts/formats-context.ts';
import { createMoney } from '../plan/money.ts';
import { costWords } from '../plan/plan-result.tsx';
import { scenarioKey, usePlanSearch } from '../plan/plan-store.ts';
import { chosenLevers, outcomeWords, shortageRows, targetWords } from '../plan/plan-words.ts';
import { roadMap } from '../plan/road-map.ts';
import { RoadMapActions, RoadMapYears } from '../plan/road-map-view.tsx';
import { ShortageTable } from '../plan/shortage-table.tsx';
import '../plan/plan.css';

export function ReportPlan({ scenario }: { scenario: Scenario }) {
  const f = useFormats();
  const { t } = f;
  const { found } = usePlanSearch();
  const id = useId();
  const key = useMemo(() => scenarioKey(scenario), [scenario]);
  const money = useMemo(
    () =>
      createMoney(f.locale, found?.result.cost?.currency ?? scenario.costs?.currency ?? '', f.t),
    [found, scenario, f.locale, f.t],
  );
  if (!found || (key !== found.key && key !== found.plannedKey)) return null;
  const { spec, plan } = found;
  const map = roadMap(found.scenario, spec, found.result, money, f);
  const rows = shortageRows(spec, found.searched, found.before, found.result);
  const applied = key === found.plannedKey && found.key !== found.plannedKey;
  return (
    <section className="hwf-report-plan" aria-labelledby={id}>
      <h3 id={id}>{t('report.plan.title')}</h3>
      <p>
        {t(applied ? 'report.plan.targetApplied' : 'report.plan.targetNotApplied', {
          target: targetWords(spec, found.searched, f),
        })}
      </p>
      <p>{outcomeWords(spec, plan, found.searched, f)}</p>
      <h4>{plan.feasible ? t('plan.result.whatToChange') : t('plan.result.safest')}</h4>
      <ul>
        {chosenLevers(spec, plan, found.scenario, f).map((w, j) => (
          <li key={j}>{w}</li>
        ))}
      </ul>
      <p>{costWords(found, money, f)}</p>
      <ShortageTable
        rows={rows}
        className="hwf-report-facts"
        f={f}
        none="—"
        caption={t('report.plan.shortageCaption', { year: f.year(spec.target.fromYear) })}
      />
      <h4>{t('plan.view.roadMap')}</h4>
      <RoadMapActions map={map} />
      <RoadMapYears map={map} money={money} />
    </section>
  );
}
