/**
 * The preview of a table given in groups of ages: the choice of how to spread them, the
 * groups as given and the single ages after the split, side by side: what Import would put
 * in the scenario.
 */
import type { ReactNode } from 'react';
import { useT } from '../i18n/language-root.tsx';
import { METHOD_WORDS, SPLIT_METHODS } from './age-groups.ts';
import type { SplitMethod } from './age-groups.ts';
import type { SplitSummary } from './import-stock.ts';

const count = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

type Series = SplitSummary['series'];

interface Row {
  key: string;
  head: ReactNode;
  values: (number | undefined)[];
}

/** One table of the preview: a row per age or group, a column per sex, keyboard-scrollable. */
function SexTable(props: {
  id: string;
  caption: ReactNode;
  corner: string;
  series: Series;
  rows: Row[];
}) {
  const { id, caption, corner, series, rows } = props;
  const t = useT();
  const cell = (v: number | undefined) => (v === undefined ? '–' : count.format(v));
  return (
    <div className="files-split-table" role="region" aria-labelledby={id} tabIndex={0}>
      <table>
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{corner}</th>
            {series.map((s) => (
              <th scope="col" key={s.sex}>
                {t('files.split.sexHead', { sex: s.sex })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.head}</th>
              {series.map((s, k) => (
                <td key={s.sex}>{cell(r.values[k])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The groups of both sexes, one row per range of ages. */
function givenRows(series: Series): Row[] {
  const given = new Map<string, { label: string; from: number; values: (number | undefined)[] }>();
  series.forEach((s, k) => {
    for (const g of s.given) {
      const key = `${g.from}-${g.to}-${g.open}`;
      const row = given.get(key) ?? { label: g.label, from: g.from, values: [] };
      row.values[k] = g.value;
      given.set(key, row);
    }
  });
  return [...given.values()]
    .sort((a, b) => a.from - b.from)
    .map((g) => ({ key: `${g.from}-${g.label}`, head: g.label, values: g.values }));
}

/** The single ages after the split, the last one open-ended where the table's was. */
function singleRows(series: Series, andOver: (age: number) => string): Row[] {
  const min = Math.min(...series.map((s) => s.ages.min));
  const max = Math.max(...series.map((s) => s.ages.max));
  const openLast = series.some((s) => s.openLast);
  const rows: Row[] = [];
  for (let a = min; a <= max; a++) {
    rows.push({
      key: String(a),
      head: openLast && a === max ? andOver(a) : a,
      values: series.map((s) =>
        a >= s.ages.min && a <= s.ages.max ? s.values[a - s.ages.min] : undefined,
      ),
    });
  }
  return rows;
}

export function SplitPreview(props: {
  id: string;
  split: SplitSummary;
  onChoose: (method: SplitMethod) => void;
}) {
  const { id, split, onChoose } = props;
  const t = useT();
  const series = split.series;
  const year = series[0]?.year;
  const inYear =
    year === undefined ? { hasYear: 'no', year: '' } : { hasYear: 'yes', year: String(year) };
  return (
    <div className="files-split">
      <fieldset>
        <legend>{t('files.split.legend')}</legend>
        {SPLIT_METHODS.map((m) => (
          <div className="files-check" key={m}>
            <input
              type="radio"
              id={`${id}-split-${m}`}
              name={`${id}-split`}
              value={m}
              checked={split.method === m}
              onChange={() => onChoose(m)}
              aria-describedby={`${id}-split-${m}-help`}
            />{' '}
            <label htmlFor={`${id}-split-${m}`}>
              {m === 'smooth'
                ? t('files.split.recommended', { name: t(METHOD_WORDS.name, { method: m }) })
                : t(METHOD_WORDS.name, { method: m })}
            </label>
            <span id={`${id}-split-${m}-help`} className="files-help">
              {' '}
              — {t(METHOD_WORDS.detail, { method: m })}
            </span>
          </div>
        ))}
      </fieldset>
      <div className="files-split-tables">
        <SexTable
          id={`${id}-given`}
          caption={t('files.split.asGiven', inYear)}
          corner={t('files.split.agesCorner')}
          series={series}
          rows={givenRows(series)}
        />
        <SexTable
          id={`${id}-single`}
          caption={t('files.split.single', { method: split.method, ...inYear })}
          corner={t('files.split.ageCorner')}
          series={series}
          rows={singleRows(series, (age) => t('files.ages.fromAndOver', { from: String(age) }))}
        />
      </div>
    </div>
  );
}
