/**
 * The plan found: the outcome in words (never hidden when no plan meets the target), what
 * to change, what it costs with its interval, and the chance of a shortage before and after
 * in the worst year of the target's years; "Apply this plan" while the plan belongs to the
 * working scenario.
 */
import type { Ref } from 'react';
import { useFormats } from '../charts/formats-context.ts';
import type { Formats } from '../format.ts';
import { ratePercent, type Money } from './money.ts';
import { ShortageTable } from './shortage-table.tsx';
import type { FoundPlan } from './plan-store.ts';
import { chosenLevers, outcomeWords, shortageRows } from './plan-words.ts';

/**
 * "Present value of all costs 2026–2045 at 3% a year: EUR 25.4 billion on average (90%:
 * 23.0–28.2 billion). The scenario as it was: EUR 24.8 billion." The mean, which the
 * search makes as small as it can.
 */
export function costWords(found: FoundPlan, money: Money, f: Formats): string {
  const pv = found.plan.presentValue;
  const years = found.result.years;
  const rate = found.result.cost?.discountRate ?? 0;
  const span = f.years(years[1] ?? years[0], years[years.length - 1]);
  const [amount, interval] = splitInterval(
    money.withInterval(pv.mean, pv.p5, pv.p95, f.percent(0.9)),
  );
  const values = { span, amount, hasInterval: interval ? 'yes' : 'no', interval };
  const main =
    rate > 0
      ? f.t('plan.cost.discounted', { ...values, rate: ratePercent(rate, f.locale) })
      : f.t('plan.cost.undiscounted', values);
  const before = found.before?.cost?.presentValue.mean;
  return before !== undefined
    ? `${main} ${f.t('plan.cost.before', { amount: money.amount(before) })}`
    : main;
}

/** "EUR 25.4 billion (90%: 23.0–28.2 billion)" → the amount and its interval. */
function splitInterval(text: string): [string, string] {
  const at = text.indexOf(' (');
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}

export interface PlanResultProps {
  found: FoundPlan;
  money: Money;
  /** The plan belongs to an earlier version of the scenario. */
  stale: boolean;
  /** The working scenario is the plan's (it has been applied). */
  applied: boolean;
  onApply: () => void;
  headingRef?: Ref<HTMLHeadingElement>;
}

export function PlanResultView(props: PlanResultProps) {
  const { found, money, stale, applied, onApply, headingRef } = props;
  const f = useFormats();
  const { t } = f;
  const { plan, spec } = found;
  const rows = shortageRows(spec, found.searched, found.before, found.result);
  const levers = chosenLevers(spec, plan, found.scenario, f);
  return (
    <section
      className={stale ? 'hwf-plan-result hwf-results-stale' : 'hwf-plan-result'}
      aria-labelledby="plan-result-heading"
      data-stale={stale || undefined}
    >
      <h4 id="plan-result-heading" tabIndex={-1} ref={headingRef}>
        {plan.feasible ? t('plan.result.found') : t('plan.result.none')}
      </h4>
      {stale && <p className="hwf-stale-banner">{t('plan.result.stale')}</p>}
      <p className="hwf-plan-outcome">{outcomeWords(spec, plan, found.searched, f)}</p>
      <p className="hwf-plan-subhead">
        {plan.feasible ? t('plan.result.whatToChange') : t('plan.result.safest')}
      </p>
      <ul className="hwf-plan-levers">
        {levers.map((words, j) => (
          <li key={j}>{words}</li>
        ))}
      </ul>
      <p className="hwf-plan-cost">{costWords(found, money, f)}</p>
      <ShortageTable
        rows={rows}
        className="hwf-plan-shortage"
        f={f}
        none={t('plan.result.notKnown')}
        caption={t('plan.result.shortageCaption', {
          year: f.year(spec.target.fromYear),
          share: f.percent(spec.target.maxShortageProbability),
        })}
      />
      {applied ? (
        <p className="hwf-plan-applied" role="status">
          {t('plan.result.applied')}
        </p>
      ) : (
        !stale && (
          <p className="hwf-plan-apply">
            <button type="button" aria-describedby="plan-apply-help" onClick={onApply}>
              {t('plan.result.apply')}
            </button>{' '}
            <span id="plan-apply-help" className="hwf-help">
              {t('plan.result.applyHelp')}
            </span>
          </p>
        )
      )}
    </section>
  );
}
