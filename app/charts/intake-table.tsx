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
import './charts.css';

/** Props of {@link IntakeTable}: those of the intake chart it stands for. */
export interface IntakeTableProps extends IntakeContext {
  name: string;
  intake: RequiredIntake;
}

const ROWS: readonly { key: PercentileKey | 'mean'; label: string }[] = [
  { key: 'p5', label: '5th percentile' },
  { key: 'p10', label: '10th percentile' },
  { key: 'p25', label: '25th percentile' },
  { key: 'p50', label: 'Median' },
  { key: 'p75', label: '75th percentile' },
  { key: 'p90', label: '90th percentile' },
  { key: 'p95', label: '95th percentile' },
  { key: 'mean', label: 'Mean' },
];

/** Percentiles and mean of training places needed, or the reason there are none. */
export function IntakeTable({ name, intake, ...ctx }: IntakeTableProps) {
  const f = useFormats();
  const caption = `Training places needed per year for ${name}. ${intakeExplanation(ctx, f)}`;
  return (
    <div className="hwf-chart-table hwf-table-scroll">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Statistic</th>
            <th scope="col">Places a year</th>
          </tr>
        </thead>
        <tbody>
          {intake.unreachable ? (
            <tr>
              <th scope="row">Training places needed</th>
              <td className="hwf-text-cell">{intakeWords(intake, ctx, f)}</td>
            </tr>
          ) : (
            ROWS.map(({ key, label }) => {
              const value = intake[key];
              return (
                <tr key={key}>
                  <th scope="row">{label}</th>
                  <td>
                    {value === null
                      ? 'not available'
                      : value < 0
                        ? `${f.count(value)} (no new intake needed)`
                        : f.count(value)}
                  </td>
                </tr>
              );
            })
          )}
          {ctx.baseline && (
            <tr>
              <th scope="row">Today&apos;s intake</th>
              <td>{f.count(ctx.baseline.today)}</td>
            </tr>
          )}
          {ctx.baseline?.planned && (
            <tr>
              <th scope="row">Planned for {f.year(ctx.baseline.planned.year)}</th>
              <td>{f.count(ctx.baseline.planned.value)}</td>
            </tr>
          )}
          {!intake.unreachable && intake.unreachableShare > 0 && (
            <tr>
              <th scope="row">Futures in which no intake can close the gap</th>
              <td>{f.percent(intake.unreachableShare)}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
