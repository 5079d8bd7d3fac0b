/**
 * The table alternative of the tornado: the inputs drawn, their correlation and its
 * direction in words, how many more inputs there are, and how many had no detectable effect.
 */
import { useFormats } from './formats-context.ts';
import {
  DEFAULT_TOP,
  detectableBound,
  directionWords,
  moreWords,
  pathLabel,
  rankSensitivity,
  undetectableWords,
} from './sensitivity.ts';
import { tornadoTitle } from './tornado.tsx';
import type { TornadoProps } from './tornado.tsx';
import './charts.css';

/** The ranked inputs as rows; "and K more inputs" as the last row when cut. */
export function TornadoTable({
  name,
  targetYear,
  entries,
  labelFor = pathLabel,
  top = DEFAULT_TOP,
  runs,
}: TornadoProps) {
  const f = useFormats();
  const { shown, more, undetectable } = rankSensitivity(entries, top, runs);
  const chance =
    undetectable > 0 && runs !== undefined ? undetectableWords(undetectable, runs, f) : null;
  return (
    <div className="hwf-chart-table hwf-table-scroll">
      <table>
        <caption>
          {f.t('charts.tornado.caption', { title: tornadoTitle(name, f.year(targetYear), f.t) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{f.t('charts.tornado.input')}</th>
            <th scope="col">{f.t('charts.tornado.rankCorrelation')}</th>
            <th scope="col">{f.t('charts.tornado.direction')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.length === 0 && !chance && (
            <tr>
              <td className="hwf-text-cell" colSpan={3}>
                {f.t('charts.tornado.noInputVaries')}
              </td>
            </tr>
          )}
          {shown.map((entry) => (
            <tr key={entry.input}>
              <th scope="row">{labelFor(entry.input)}</th>
              <td>{f.correlation(entry.rankCorrelation)}</td>
              <td className="hwf-text-cell">{directionWords(entry.rankCorrelation, f)}</td>
            </tr>
          ))}
          {more > 0 && (
            <tr className="hwf-more-row">
              <td className="hwf-text-cell" colSpan={3}>
                {moreWords(more, f)}
              </td>
            </tr>
          )}
          {chance && (
            <tr className="hwf-more-row">
              <td className="hwf-text-cell" colSpan={3}>
                {f.t('charts.tornado.withinChance', {
                  inputs: chance[0].toUpperCase() + chance.slice(1),
                  bound: f.correlation(detectableBound(runs)).replace('+', ''),
                })}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
