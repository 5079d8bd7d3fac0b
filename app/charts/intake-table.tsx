/**
 * The table alternative of the intake chart: every percentile and the mean of training
 * places needed per year, today's and the planned intake, the share of futures no intake
 * can help, or why there is none.
 */
import { useFormats } from './formats-context.ts';
import { intakeExplanation } from './intake-chart.tsx';
import { intakeWords } from './intake-words.ts';
import type { IntakeContext } from './intake-words.ts';
import type { PercentileKey, RequiredIntake } from '../../model/result/result.ts';
import type { MessageKey } from '../i18n/translate.ts';
import './charts.css';

/** Props of {@link IntakeTable}: those of the intake chart it stands for. */
export interface IntakeTableProps extends IntakeContext {
  name: string;
  intake: RequiredIntake;
}

const ROWS: readonly { key: PercentileKey | 'mean'; label: MessageKey }[] = [
  { key: 'p5', label: 'charts.intake.p5' },
  { key: 'p10', label: 'charts.intake.p10' },
  { key: 'p25', label: 'charts.intake.p25' },
  { key: 'p50', label: 'charts.table.median' },
  { key: 'p75', label: 'charts.intake.p75' },
  { key: 'p90', label: 'charts.intake.p90' },
  { key: 'p95', label: 'charts.intake.p95' },
  { key: 'mean', label: 'charts.table.mean' },
];

/** Percentiles and mean of training places needed, or the reason there are none. */
export function IntakeTable({ name, intake, ...ctx }: IntakeTableProps) {
  const f = useFormats();
  const caption = f.t('charts.intake.label', { name, words: intakeExplanation(ctx, f) });
  return (
    <div className="hwf-chart-table hwf-table-scroll">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{f.t('charts.intake.statistic')}</th>
            <th scope="col">{f.t('charts.intake.placesAYear')}</th>
          </tr>
        </thead>
        <tbody>
          {intake.unreachable ? (
            <tr>
              <th scope="row">{f.t('charts.intake.placesNeeded')}</th>
              <td className="hwf-text-cell">{intakeWords(intake, ctx, f)}</td>
            </tr>
          ) : (
            ROWS.map(({ key, label }) => {
              const value = intake[key];
              return (
                <tr key={key}>
                  <th scope="row">{f.t(label)}</th>
                  <td>
                    {value === null
                      ? f.t('charts.intake.notAvailable')
                      : value < 0
                        ? f.t('charts.intake.negative', { count: f.count(value) })
                        : f.count(value)}
                  </td>
                </tr>
              );
            })
          )}
          {ctx.baseline && (
            <tr>
              <th scope="row">{f.t('charts.intake.today')}</th>
              <td>{f.count(ctx.baseline.today)}</td>
            </tr>
          )}
          {ctx.baseline?.planned && (
            <tr>
              <th scope="row">
                {f.t('charts.intake.plannedFor', { year: f.year(ctx.baseline.planned.year) })}
              </th>
              <td>{f.count(ctx.baseline.planned.value)}</td>
            </tr>
          )}
          {!intake.unreachable && intake.unreachableShare > 0 && (
            <tr>
              <th scope="row">{f.t('charts.intake.unreachableFutures')}</th>
              <td>{f.percent(intake.unreachableShare)}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
