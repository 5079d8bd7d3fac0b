/**
 * The charts of the workshop, drawn from a picture (./sync.ts) so that the presenter and the
 * projector show exactly the same: the result of the profession (headline and fan chart),
 * its gap and the probability of a shortage, the comparison of the kept scenarios, their
 * difference from the baseline, or (with regions) where the shortages fall; or, while the
 * room guesses, a panel that says the result is hidden.
 */
import type { ReactNode } from 'react';
import { ChartFrame } from '../charts/chart-frame.tsx';
import { FanChart } from '../charts/fan-chart.tsx';
import { FanTable } from '../charts/fan-table.tsx';
import { GapChart } from '../charts/gap-chart.tsx';
import { GapTable } from '../charts/gap-table.tsx';
import { useFormats } from '../charts/formats-context.ts';
import { ToggleGroup } from '../charts/toggle-group.tsx';
import type { Formats } from '../format.ts';
import { basedOn, headline } from '../results/headline.ts';
import type { HwfResult, ProfessionResult } from '../../model/result/result.ts';
import { CompareChart, CompareTable } from './compare-chart.tsx';
import type { CompareMeasure, VariantId } from './compare.ts';
import { COMPARE_MEASURES, drawnSeries, medianDifferences, snapshotLabel } from './compare.ts';
import { DifferenceChart, DifferenceTable } from './difference-chart.tsx';
import type { WorkshopPicture } from './sync.ts';
import { offeredView } from './where.ts';
import { WhereStage, whereSentence } from './where-stage.tsx';

/** The profession a picture shows: the chosen one, else the first. */
export function shownProfession(
  result: HwfResult | null,
  professionId: string | null,
): ProfessionResult | null {
  if (!result) return null;
  return result.professions.find((p) => p.id === professionId) ?? result.professions[0] ?? null;
}

/** A stage title in two parts: the profession ("Nurses, ") and the rest ("2040: shortage
 *  41 % likely", or "2040" while hidden). The presenter shows the profession in its chooser
 *  next to the rest. */
export function titleParts(
  result: HwfResult | null,
  profession: ProfessionResult | null,
  revealed: boolean,
  f: Formats,
): { who: string; rest: string } {
  const { t } = f;
  if (!result || !profession) return { who: '', rest: t('workshop.title.none') };
  const who = t('workshop.title.who', { profession: profession.name });
  const year = f.year(result.targetYear);
  const i = result.years.indexOf(result.targetYear);
  if (!revealed || i < 0) return { who, rest: year };
  if (result.deterministic)
    return { who, rest: t('workshop.title.gap', { year, gap: f.signed(profession.gap.p50[i]) }) };
  const share = profession.shortageProbability[i];
  const rest =
    share === 0
      ? t('workshop.title.noShortage', { year })
      : share === 1
        ? t('workshop.title.alwaysShort', { year })
        : t('workshop.title.shortage', { year, share: f.percent(share) });
  return { who, rest };
}

/** "Nurses, 2040: a shortage is 41 % likely", or "Nurses, 2040" while hidden. */
export function stageTitle(
  result: HwfResult | null,
  profession: ProfessionResult | null,
  revealed: boolean,
  f: Formats,
): string {
  const { who, rest } = titleParts(result, profession, revealed, f);
  return who + rest;
}

/** Props of {@link WorkshopStage}. */
export interface WorkshopStageProps {
  picture: WorkshopPicture;
  /** Heading level of the chart titles. */
  level: 2 | 3;
  /** Chart height in pixels (default: from the width). */
  chartHeight?: number;
  /** In the presenter: change what the comparison measures. */
  onMeasureChange?: (measure: CompareMeasure) => void;
  /** What to say under "Result hidden". */
  hiddenHint: string;
}

