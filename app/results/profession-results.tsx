/**
 * The results of one profession, as the planner reads them: the headline sentence first,
 * then supply and demand, the gap and shortage probability, training places needed, what
 * drives the gap and the age pyramid. Renders whatever result it is given: the parent keeps
 * the last one while a new run is under way (`progress`) or the scenario is invalid (`stale`).
 */
import { useState } from 'react';
import { AgePyramid } from '../charts/age-pyramid.tsx';
import { AgeTable } from '../charts/age-table.tsx';
import { ChartFrame } from '../charts/chart-frame.tsx';
import { fileNameFor } from '../charts/export.ts';
import { FanChart } from '../charts/fan-chart.tsx';
import type { LevelMeasure } from '../charts/fan-chart.tsx';
import { FanTable } from '../charts/fan-table.tsx';
import { useFormats } from '../charts/formats-context.ts';
import { GapChart } from '../charts/gap-chart.tsx';
import { GapTable } from '../charts/gap-table.tsx';
import { IntakeChart } from '../charts/intake-chart.tsx';
import { IntakeTable } from '../charts/intake-table.tsx';
import { intakeBaseline } from '../charts/intake-words.ts';
import { rankSensitivity } from '../charts/sensitivity.ts';
import { ToggleGroup } from '../charts/toggle-group.tsx';
import { Tornado } from '../charts/tornado.tsx';
import { TornadoTable } from '../charts/tornado-table.tsx';
import type { HwfResult, ProfessionResult } from '../../model/result/result.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import { CostResults } from './cost-results.tsx';
import { basedOn, headline, regionalHeadline } from './headline.ts';
import { useBusy } from './progress-bar.tsx';
import type { Progress, ProgressSource } from './progress-bar.tsx';
import { acrossRegions, regionsOf } from './regional.ts';
import { ResultsStatus } from './results-status.tsx';
import './results.css';

/** Props of {@link ProfessionResults}. */
export interface ProfessionResultsProps {
  /** The whole result (years, target year, runs, mode). */
  result: HwfResult;
  /** The profession shown, one of `result.professions`. */
  profession: ProfessionResult;
  /** True when these results belong to an earlier, valid scenario. */
  stale?: boolean;
  /** Runs done of the run under way; nothing shown when absent or complete. A source is
   *  read by the progress bar alone, so its updates do not re-render the charts. */
  progress?: Progress | ProgressSource | null;
  /** Planner words for a sensitivity input path (default: the path). */
  labelFor?: (path: string) => string;
  /** The scenario these results were made from: today's and the planned intake. */
  scenario?: Pick<Scenario, 'professions' | 'policies' | 'regions'> | null;
  /** The region whose figures `profession` is (null or absent: the national figures). */
  region?: { id: string; name: string } | null;
}

/** Headline, charts and notes of one profession, laid out as in the planner's screen. */
export function ProfessionResults(props: ProfessionResultsProps) {
  const { result, profession: p, stale = false, progress, labelFor, scenario, region } = props;
  const f = useFormats();
  const { t } = f;
  const [measure, setMeasure] = useState<LevelMeasure>('fte');
  // The shared cursor follows the target year until the reader moves it.
  const [chosenYear, setYear] = useState<number | null>(null);
  const year = chosenYear ?? result.targetYear;
  const { years, targetYear, intakeFromYear, deterministic } = result;
  const target = f.year(targetYear);
  const measures = [
    { value: 'fte', label: t('results.measure.fte') },
    { value: 'headcount', label: t('results.measure.headcount') },
  ] as const;
  const fanTitleText =
    measure === 'fte' ? t('results.fan.titleFte') : t('results.fan.titleHeadcount');
  const busy = useBusy(progress);
  // File names stay in English in every language.
  const file = (title: string) => fileNameFor(`${p.name} ${region?.name ?? ''} ${title}`);
  const baseline = scenario ? intakeBaseline(scenario, p.id, targetYear, region?.id) : undefined;
  const regions = regionsOf(result);
  // The national figures of a regional scenario also say where a shortage is most likely.
  const where =
    regions && !region ? regionalHeadline(result, p.name, acrossRegions(regions, p.id), f) : null;
  const intakeContext = { targetYear, intakeFromYear, deterministic, baseline };
  const tornadoTitle = t('results.tornado.title', { year: target });
  const pyramidTitle = p.ageProfile
    ? t('results.pyramid.titleYears', {
        base: f.year(p.ageProfile.baseYear),
        target: f.year(p.ageProfile.targetYear),
      })
    : t('results.pyramid.title');
  const fan = {
    name: p.name,
    years,
    targetYear,
    measure,
    supply: measure === 'fte' ? p.fte : p.headcount,
    demand: p.demand,
  };
  const gap = {
    name: p.name,
    years,
    targetYear,
    gap: p.gap,
    shortageProbability: p.shortageProbability,
  };
  const tornado = { name: p.name, targetYear, entries: p.sensitivity, labelFor, runs: result.runs };

  return (
    <article
      className={stale ? 'hwf-results hwf-results-stale' : 'hwf-results'}
      aria-busy={busy}
      data-stale={stale || undefined}
    >
      <ResultsStatus stale={stale} progress={progress} />
      <div className="hwf-results-body">
        <header className="hwf-headline">
          <p className="hwf-headline-text">
            {region
              ? t('results.headline.inRegion', {
                  region: region.name,
                  headline: headline(result, p, f, baseline),
                })
              : headline(result, p, f, baseline)}
            {where && (
              <>
                <br />
                <span className="hwf-headline-where">{where}</span>
              </>
            )}
          </p>
          <p className="hwf-based-on">{basedOn(result.runs, deterministic, f)}</p>
        </header>
        <ChartFrame
          title={fanTitleText}
          fileName={file(measure === 'fte' ? 'supply and demand FTE' : 'supply headcount')}
          controls={
            <ToggleGroup
              label={t('results.measure.label')}
              options={measures}
              value={measure}
              onChange={setMeasure}
            />
          }
          chart={<FanChart {...fan} year={year} onYearChange={setYear} />}
          table={<FanTable {...fan} />}
        />
        <div className="hwf-results-grid">
          <ChartFrame
            title={t('results.gap.title')}
            fileName={file('gap and shortage probability')}
            chart={<GapChart {...gap} year={year} onYearChange={setYear} />}
            table={<GapTable {...gap} />}
          />
          <ChartFrame
            title={t('results.intake.title')}
            fileName={file('training places needed')}
            exportable={!p.requiredIntake.unreachable}
            chart={<IntakeChart name={p.name} intake={p.requiredIntake} {...intakeContext} />}
            table={<IntakeTable name={p.name} intake={p.requiredIntake} {...intakeContext} />}
          />
          <ChartFrame
            title={tornadoTitle}
            fileName={file(`what drives the ${targetYear} gap`)}
            exportable={rankSensitivity(p.sensitivity, undefined, result.runs).shown.length > 0}
            chart={<Tornado {...tornado} />}
            table={<TornadoTable {...tornado} />}
          />
          <ChartFrame
            title={pyramidTitle}
            fileName={file('age pyramid')}
            exportable={!!p.ageProfile}
            chart={<AgePyramid name={p.name} profile={p.ageProfile} totalRuns={result.runs} />}
            table={<AgeTable name={p.name} profile={p.ageProfile} />}
          />
        </div>
        <CostResults
          result={result}
          profession={p}
          region={region}
          year={year}
          onYearChange={setYear}
        />
      </div>
    </article>
  );
}
