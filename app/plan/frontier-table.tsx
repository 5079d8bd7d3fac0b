/**
 * The frontier chart's numbers: every candidate with its lever values, its cost (present
 * value) and its worst-year chance of a shortage, whether it meets the target, the plan
 * chosen marked. Sorted by cost, cheapest first; the column buttons sort by risk or back.
 */
import { useState } from 'react';
import type { PlanCandidate, PlanLever } from '../../model/plan/types.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import { useFormats } from '../charts/formats-context.ts';
import type { Translate } from '../i18n/translate.ts';
import { leverDisplay, unitWords } from './lever-kinds.ts';
import { leverName, shortValue, substitutionTitle } from './lever-words.ts';
import { isChosen } from './frontier.ts';
import { moneyColumn, type Money } from './money.ts';

export interface FrontierTableProps {
  frontier: readonly PlanCandidate[];
  chosen: readonly number[];
  target: number;
  money: Money;
  /** The scenario searched, and its levers (policy or rule of each). */
  scenario: Scenario;
  levers: readonly PlanLever[];
}

type SortKey = 'cost' | 'risk';

/** The candidates in the order of `key`: cheapest (or safest) first, ties by the other. */
export function sortCandidates<T extends PlanCandidate>(cs: readonly T[], key: SortKey): T[] {
  const cost = (a: T, b: T) => a.presentValue - b.presentValue;
  const risk = (a: T, b: T) => a.worstShortageProbability - b.worstShortageProbability;
  return [...cs].sort((a, b) =>
    key === 'cost' ? cost(a, b) || risk(a, b) : risk(a, b) || cost(a, b),
  );
}

/** The header of a lever's column: its name and unit. */
export function leverHeader(scenario: Scenario, lever: PlanLever, t: Translate): string {
  if (lever.substitution !== undefined) {
    return t('plan.frontierTable.shareColumn', {
      rule: substitutionTitle(scenario, lever.substitution, t),
    });
  }
  const p = scenario.policies[lever.policy];
  if (!p) return t('plan.frontierTable.policyColumn', { n: String(lever.policy + 1) });
  const d = leverDisplay(p);
  const name = leverName(scenario, p, t);
  return d.percent
    ? t('plan.frontierTable.changeColumn', { lever: name })
    : t('plan.frontierTable.unitColumn', { lever: name, unit: unitWords(d.unit, t) });
}

export function FrontierTable(props: FrontierTableProps) {
  const { frontier, chosen, target, scenario, levers } = props;
  const f = useFormats();
  const { t } = f;
  // A column of sums keeps its trailing zeros, with the digits that tell them apart.
  const money = moneyColumn(
    props.money,
    frontier.map((c) => c.presentValue),
    true,
  );
  const [key, setKey] = useState<SortKey>('cost');
  const rows = sortCandidates(frontier, key);
  const caption = t(
    key === 'cost' ? 'plan.frontierTable.captionCost' : 'plan.frontierTable.captionRisk',
    { count: f.integer(frontier.length) },
  );
  const sortButton = (k: SortKey, text: string) => (
    <th scope="col" aria-sort={key === k ? 'ascending' : undefined}>
      <button type="button" className="hwf-plan-sort" onClick={() => setKey(k)}>
        {text}
        <span aria-hidden="true">{key === k ? ' ▲' : ''}</span>
      </button>
    </th>
  );
  return (
    <div
      className="hwf-chart-table hwf-table-scroll hwf-plan-frontier-table"
      role="region"
      aria-label={caption}
      tabIndex={0}
    >
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {levers.map((l, j) => (
              <th key={j} scope="col" className="hwf-text-cell">
                {leverHeader(scenario, l, t)}
              </th>
            ))}
            {sortButton('cost', t('plan.frontier.costAxis', { unit: money.label }))}
            {sortButton('risk', t('plan.frontierTable.riskColumn'))}
            <th scope="col">{t('plan.frontier.meets')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c, i) => {
            const mark = isChosen(c, chosen);
            return (
              <tr key={i} className={mark ? 'hwf-target-row' : undefined}>
                {c.levers.map((v, j) => {
                  const l = levers[j];
                  const p =
                    l && l.substitution === undefined
                      ? (scenario.policies[l.policy] ?? null)
                      : null;
                  return <td key={j}>{shortValue(p, v, f.locale)}</td>;
                })}
                <td>{money.show(c.presentValue)}</td>
                <td>{f.percent(c.worstShortageProbability)}</td>
                <td className="hwf-text-cell">
                  {t(
                    c.worstShortageProbability <= target
                      ? mark
                        ? 'plan.frontierTable.yesChosen'
                        : 'plan.frontierTable.yes'
                      : mark
                        ? 'plan.frontierTable.noChosen'
                        : 'plan.frontierTable.no',
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
