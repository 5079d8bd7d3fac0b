/** A tiny age pyramid beside a headcount table: men to the left, women to the right. */
export function MiniPyramid({
  female,
  male,
}: {
  female: readonly unknown[];
  male: readonly unknown[];
}) {
  const n = Math.max(female.length, male.length);
  const num = (v: unknown) => (typeof v === 'number' && v > 0 ? v : 0);
  const most = Math.max(1, ...female.map(num), ...male.map(num));
  if (n === 0) return null;
  const barH = Math.max(1, Math.min(3, 160 / n));
  const half = 50;
  return (
    <svg
      className="hwf-pyramid"
      width={2 * half + 4}
      height={n * barH}
      aria-hidden="true"
      focusable="false"
    >
      {Array.from({ length: n }, (_, i) => {
        const y = (n - 1 - i) * barH;
        const m = (num(male[i]) / most) * half;
        const f = (num(female[i]) / most) * half;
        return (
          <g key={i}>
            <rect className="hwf-pyramid-male" x={half - m} y={y} width={m} height={barH} />
            <rect className="hwf-pyramid-female" x={half + 4} y={y} width={f} height={barH} />
          </g>
        );
      })}
    </svg>
  );
}
