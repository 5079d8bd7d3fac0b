/**
 * The table alternatives of the Compare countries charts: the observed values per 1 000
 * inhabitants, countries × years, with each possible break in series said in words; the
 * working scenario's projection year by year; and the latest year ranked with the
 * projection's row among the countries.
 */
import { TableBox } from '../charts/table-box.tsx';
import { useFormats } from '../charts/formats-context.ts';
import { decimal } from '../charts/nullable.ts';
import type { CountryLine, DotRow, ProjectionPoint } from './compare-data.ts';
import { projectedRank } from './compare-data.ts';
import type { RankRow } from './compare-data.ts';
import { dotsTitle, rowName, rowValue } from './compare-dots.tsx';
import { perThousand } from './compare-lines.tsx';
import '../charts/charts.css';
import './compare.css';

/** Props of {@link ObservedTable}. */
export interface ObservedTableProps {
  series: string;
  lines: readonly CountryLine[];
  highlight: string;
}

/** Countries × years of the observed values per 1 000, "possible break" where one is. */
export function ObservedTable({ series, lines, highlight }: ObservedTableProps) {
  const f = useFormats();
  const { t } = f;
  const show = decimal(f);
  const all = lines.flatMap((l) => l.points.map((p) => p.year));
  const first = all.length ? Math.min(...all) : 0;
  const years = all.length
    ? Array.from({ length: Math.max(...all) - first + 1 }, (_, i) => first + i)
    : [];
  const what = perThousand(series, t);
  const share = f.percent(0.25);
  return (
    <TableBox
      caption={
        years.length
          ? t('compare.observedTable.captionYears', {
              what,
              years: f.years(years[0], years[years.length - 1]),
              share,
            })
          : t('compare.observedTable.caption', { what, share })
      }
    >
      <thead>
        <tr>
          <th scope="col">{t('compare.table.country')}</th>
          {years.map((year) => (
            <th key={year} scope="col">
              {f.year(year)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {lines.map(({ country, points }) => {
          const byYear = new Map(points.map((p) => [p.year, p]));
          const mine = country.iso2 === highlight;
          return (
            <tr key={country.iso2} className={mine ? 'hwf-target-row' : undefined}>
              <th scope="row">
                {mine ? t('compare.table.chosen', { name: country.name }) : country.name}
              </th>
              {years.map((year) => {
                const p = byYear.get(year);
                if (!p) return <td key={year}>–</td>;
                return (
                  <td key={year} className={p.possibleBreak ? 'hwf-compare-break-cell' : undefined}>
                    {show(p.value)}
                    {p.possibleBreak && (
                      <span className="hwf-compare-break"> {t('compare.table.break')}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </TableBox>
  );
}

/** Props of {@link ProjectionTable}. */
export interface ProjectionTableProps {
  /** The series inside a sentence ("doctors"). */
  series: string;
  country: string;
  /** The scenario profession projected ("General practitioners"). */
  profession: string;
  points: readonly ProjectionPoint[];
}

/** The projection year by year: median and 80 % band per 1 000, and what it is made of. */
export function ProjectionTable({ series, country, profession, points }: ProjectionTableProps) {
  const f = useFormats();
  const { t } = f;
  const show = decimal(f);
  if (points.length === 0) return null;
  return (
    <TableBox
      caption={t('compare.projectionTable.caption', {
        country,
        profession,
        what: perThousand(series, t),
        years: f.years(points[0].year, points[points.length - 1].year),
      })}
    >
      <thead>
        <tr>
          <th scope="col">{t('compare.table.year')}</th>
          <th scope="col">{t('compare.projectionTable.median')}</th>
          <th scope="col">{t('compare.projectionTable.band', { share: f.percent(0.8) })}</th>
          <th scope="col">{t('compare.projectionTable.headcount')}</th>
          <th scope="col">{t('compare.projectionTable.population')}</th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.year}>
            <th scope="row">{f.year(p.year)}</th>
            <td>{show(p.median)}</td>
            <td>{show(p.low) === show(p.high) ? show(p.low) : `${show(p.low)}–${show(p.high)}`}</td>
            <td>{f.count(p.headcount)}</td>
            <td>{f.integer(p.population)}</td>
          </tr>
        ))}
      </tbody>
    </TableBox>
  );
}

/** Props of {@link RankingTable}. */
export interface RankingTableProps {
  series: string;
  rows: readonly DotRow[];
  commonYear: number | null;
  highlight: string;
}

/** The latest observed values ranked, with the projection's row where its median ranks. */
export function RankingTable({ series, rows, commonYear, highlight }: RankingTableProps) {
  const f = useFormats();
  const { t } = f;
  const observed = rows.filter((r): r is DotRow & RankRow => r.kind === 'observed');
  let rank = 0;
  return (
    <TableBox
      caption={t('compare.rankingTable.caption', { title: dotsTitle(series, commonYear, f) })}
    >
      <thead>
        <tr>
          <th scope="col">{t('compare.rankingTable.rank')}</th>
          <th scope="col">{t('compare.table.country')}</th>
          <th scope="col">{t('compare.table.year')}</th>
          <th scope="col">{t('compare.lines.axis')}</th>
          <th scope="col">{t('compare.rankingTable.note')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          if (row.kind === 'projected') {
            const place = projectedRank(observed, row.iso2, row.point.median);
            return (
              <tr key="projected" className="hwf-target-row hwf-compare-projected-row">
                <td>
                  {t('compare.rankingTable.place', {
                    rank: String(place.rank),
                    of: String(place.of),
                  })}
                </td>
                <th scope="row">{rowName(row, commonYear, f)}</th>
                <td>{f.year(row.point.year)}</td>
                <td>{rowValue(row, f)}</td>
                <td className="hwf-text-cell">{t('compare.rankingTable.projectedNote')}</td>
              </tr>
            );
          }
          rank += 1;
          const mine = row.iso2 === highlight;
          return (
            <tr key={row.iso2} className={mine ? 'hwf-target-row' : undefined}>
              <td>{rank}</td>
              <th scope="row">{mine ? t('compare.table.chosen', { name: row.name }) : row.name}</th>
              <td>{f.year(row.year)}</td>
              <td>{rowValue(row, f)}</td>
              <td className="hwf-text-cell">
                {row.possibleBreak ? t('compare.rankingTable.break') : ''}
              </td>
            </tr>
          );
        })}
      </tbody>
    </TableBox>
  );
}
