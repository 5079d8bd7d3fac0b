/** A small density plot of a distribution with its point value marked, and its words. */
import type { Dist } from '../../model/scenario/types.ts';
import { useT } from '../i18n/language-root.tsx';
import { describeDist, densityPoints } from './density.ts';
import { formatNumber } from './number-text.ts';

const W = 240;
const H = 72;
const PAD = 4;

export function DensityPlot({
  id,
  dist,
  point,
}: {
  id: string;
  dist: Dist | undefined;
  point: number | undefined;
}) {
  const t = useT();
  if (dist === undefined) {
    return (
      <p className="hwf-density-text" id={id}>
        {t('editor.density.incomplete')}
      </p>
    );
  }
  const pts = densityPoints(dist);
  const words = describeDist(dist, t);
  if (pts.length === 0) {
    return (
      <p className="hwf-density-text" id={id}>
        {words}
      </p>
    );
  }
  const x0 = pts[0].x;
  const x1 = pts[pts.length - 1].x;
  const yMax = Math.max(...pts.map((p) => p.y)) || 1;
  const sx = (x: number) => PAD + ((x - x0) / (x1 - x0 || 1)) * (W - 2 * PAD);
  const sy = (y: number) => H - PAD - (y / yMax) * (H - 2 * PAD);
  const line = pts
    .map((p, i) => `${i ? 'L' : 'M'}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`)
    .join('');
  const area = `${line}L${sx(x1).toFixed(1)},${sy(0)}L${sx(x0).toFixed(1)},${sy(0)}Z`;
  const px = point !== undefined && point >= x0 && point <= x1 ? sx(point) : undefined;
  return (
    <figure className="hwf-density">
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-labelledby={id}>
        <path d={area} className="hwf-density-area" />
        <path d={line} className="hwf-density-line" />
        <line x1={PAD} x2={W - PAD} y1={sy(0)} y2={sy(0)} className="hwf-density-axis" />
        {px !== undefined ? (
          <line x1={px} x2={px} y1={PAD} y2={H - PAD} className="hwf-density-point" />
        ) : null}
      </svg>
      <figcaption id={id} className="hwf-density-text">
        {point !== undefined
          ? t('editor.density.withPoint', { words, point: formatNumber(point) })
          : words}
      </figcaption>
    </figure>
  );
}
