/**
 * The summit's closing debrief, on screen and printed on A4: the plan (the accepted
 * proposals, by round and role), the plan against the baseline, what moved the result most
 * (each proposal's step, the plan run step by step with the same futures), what it cost,
 * and what is still uncertain (the spread of each profession's gap and what drives it).
 */
import { useMemo } from 'react';
import { useFormats } from '../charts/formats-context.ts';
import { createMoney } from '../charts/money.ts';
import { shortageWords } from '../charts/readout.ts';
import { regionalLabel } from '../editor/region-words.ts';
import type { HwfResult } from '../../model/result/result.ts';
import { useRuns } from '../workshop/use-compare.ts';
import type { Workshop } from '../workshop/use-workshop.ts';
import { movedMost, presentValue, stepEffects, uncertainties } from './debrief-figures.ts';
import { PlanTable } from './plan-table.tsx';
import { accepted, baselineName, planDraft, type Proposal } from './summit.ts';

/** Props of {@link Debrief}. */
export interface DebriefProps {
  workshop: Workshop;
  titleId: string;
}

export function Debrief({ workshop: w, titleId }: DebriefProps) {
  const f = useFormats();
  const s = w.summit;
  const state = s.state;
  const items = useMemo(() => s.steps.flatMap((x) => (x.ok ? [x.item] : [])), [s.steps]);
  const outcomes = useRuns(w.runs, items, w.result?.deterministic ?? false, true);
  const [date] = useMemo(() => [new Date()], []);
  if (!state) return null;
  const plan = accepted(state);
  const results = outcomes.map((o) => (o.status === 'done' ? o.result : null));
  const failed = outcomes.find((o) => o.status === 'error');
  const done = results.length === s.steps.length && results.every((r) => r !== null);
  const base = results[0];
  const last = results[results.length - 1];
  const draft = planDraft(state);
  const label = (path: string) => regionalLabel(path, draft);

  return (
    <article className="hwf-summit-debrief" aria-labelledby={titleId}>
      <header>
        <h2 id={titleId}>Summit debrief: {baselineName(state)}</h2>
        <p className="hwf-summit-hint">
          {new Intl.DateTimeFormat(f.locale, { dateStyle: 'long' }).format(date)} ·{' '}
          {state.round === 1 ? '1 round' : `${state.round} rounds`} ·{' '}
          {state.proposals.length === 1 ? '1 proposal' : `${state.proposals.length} proposals`},{' '}
          {plan.length} accepted
          {w.result && (
            <>
              {' · '}
              {w.result.deterministic
                ? 'one future, without chance'
                : `${f.integer(w.result.runs)} futures, the same for every step, so each step’s difference is the proposal’s, not chance`}
            </>
          )}
        </p>
      </header>

      <section aria-labelledby={`${titleId}-plan`}>
        <h3 id={`${titleId}-plan`}>The plan</h3>
        {plan.length === 0 ? (
          <p>No proposal was accepted: the plan is the baseline.</p>
        ) : (
          <ol>
            {plan.map((p) => (
              <li key={p.id}>
                {s.title(p)} <span className="hwf-summit-sub">(round {p.round})</span>
              </li>
            ))}
          </ol>
        )}
      </section>

      {failed?.status === 'error' && (
        <p className="hwf-summit-problem" role="alert">
          The plan could not be run: {failed.error}
        </p>
      )}
      {!done && !failed && (
        <p className="hwf-summit-hint" role="status">
          Running the plan step by step ({results.filter(Boolean).length} of {s.steps.length})…
        </p>
      )}
      {done && base && last && (
        <DebriefFigures
          base={base}
          last={last}
          results={results}
          label={label}
          plan={plan}
          title={s.title}
          titleId={titleId}
        />
      )}
    </article>
  );
}

interface FiguresProps {
  base: HwfResult;
  last: HwfResult;
  results: readonly (HwfResult | null)[];
  label: (path: string) => string;
  plan: Proposal[];
  title: (p: Proposal) => string;
  titleId: string;
}