/** The charts of a picture, or the hidden-result panel. */
export function WorkshopStage(props: WorkshopStageProps) {
  const { picture, level, chartHeight, onMeasureChange, hiddenHint } = props;
  const f = useFormats();
  const { t } = f;
  const { result } = picture;
  const profession = shownProfession(result, picture.professionId);

  if (!picture.revealed) {
    return (
      <div className="hwf-ws-hidden" role="status" data-hidden-result="true">
        <p className="hwf-ws-hidden-title">{t('workshop.stage.hidden')}</p>
        <p>{hiddenHint}</p>
      </div>
    );
  }
  if (!result || !profession) {
    return (
      <p className="hwf-ws-waiting" role="status">
        {t('workshop.stage.waiting')}
      </p>
    );
  }

  let body: ReactNode;
  // A picture that asks for the Where view of a result without regions shows the result.
  const view = offeredView(picture.view, result);
  // The Result and Where views of a regional scenario also name the region most likely short.
  const where = view === 'result' || view === 'where' ? whereSentence(result, profession, f) : null;
  const top = (
    <header className="hwf-ws-headline">
      <p className="hwf-ws-headline-text">
        {headline(result, profession, f, picture.intake ?? undefined)}
        {where && (
          <>
            {' '}
            <span className="hwf-ws-where-sentence">{where}</span>
          </>
        )}
      </p>
      <p className="hwf-based-on">{basedOn(result.runs, result.deterministic, f)}</p>
    </header>
  );
  if (view === 'where') {
    body = (
      <>
        {top}
        <WhereStage result={result} profession={profession} level={level} />
      </>
    );
  } else if (view === 'gap') {
    const gap = {
      name: profession.name,
      years: result.years,
      targetYear: result.targetYear,
      gap: profession.gap,
      shortageProbability: profession.shortageProbability,
    };
    body = (
      <>
        {top}
        <ChartFrame
          title={t('workshop.stage.gapTitle')}
          level={level}
          chart={<GapChart {...gap} height={chartHeight} />}
          table={<GapTable {...gap} />}
        />
      </>
    );
  } else if (view === 'result') {
    const fan = {
      name: profession.name,
      years: result.years,
      targetYear: result.targetYear,
      measure: 'fte' as const,
      supply: profession.fte,
      demand: profession.demand,
    };
    body = (
      <>
        {top}
        <ChartFrame
          title={t('workshop.stage.fanTitle')}
          level={level}
          chart={<FanChart {...fan} height={chartHeight} />}
          table={<FanTable {...fan} />}
        />
      </>
    );
  } else {
    body = (
      <Comparison
        {...props}
        profession={profession}
        result={result}
        onMeasureChange={onMeasureChange}
      />
    );
  }
  return <div className="hwf-ws-charts">{body}</div>;
}

function Comparison({
  picture,
  level,
  chartHeight,
  onMeasureChange,
  profession,
  result,
}: WorkshopStageProps & { profession: ProfessionResult; result: HwfResult }) {
  const f = useFormats();
  const { t } = f;
  const entries = picture.compare;
  const running = entries.filter((e) => e.status === 'running').map((e) => snapshotLabel(e.id, t));
  const failed = entries.filter((e) => e.status === 'error');
  const notes = (
    <>
      {running.length > 0 && (
        <p className="hwf-ws-note" role="status">
          {t('workshop.compare.running', { names: running.join(', ') })}
        </p>
      )}
      {picture.caveat && <p className="hwf-ws-note">{picture.caveat}</p>}
      {failed.map((e) => (
        <p key={e.id} className="hwf-ws-note" role="alert">
          {t('workshop.compare.failed', { name: snapshotLabel(e.id, t), error: e.error ?? '' })}
        </p>
      ))}
    </>
  );
  if (entries.length === 0) {
    return (
      <p className="hwf-ws-note" role="status">
        {t('workshop.compare.noBaseline')}
      </p>
    );
  }
  const targetYear = result.targetYear;

  if (picture.view === 'compare') {
    const series = drawnSeries(entries, profession.id, picture.measure, t, picture.changes);
    const props = { name: profession.name, measure: picture.measure, targetYear, series };
    const title = t(
      picture.measure === 'gap' ? 'workshop.compare.gapTitle' : 'workshop.compare.fteTitle',
    );
    const measures = COMPARE_MEASURES.map((m) => ({ value: m.value, label: t(m.label) }));
    return (
      <>
        <header className="hwf-ws-headline">
          <p className="hwf-ws-headline-text">
            {entries.length === 1
              ? t('workshop.compare.onlyBaseline')
              : t('workshop.compare.byScenario', {
                  profession: profession.name,
                  year: f.year(targetYear),
                })}
          </p>
        </header>
        {notes}
        {series.length > 0 && (
          <ChartFrame
            title={title}
            level={level}
            controls={
              onMeasureChange && (
                <ToggleGroup
                  label={t('workshop.compare.measure')}
                  options={measures}
                  value={picture.measure}
                  onChange={onMeasureChange}
                />
              )
            }
            chart={<CompareChart {...props} height={chartHeight} />}
            table={<CompareTable {...props} />}
          />
        )}
      </>
    );
  }

  const gaps = drawnSeries(entries, profession.id, 'gap', t, picture.changes);
  const base = gaps.find((s) => s.id === 'baseline');
  const variants = gaps.filter((s) => s.id !== 'baseline') as ((typeof gaps)[number] & {
    id: VariantId;
  })[];
  const differences = base ? medianDifferences(base, variants, t) : [];
  const props = { name: profession.name, targetYear, differences };
  const at = differences
    .map((d) => {
      const i = d.years.indexOf(targetYear);
      return i < 0
        ? null
        : t('workshop.difference.at', { variant: d.label, gap: f.signed(d.values[i]) });
    })
    .filter((x) => x !== null);
  return (
    <>
      <header className="hwf-ws-headline">
        <p className="hwf-ws-headline-text">
          {differences.length === 0
            ? t('workshop.difference.keepVariant')
            : t('workshop.difference.headline', {
                year: f.year(targetYear),
                differences: at.join(t('app.list.clauses')),
              })}
        </p>
      </header>
      {notes}
      {differences.length > 0 && (
        <ChartFrame
          title={t('workshop.difference.title')}
          level={level}
          chart={<DifferenceChart {...props} height={chartHeight} />}
          table={<DifferenceTable {...props} />}
        />
      )}
    </>
  );
}
