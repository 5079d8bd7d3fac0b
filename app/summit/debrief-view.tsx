/**
 * The summit's plan table and debrief drawn from their words (./debrief-text.ts): the same
 * in the presenter's window, in print and in the projector window.
 */
import { useT } from '../i18n/language-root.tsx';
import type { DebriefText, PlanTableText } from './debrief-text.ts';

/** The plan against the baseline as a table. */
export function PlanTableView({ table, caption }: { table: PlanTableText; caption: string }) {
  const t = useT();
  return (
    <table className="hwf-summit-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('summit.table.inYear', { year: table.year })}</th>
          <th scope="col">{t('summit.table.baseline')}</th>
          <th scope="col">{t('summit.table.plan')}</th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r) => (
          <tr key={r.name}>
            <th scope="row">
              {t('summit.table.shortage', { name: r.name })}
              <span className="hwf-summit-sub">{t('summit.table.gap')}</span>
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
              {t('summit.table.cost')} <span className="hwf-summit-sub">{table.cost.span}</span>
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
  const t = useT();
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
        {part('plan', t('summit.debrief.plan'))}
        {text.plan.length === 0 ? (
          <p>{t('summit.debrief.noPlan')}</p>
        ) : (
          <ol>
            {text.plan.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby={`${titleId}-against`}>
        {part('against', t('summit.debrief.against'))}
        <PlanTableView
          table={text.table}
          caption={t('summit.debrief.tableCaption', { year: text.table.year })}
        />
      </section>
      <section aria-labelledby={`${titleId}-moved`}>
        {part('moved', t('summit.debrief.moved'))}
        <p>{text.moved}</p>
        {text.steps.length > 0 && (
          <table className="hwf-summit-table">
            <caption>{t('summit.debrief.stepsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('summit.debrief.proposal')}</th>
                <th scope="col">{t('summit.debrief.shortageIn', { year: text.table.year })}</th>
                <th scope="col">{t('summit.debrief.medianGap')}</th>
                {text.steps.some((s) => s.cost !== null) && (
                  <th scope="col">{t('summit.debrief.costChange')}</th>
                )}
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
        {part('cost', t('summit.debrief.cost'))}
        <p>{text.cost}</p>
      </section>
      <section aria-labelledby={`${titleId}-uncertain`}>
        {part('uncertain', t('summit.debrief.uncertain'))}
        <ul>
          {text.uncertain.map((u) => (
            <li key={u}>{u}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
