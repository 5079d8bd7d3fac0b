/**
 * The costs in the results, when the scenario has them (MODEL.md §7): the present value with
 * its 90 % interval as sentences, then the profession's costs per year and those of every
 * profession together. With a region chosen, the profession's costs are the region's; the
 * total of all professions is the nation's (the result has no total per region).
 */
import { useId, useMemo } from 'react';
import type { HwfResult, ProfessionResult } from '../../model/result/result.ts';
import { ChartFrame } from '../charts/chart-frame.tsx';
import { CostChart } from '../charts/cost-chart.tsx';
import { CostTable } from '../charts/cost-table.tsx';
import { presentValueWords } from '../charts/cost-words.ts';
import { fileNameFor } from '../charts/export.ts';
import { useFormats } from '../charts/formats-context.ts';
import { createMoney } from '../charts/money.ts';
import './results.css';
import './costs.css';

/** Props of {@link CostResults}. */
export interface CostResultsProps {
  result: HwfResult;
  /** The profession shown (the region's figures when a region is chosen). */
  profession: ProfessionResult;
  region?: { id: string; name: string } | null;
  year?: number;
  onYearChange?: (year: number) => void;
}

/** Present values and cost charts; nothing when the result has no costs. */
export function CostResults(props: CostResultsProps) {
  const { result, profession: p, region, year, onYearChange } = props;
  const f = useFormats();
  const { t } = f;
  const headingId = useId();
  const total = result.cost;
  const money = useMemo(
    () => (total ? createMoney(f.locale, total.currency, t) : null),
    [f.locale, total, t],
  );
  if (!total || !money) return null;
  const { years, targetYear } = result;
  const pv = (cost: NonNullable<ProfessionResult['cost']>) =>
    t('results.costs.sentence', {
      value: presentValueWords(years, cost, total.discountRate, money, f),
    });
  const who = region
    ? t('results.costs.inRegion', { profession: p.name, region: region.name })
    : p.name;
  const several = result.professions.length > 1;
  const everyone = region ? t('results.costs.everyoneNational') : t('results.costs.everyone');
  const everyoneLead = region
    ? t('results.costs.everyoneNationalLead')
    : t('results.costs.everyoneLead');
  // File names stay in English in every language.
  const file = (what: string) => fileNameFor(`${what} costs per year`);
  const whoFile = region ? `${p.name} in ${region.name}` : p.name;
  const everyoneFile = region ? 'all professions, national' : 'all professions';
  const common = { years, targetYear, money };
  const cursor = { year, onYearChange };
  return (
    <section className="hwf-costs" aria-labelledby={headingId}>
      <h3 id={headingId} className="hwf-costs-title">
        {t('results.costs.heading')}
      </h3>
      <ul className="hwf-costs-pv">
        {p.cost && (
          <li>
            <strong>{t('results.costs.whose', { who })}</strong> {pv(p.cost)}
          </li>
        )}
        {several && (
          <li>
            <strong>{t('results.costs.whose', { who: everyoneLead })}</strong> {pv(total)}
          </li>
        )}
      </ul>
      <div className="hwf-results-grid">
        {p.cost && (
          <ChartFrame
            title={t('results.costs.title', { who })}
            level={4}
            fileName={file(whoFile)}
            chart={<CostChart name={who} cost={p.cost} {...common} {...cursor} />}
            table={<CostTable name={who} cost={p.cost} {...common} />}
          />
        )}
        {several && (
          <div data-chart-subject={everyone}>
            <ChartFrame
              title={t('results.costs.title', { who: everyone })}
              level={4}
              fileName={file(everyoneFile)}
              chart={<CostChart name={everyone} cost={total} {...common} {...cursor} />}
              table={<CostTable name={everyone} cost={total} {...common} />}
            />
          </div>
        )}
      </div>
      {region && several && <p className="hwf-note">{t('results.costs.regionNote')}</p>}
    </section>
  );
}
