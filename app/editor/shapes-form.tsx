/**
 * "Fill from a shape" for a headcount table: flat, or a bell around a chosen age, with a
 * total of women and of men. The table offers an undo afterwards.
 */
import { useState } from 'react';
import type { AgeSpan } from './shapes.ts';
import { fillShape } from './shapes.ts';
import { parseNumberText, spellNumber } from './number-text.ts';

export interface ShapeFormProps {
  id: string;
  ages: AgeSpan;
  /** Today's totals, the starting values of the form. */
  totals: { female: number; male: number };
  onFill: (values: { female: number[]; male: number[] }, message: string) => void;
}

/** A number of the form, read in the browser's locale; NaN when it is not one. */
function read(text: string): number {
  const r = parseNumberText(text);
  return r.kind === 'number' ? r.value : NaN;
}

/** "Women in total: did you mean 1 200 or 1.2? …" when an entry could mean either (read
 *  against the form's starting value), else ''. */
function question(label: string, text: string, start: number): string {
  const r = parseNumberText(text, { current: start });
  if (r.kind !== 'ambiguous') return '';
  const [a, b] = r.readings.map((v) => spellNumber(v));
  return `${label}: did you mean ${a} or ${b}? Type the number without a thousands separator.`;
}

export function ShapeForm({ id, ages, totals, onFill }: ShapeFormProps) {
  const [shape, setShape] = useState<'flat' | 'bell'>('bell');
  const [women, setWomen] = useState(String(Math.round(totals.female) || 1000));
  const [men, setMen] = useState(String(Math.round(totals.male) || 200));
  const [peak, setPeak] = useState(String(Math.round((ages.min + Math.min(ages.max, 65)) / 2)));
  const [spread, setSpread] = useState('10');
  const [message, setMessage] = useState('');
  const [start] = useState(() => ({ women: read(women), men: read(men), peak: read(peak) }));
  const fill = () => {
    const ask =
      question('Women in total', women, start.women) ||
      question('Men in total', men, start.men) ||
      (shape === 'bell' ? question('Peak age', peak, start.peak) : '');
    if (ask) {
      setMessage(ask);
      return;
    }
    const spec = (total: number) =>
      shape === 'flat'
        ? ({ shape, total } as const)
        : ({ shape, total, peakAge: read(peak), spread: read(spread) } as const);
    const f = fillShape(spec(read(women)), ages);
    const m = fillShape(spec(read(men)), ages);
    if (!f.ok || !m.ok) {
      setMessage((!f.ok ? f.message : '') || (!m.ok ? m.message : ''));
      return;
    }
    setMessage('');
    const how = shape === 'flat' ? 'flat' : `a bell around age ${spellNumber(read(peak))}`;
    onFill(
      { female: f.values, male: m.values },
      `Filled ages ${ages.min}–${ages.max} as ${how}: ` +
        `${spellNumber(read(women))} women, ${spellNumber(read(men))} men.`,
    );
  };
  const field = (
    key: string,
    label: string,
    value: string,
    set: (v: string) => void,
    help: string,
  ) => (
    <div className="hwf-field">
      <label className="hwf-label" htmlFor={`${id}-${key}`}>
        {label}
      </label>
      <span className="hwf-control">
        <input
          id={`${id}-${key}`}
          className="hwf-number"
          type="text"
          inputMode="decimal"
          value={value}
          aria-describedby={`${id}-${key}-help`}
          onChange={(e) => set(e.target.value)}
        />
      </span>
      <span className="hwf-help" id={`${id}-${key}-help`}>
        {help}
      </span>
    </div>
  );
  return (
    <details className="hwf-shape">
      <summary>Fill from a shape</summary>
      <div className="hwf-field">
        <label className="hwf-label" htmlFor={`${id}-shape`}>
          Shape
        </label>
        <span className="hwf-control">
          <select
            id={`${id}-shape`}
            value={shape}
            aria-describedby={`${id}-shape-help`}
            onChange={(e) => setShape(e.target.value === 'flat' ? 'flat' : 'bell')}
          >
            <option value="bell">Bell around an age</option>
            <option value="flat">Flat: the same at every age</option>
          </select>
        </span>
        <span className="hwf-help" id={`${id}-shape-help`}>
          a quick start to replace with real counts later
        </span>
      </div>
      {field('women', 'Women in total', women, setWomen, 'people, shared out over the ages')}
      {field('men', 'Men in total', men, setMen, 'people, shared out over the ages')}
      {shape === 'bell' ? (
        <>
          {field('peak', 'Peak age', peak, setPeak, 'the age with the most people')}
          {field(
            'spread',
            'Spread',
            spread,
            setSpread,
            'years: about two thirds are within this of the peak age',
          )}
        </>
      ) : null}
      <button type="button" onClick={fill}>
        Fill the table
      </button>
      {message ? (
        <p className="hwf-error" role="alert">
          {message}
        </p>
      ) : null}
    </details>
  );
}
