/**
 * The workforce by age and sex: men on the left, women on the right, the base year as an
 * outline and the target year (median of the futures) as filled bars.
 */
import { useFormats } from './formats-context.ts';
import { halfX, pyramidAxis } from './pyramid-layout.ts';
import { textWidth } from './tick-labels.ts';
import { useElementWidth } from './use-element-width.ts';
import { INK, MEN, WOMEN } from '../palette.ts';
import type { AgeProfile } from '../../model/result/result.ts';
import type { Formats } from '../format.ts';
import type { MessageKey } from '../i18n/translate.ts';
import './charts.css';

/** Props of {@link AgePyramid}. */
export interface AgePyramidProps {
  /** The profession, as the planner calls it ("Nurses"). */
  name: string;
  /** The engine's age profile; absent in results made before it was reported. */
  profile?: AgeProfile | null;
  /** How many futures the whole result holds; the profile may use only the first of them. */
  totalRuns?: number;
  height?: number;
}

/** The note shown instead of a pyramid when the result has no age profile (its message). */
export const NO_PROFILE: MessageKey = 'charts.pyramid.noProfile';

/** The title of a pyramid, also the start of its aria-label. */
export function pyramidTitle(name: string, p: AgeProfile, f: Pick<Formats, 'year' | 't'>): string {
  return f.t('charts.pyramid.title', {
    name,
    base: f.year(p.baseYear),
    target: f.year(p.targetYear),
  });
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** "the median of 1 000 futures", or "the median of the first 1 000 of 2 000 futures" when
 *  the profile was kept for the first runs only. */
export function medianOfWords(
  profileRuns: number,
  totalRuns: number | undefined,
  f: Pick<Formats, 'integer' | 't'>,
): string {
  if (totalRuns !== undefined && totalRuns > profileRuns) {
    return f.t('charts.pyramid.medianOfFirst', {
      first: f.integer(profileRuns),
      count: f.integer(totalRuns),
      runs: totalRuns,
    });
  }
  return profileRuns === 1
    ? f.t('charts.pyramid.onlyFuture')
    : f.t('charts.pyramid.medianOf', { count: f.integer(profileRuns), runs: profileRuns });
}

/** Women right, men left; base year outlined, target year filled. */
export function AgePyramid({ name, profile, totalRuns, height: fixedHeight }: AgePyramidProps) {
  const f = useFormats();
  const { ref, width, fontSize } = useElementWidth<HTMLDivElement>();
  if (!profile || profile.base.female.length === 0) {
    return (
      <div className="hwf-chart" ref={ref}>
        <p className="hwf-note">{f.t(NO_PROFILE)}</p>
      </div>
    );
  }
  const { minAge, base, target } = profile;
  const ages = base.female.map((_, i) => minAge + i);
  const height =
    fixedHeight ?? Math.round(Math.max(fontSize * 18, Math.min(fontSize * 30, width * 0.6)));
  const top = fontSize * 2;
  const bottom = height - fontSize * 2.5;
  const rowHeight = (bottom - top) / ages.length;
  const most = Math.max(1, ...base.female, ...base.male, ...target.female, ...target.male);
  // The value labels' line sits clear of the lowest age label, which is centred on a row.
  const axis = pyramidAxis(width, fontSize, most, f.count, bottom + fontSize * 1.2 + 2);
  const { centre, gap, side } = axis;
  const rowTop = (i: number) => bottom - (i + 1) * rowHeight;
  const px = (sex: 'female' | 'male', value: number) => halfX(axis, sex, value);
  const outline = (sex: 'female' | 'male') => {
    const start = px(sex, 0);
    const steps = base[sex].map(
      (v, i) => `L${px(sex, v)},${rowTop(i) + rowHeight}L${px(sex, v)},${rowTop(i)}`,
    );
    return `M${start},${bottom}${steps.join('')}L${start},${rowTop(ages.length - 1)}`;
  };
  const label = f.t('charts.pyramid.label', {
    title: pyramidTitle(name, profile, f),
    womenBase: f.count(sum(base.female)),
    base: f.year(profile.baseYear),
    womenTarget: f.count(sum(target.female)),
    target: f.year(profile.targetYear),
    menBase: f.count(sum(base.male)),
    menTarget: f.count(sum(target.male)),
  });
  const men = f.t('charts.pyramid.men');
  const women = f.t('charts.pyramid.women');

  return (
    <div className="hwf-chart" ref={ref}>
      <svg
        className="hwf-chart-svg"
        role="img"
        aria-label={label}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
      >
        <g className="hwf-axis" aria-hidden="true">
          <text
            className="hwf-axis-label"
            x={Math.max(centre - gap, textWidth(men, fontSize, true))}
            y={fontSize}
            textAnchor="end"
          >
            {men}
          </text>
          <text
            className="hwf-axis-label"
            x={Math.min(centre + gap, width - textWidth(women, fontSize, true))}
            y={fontSize}
            textAnchor="start"
          >
            {women}
          </text>
          {ages
            .filter((age) => age % 10 === 0)
            .map((age) => (
              <text
                key={age}
                x={centre}
                y={rowTop(age - minAge) + rowHeight / 2}
                dy="0.32em"
                textAnchor="middle"
              >
                {age}
              </text>
            ))}
          {axis.labels.map((l) => (
            <text
              key={`${l.x}`}
              className="hwf-tick-label"
              x={l.x}
              y={l.y}
              dy="0.32em"
              textAnchor={l.anchor}
            >
              {l.text}
            </text>
          ))}
        </g>
        {(['male', 'female'] as const).map((sex) => (
          <g key={sex} className={`hwf-pyramid-${sex}`} data-sex={sex}>
            {target[sex].map((v, i) => (
              <rect
                key={i}
                className="hwf-bar"
                data-sex={sex}
                data-age={ages[i]}
                x={sex === 'female' ? px(sex, 0) : px(sex, v)}
                y={rowTop(i)}
                width={Math.max(0, side(v))}
                height={Math.max(0.5, rowHeight - 0.5)}
                fill={sex === 'female' ? WOMEN : MEN}
              />
            ))}
            <path
              className="hwf-pyramid-base"
              data-sex={sex}
              d={outline(sex)}
              fill="none"
              stroke={INK}
              strokeWidth={1.5}
            />
          </g>
        ))}
      </svg>
      <p className="hwf-note">
        {f.t('charts.pyramid.note', {
          target: f.year(profile.targetYear),
          median: medianOfWords(profile.runs, totalRuns, f),
          base: f.year(profile.baseYear),
        })}
      </p>
    </div>
  );
}
