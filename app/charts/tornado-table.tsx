/**
 * The table alternative of the tornado: the inputs drawn, their correlation and its
 * direction in words, and how many more inputs there are.
 */
import { useFormats } from './formats-context.ts';
import {
  DEFAULT_TOP,
  directionWords,
  moreWords,
  pathLabel,
  rankSensitivity,
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
}: TornadoProps) {
  const f = useFormats();
  const { shown, more } = rankSensitivity(entries, top);
  return (
    <div className="hwf-chart-table hwf-table-scroll">
      <table>
        <caption>
          {tornadoTitle(name, f.year(targetYear))}: rank correlation of each uncertain input with
          the gap, largest first
        </caption>
        <thead>
          <tr>
            <th scope="col">Input</th>
            <th scope="col">Rank correlation</th>
            <th scope="col">Direction</th>
          </tr>
        </thead>
        <tbody>
          {shown.length === 0 && (
            <tr>
              <td className="hwf-text-cell" colSpan={3}>
                No uncertain input varies between the futures.
              </td>
            </tr>
          )}
          {shown.map((entry) => (
            <tr key={entry.input}>
              <th scope="row">{labelFor(entry.input)}</th>
              <td>{f.correlation(entry.rankCorrelation)}</td>
              <td className="hwf-text-cell">{directionWords(entry.rankCorrelation)}</td>
            </tr>
          ))}
          {more > 0 && (
            <tr className="hwf-more-row">
              <td className="hwf-text-cell" colSpan={3}>
                {moreWords(more, f)}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