function DebriefFigures(props: FiguresProps) {
  const { base: b, last: l, results: all, label: labelOf, plan, title, titleId } = props;
  const f = useFormats();
  const effects = stepEffects(plan, all);
  const most = movedMost(effects);
  const money = l.cost ? createMoney(f.locale, l.cost.currency) : null;
  const pvBase = presentValue(b);
  const pvPlan = presentValue(l);
  const year = f.year(l.targetYear);
  return (
    <>
      <section aria-labelledby={`${titleId}-against`}>
        <h3 id={`${titleId}-against`}>Against the baseline</h3>
        <PlanTable baseline={b} plan={l} caption={`The plan against the baseline in ${year}`} />
      </section>

      <section aria-labelledby={`${titleId}-moved`}>
        <h3 id={`${titleId}-moved`}>What moved the result most</h3>
        {most ? (
          <p>
            {title(most.proposal)}: for {most.professionName.toLowerCase()} in {year},{' '}
            {shortageWords(most.shortageBefore, f)} before it and{' '}
            {shortageWords(most.shortageAfter, f)} after it; the median gap went from{' '}
            {f.signed(most.gapBefore)} to {f.signed(most.gapAfter)} FTE.
          </p>
        ) : (
          <p>No proposal was accepted, so nothing moved.</p>
        )}
        {effects.length > 1 && (
          <table className="hwf-summit-table">
            <caption>Each accepted proposal’s step, in the order they were made</caption>
            <thead>
              <tr>
                <th scope="col">Proposal</th>
                <th scope="col">Shortage likely in {year}</th>
                <th scope="col">Median gap (FTE)</th>
                {money && <th scope="col">Cost change</th>}
              </tr>
            </thead>
            <tbody>
              {effects.map((e) => (
                <tr key={e.proposal.id}>
                  <th scope="row">{title(e.proposal)}</th>
                  <td>
                    {f.percent(e.shortageBefore)} → {f.percent(e.shortageAfter)}
                  </td>
                  <td>
                    {f.signed(e.gapBefore)} → {f.signed(e.gapAfter)}
                  </td>
                  {money && (
                    <td>{e.costChange === null ? '–' : signedMoney(e.costChange, money)}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby={`${titleId}-cost`}>
        <h3 id={`${titleId}-cost`}>What it cost</h3>
        {money && pvBase && pvPlan ? (
          <p>
            The plan costs {money.amount(pvPlan.p50)} in present value (90 % of futures:{' '}
            {money.amount(pvPlan.p5)} to {money.amount(pvPlan.p95)}), against{' '}
            {money.amount(pvBase.p50)} for the baseline:{' '}
            {signedMoney(pvPlan.p50 - pvBase.p50, money)}.
          </p>
        ) : (
          <p>
            The scenario has no costs, so the plan’s cost is not known: add them in the editor’s
            Costs section and run the summit’s plan again.
          </p>
        )}
      </section>

      <section aria-labelledby={`${titleId}-uncertain`}>
        <h3 id={`${titleId}-uncertain`}>What is still uncertain</h3>
        <ul>
          {uncertainties(l).map((u) => (
            <li key={u.id}>
              {u.name}: in {year} {shortageWords(u.figures.shortage, f)};{' '}
              {l.deterministic
                ? `the gap is ${f.signed(u.figures.gap)} FTE in the one future run, so its spread is not known.`
                : `in 9 futures out of 10 the gap lies between ${f.signed(u.figures.gapLow)} and ${f.signed(u.figures.gapHigh)} FTE.`}
              {u.drivers.length > 0 &&
                ` What drives it most: ${u.drivers.map((d) => withoutName(labelOf(d), u.name)).join('; ')}.`}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** "Nurses › Migration: immigration" is "Migration: immigration" in the nurses' line. */
function withoutName(label: string, name: string): string {
  const prefix = `${name} › `;
  return label.startsWith(prefix) ? label.slice(prefix.length) : label;
}

/** "+EUR 12.5 million", "−EUR 3 million". */
function signedMoney(value: number, money: { amount: (v: number) => string }): string {
  if (value === 0) return money.amount(0);
  return value > 0 ? `+${money.amount(value)}` : `−${money.amount(-value)}`;
}
