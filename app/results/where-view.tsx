/**
 * Where the shortages fall, for a scenario with regions: the region where a shortage is
 * most likely in words, a heat table of regions × years by shortage probability, each
 * region's supply and demand as small multiples, the FTE per 1 000 inhabitants by region
 * and how unequal the regions are over time. Of the profession chosen in the tabs.
 */
import { useId, useState } from 'react';
import { ChartFrame } from '../charts/chart-frame.tsx';
import { DensityChart } from '../charts/density-chart.tsx';
import { densityRows, ratioWords } from '../charts/density-rows.ts';
import { DensityTable, RatioTable } from '../charts/density-table.tsx';
import { fileNameFor } from '../charts/export.ts';
import { useFormats } from '../charts/formats-context.ts';
import { HeatTable } from '../charts/heat-table.tsx';
import type { ScaleChoice } from '../charts/multiples-layout.ts';
import { MultiplesTable } from '../charts/multiples-table.tsx';
import { RatioChart } from '../charts/ratio-chart.tsx';
import { targetYearWords } from '../charts/readout.ts';
import { RegionMultiples } from '../charts/region-multiples.tsx';
import { ToggleGroup } from '../charts/toggle-group.tsx';
import type { HwfResult } from '../../model/result/result.ts';
import type { NationalProfessionResult, RegionResult } from '../../model/regions/simulate.ts';
import { englishT, type MessageKey, type Translate } from '../i18n/translate.ts';
import { basedOn, regionalHeadline } from './headline.ts';
import { useBusy, type Progress, type ProgressSource } from './progress-bar.tsx';
import { acrossRegions, nationalOf } from './regional.ts';
import { ResultsStatus } from './results-status.tsx';
import './results.css';

/** Props of {@link WhereView}. */
export interface WhereViewProps {
  result: HwfResult;
  regions: readonly RegionResult[];
  /** The profession shown. */
  professionId: string;
  stale?: boolean;
  progress?: Progress | ProgressSource | null;
}

/** The choices of vertical scale, their names by message. */
export const SCALES = [
  { value: 'shared', label: 'results.where.scaleShared' },
  { value: 'own', label: 'results.where.scaleOwn' },
] as const satisfies readonly { value: ScaleChoice; label: MessageKey }[];

/** The title of the heat table, in the language of `t`. */
export function heatTitle(t: Translate): string {
  return t('results.where.heatTitle');
}

/** The heat table's title in English.
 *  @deprecated Use `heatTitle(t)`: the title in the reader's language. */
export const HEAT_TITLE = heatTitle(englishT);

/** The regional views of one profession. */
export function WhereView(props: WhereViewProps) {
  const { result, regions, professionId, stale = false, progress } = props;
  const f = useFormats();
  const { t } = f;
  const [scale, setScale] = useState<ScaleChoice>('shared');
  const [chosenYear, setYear] = useState<number | null>(null);
  const heatId = useId();
  const yearId = useId();
  const busy = useBusy(progress);
  const { years, targetYear, deterministic } = result;
  const national: NationalProfessionResult =
    nationalOf(result, professionId) ?? result.professions[0];
  const name = national.name;
  const across = acrossRegions(regions, national.id);
  const year = chosenYear !== null && years.includes(chosenYear) ? chosenYear : targetYear;
  const rows = densityRows(
    across.map((r) => ({ id: r.id, name: r.name, density: r.profession.densityPer1000 })),
    years.indexOf(year),
    f,
  );
  const panels = across.map((r) => ({
    id: r.id,
    name: r.name,
    fte: r.profession.fte,
    demand: r.profession.demand,
  }));
  const heatRows = across.map((r) => ({
    id: r.id,
    name: r.name,
    probability: r.profession.shortageProbability,
  }));
  // File names stay in English in every language.
  const file = (title: string) => fileNameFor(`${name} ${title}`);
  const multiplesTitle = t('results.where.multiplesTitle');
  const ratioTitle = t('results.where.ratioTitle');
  const ratio = national.densityRatio;
  const ratioSentence = ratioWords(ratio, years, targetYear, f);
  const where = regionalHeadline(result, name, across, f);

  return (
    <article
      className={stale ? 'hwf-results hwf-results-stale' : 'hwf-results'}
      aria-busy={busy}
      data-stale={stale || undefined}
    >
      <ResultsStatus stale={stale} progress={progress} />
      <div className="hwf-results-body">
        <header className="hwf-headline">
          <p className="hwf-headline-text">{where}</p>
          <p className="hwf-based-on">{basedOn(result.runs, deterministic, f)}</p>
        </header>
        <section className="hwf-frame" aria-labelledby={heatId}>
          <header className="hwf-frame-head">
            <h3 id={heatId} className="hwf-frame-title">
              {heatTitle(t)}
            </h3>
          </header>
          <HeatTable
            name={name}
            years={years}
            targetYear={targetYear}
            rows={heatRows}
            national={{
              id: 'national',
              name: t('results.where.national'),
              probability: national.shortageProbability,
            }}
          />
        </section>
        <ChartFrame
          title={multiplesTitle}
          fileName={file('supply and demand by region FTE')}
          controls={
            <ToggleGroup
              label={t('results.where.scaleLabel')}
              options={SCALES.map((s) => ({ value: s.value, label: t(s.label) }))}
              value={scale}
              onChange={setScale}
            />
          }
          chart={
            <RegionMultiples
              name={name}
              years={years}
              targetYear={targetYear}
              panels={panels}
              scale={scale}
            />
          }
          table={
            <MultiplesTable name={name} years={years} targetYear={targetYear} panels={panels} />
          }
        />
        <div className="hwf-results-grid">
          {rows ? (
            <ChartFrame
              title={t('results.where.densityTitle', { year: f.year(year) })}
              fileName={file(`FTE per 1 000 inhabitants by region ${year}`)}
              controls={
                <span className="hwf-year-choice">
                  <label htmlFor={yearId}>{t('results.where.year')}</label>{' '}
                  <select
                    id={yearId}
                    value={year}
                    onChange={(e) => setYear(Number(e.target.value))}
                  >
                    {years.map((y) => (
                      <option key={y} value={y}>
                        {targetYearWords(y, y === targetYear, f)}
                      </option>
                    ))}
                  </select>
                </span>
              }
              chart={<DensityChart name={name} year={year} rows={rows} />}
              table={<DensityTable name={name} year={year} rows={rows} />}
            />
          ) : (
            <p className="hwf-note">{t('results.where.densityNeedsPopulation')}</p>
          )}
          {ratio ? (
            <ChartFrame
              title={ratioTitle}
              fileName={file('how unequal the regions are')}
              chart={
                <>
                  <p className="hwf-intake-words">{ratioSentence}</p>
                  <RatioChart name={name} years={years} targetYear={targetYear} ratio={ratio} />
                </>
              }
              table={
                <>
                  <p className="hwf-intake-words">{ratioSentence}</p>
                  <RatioTable name={name} years={years} targetYear={targetYear} ratio={ratio} />
                </>
              }
            />
          ) : (
            <p className="hwf-note">{ratioSentence}</p>
          )}
        </div>
      </div>
    </article>
  );
}
