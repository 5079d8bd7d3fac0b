/**
 * The summit's plan table and debrief drawn from their words (./debrief-text.ts): the same
 * in the presenter's window, in print and in the projector window.
 */
import type { DebriefText, PlanTableText } from './debrief-text.ts';

/** The plan against the baseline as a table. */
export function PlanTableView({ table, caption }: { table: PlanTableText; caption: string }) {
  return (
    <table className="hwf-summit-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">In {table.year}</th>
          <th scope="col">Baseline</th>
          <th scope="col">The plan</th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r) => (
          <tr key={r.name}>
            <th scope="row">
              {r.name}: shortage likely
              <span className="hwf-summit-sub">median gap (FTE)</span>
            </th>
            <td>
              {r.baseline}
              <span className="hwf-summit-sub">{r.baselineGap}</span>
            </td>
            <td>
              {r.plan}
              <span className="hwf-summit-sub">{r.planGap}</span>
            </td>
          </tr>
        ))}
        {table.cost && (
          <tr>
            <th scope="row">
              Cost, present value <span className="hwf-summit-sub">{table.cost.span}</span>
            </th>
            <td>{table.cost.baseline}</td>
            <td>{table.cost.plan}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

/** Props of {@link DebriefView}. */
export interface DebriefViewProps {
  text: DebriefText;
  titleId: string;
  /** The heading level of the debrief's title (its parts one below). */
  level: 1 | 2;
}

export function DebriefView({ text, titleId, level }: DebriefViewProps) {
  const Title = level === 1 ? 'h1' : 'h2';
  const Part = level === 1 ? 'h2' : 'h3';
  const part = (id: string, title: string) => (
    <Part id={`${titleId}-${id}`} className="hwf-summit-part">
      {title}
    </Part>
  );
  return (
    <article className="hwf-summit-debrief" aria-labelledby={titleId}>
      <header>
        <Title id={titleId} className="hwf-summit-debrief-title">
          {text.heading}
        </Title>
        <p className="hwf-summit-hint">{text.meta}</p>
      </header>
      <section aria-labelledby={`${titleId}-plan`}>
        {part('plan', 'The plan')}
        {text.plan.length === 0 ? (
          <p>No proposal was accepted: the plan is the baseline.</p>
        ) : (
          <ol>
            {text.plan.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby={`${titleId}-against`}>
        {part('against', 'Against the baseline')}
        <PlanTableView table={text.table} caption={`Shortage and gap in ${text.table.year}`} />
      </section>
      <section aria-labelledby={`${titleId}-moved`}>
        {part('moved', 'What moved the result most')}
        <p>{text.moved}</p>
        {text.steps.length > 0 && (
          <table className="hwf-summit-table">
            <caption>Each accepted proposal’s step, in the order they were made</caption>
            <thead>
              <tr>
                <th scope="col">Proposal</th>
                <th scope="col">Shortage likely in {text.table.year}</th>
                <th scope="col">Median gap (FTE)</th>
                {text.steps.some((s) => s.cost !== null) && <th scope="col">Cost change</th>}
              </tr>
            </thead>
            <tbody>
              {text.steps.map((s) => (
                <tr key={s.title}>
                  <th scope="row">{s.title}</th>
                  <td>{s.shortage}</td>
                  <td>{s.gap}</td>
                  {text.steps.some((x) => x.cost !== null) && <td>{s.cost ?? '–'}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby={`${titleId}-cost`}>
        {part('cost', 'What it cost')}
        <p>{text.cost}</p>
      </section>
      <section aria-labelledby={`${titleId}-uncertain`}>
        {part('uncertain', 'What is still uncertain')}
        <ul>
          {text.uncertain.map((u) => (
            <li key={u}>{u}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
