/**
 * The workshop's Where view: the heat table of the results screen (regions × years by the
 * probability of a shortage, the nation as a last row, the legend in words) in the stage's
 * large type. When every year does not fit the stage's width, it shows every other year (or
 * every fifth, or tenth) with the first, the last and the target year, and says so; the
 * results screen keeps every year.
 */
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useFormats } from '../charts/formats-context.ts';
import { HeatTable } from '../charts/heat-table.tsx';
import type { Formats } from '../format.ts';
import { regionalHeadline } from '../results/headline.ts';
import { acrossRegions, regionsOf } from '../results/regional.ts';
import { heatTitle } from '../results/where-view.tsx';
import type { HwfResult, ProfessionResult } from '../../model/result/result.ts';
import { YEAR_STEPS, thinYears, thinnedWords, valuesAt } from './where.ts';
import './where.css';

/** "Nurses: shortage most likely in Rural (82 % in 2040)." for a result with regions, else
 *  null: the sentence the headline adds in the Result and Where views. */
export function whereSentence(
  result: HwfResult,
  profession: ProfessionResult,
  f: Formats,
): string | null {
  const regions = regionsOf(result);
  if (!regions) return null;
  return regionalHeadline(result, profession.name, acrossRegions(regions, profession.id), f);
}

/** The width of `ref`'s element in pixels, followed as it changes (0 before the layout). */
function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * The step of years that fits: every year first; while the table is wider than its frame,
 * the next step of {@link YEAR_STEPS}. Starts again from every year when the frame's width
 * or the table's content changes.
 */
function useFittingStep(ref: React.RefObject<HTMLElement | null>, content: string): number {
  const width = useWidth(ref);
  const key = `${width}|${content}`;
  const [fit, setFit] = useState({ key: '', step: 1 });
  const step = fit.key === key ? fit.step : 1;
  useLayoutEffect(() => {
    const scroller = ref.current?.querySelector('.hwf-table-scroll');
    if (!scroller || width === 0) return;
    const i = YEAR_STEPS.indexOf(step);
    const tooWide = scroller.scrollWidth > scroller.clientWidth + 1;
    if (tooWide && i < YEAR_STEPS.length - 1) setFit({ key, step: YEAR_STEPS[i + 1] });
    else if (fit.key !== key) setFit({ key, step });
  });
  return step;
}

/** Props of {@link WhereStage}. */
export interface WhereStageProps {
  result: HwfResult;
  profession: ProfessionResult;
  level: 2 | 3;
}

/** The heat table of the profession shown, fitted to the stage's width. */
export function WhereStage({ result, profession, level }: WhereStageProps) {
  const f = useFormats();
  const titleId = useId();
  const frame = useRef<HTMLElement>(null);
  const { years, targetYear } = result;
  const across = acrossRegions(regionsOf(result) ?? [], profession.id);
  const content = [profession.id, years.join(), across.map((r) => r.name).join()].join('|');
  const step = useFittingStep(frame, content);
  const shown = thinYears(years, targetYear, step);
  const rows = across.map((r) => ({
    id: r.id,
    name: r.name,
    probability: valuesAt(years, r.profession.shortageProbability, shown),
  }));
  const national = {
    id: 'national',
    name: f.t('workshop.where.national'),
    probability: valuesAt(years, profession.shortageProbability, shown),
  };
  const Heading = level === 2 ? 'h2' : 'h3';
  const thinned = thinnedWords(step, targetYear, f);
  return (
    <section
      ref={frame}
      className="hwf-frame hwf-ws-where"
      aria-labelledby={titleId}
      data-year-step={step}
    >
      <header className="hwf-frame-head">
        <Heading id={titleId} className="hwf-frame-title">
          {heatTitle(f.t)}
        </Heading>
      </header>
      <HeatTable
        name={profession.name}
        years={shown}
        targetYear={targetYear}
        rows={rows}
        national={national}
        note={thinned}
      />
    </section>
  );
}
