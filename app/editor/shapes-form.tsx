/**
 * "Fill from a shape" for a headcount table: flat, or a bell around a chosen age, with a
 * total of women and of men. The table offers an undo afterwards.
 */
import { useState } from 'react';
import { useT } from '../i18n/language-root.tsx';
import type { Translate } from '../i18n/translate.ts';
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
function question(label: string, text: string, start: number, t: Translate): string {
  const r = parseNumberText(text, { current: start });
  if (r.kind !== 'ambiguous') return '';
  const [first, second] = r.readings.map((v) => spellNumber(v));
  return t('editor.shape.question', { label, first, second });
}

export function ShapeForm({ id, ages, totals, onFill }: ShapeFormProps) {
  const t = useT();
  const [shape, setShape] = useState<'flat' | 'bell'>('bell');
  const [women, setWomen] = useState(String(Math.round(totals.female) || 1000));
  const [men, setMen] = useState(String(Math.round(totals.male) || 200));
  const [peak, setPeak] = useState(String(Math.round((ages.min + Math.min(ages.max, 65)) / 2)));
  const [spread, setSpread] = useState('10');
  const [message, setMessage] = useState('');
  const [start] = useState(() => ({ women: read(women), men: read(men), peak: read(peak) }));
  const fill = () => {
    const ask =
      question(t('editor.shape.women'), women, start.women, t) ||
      question(t('editor.shape.men'), men, start.men, t) ||
      (shape === 'bell' ? question(t('editor.shape.peak'), peak, start.peak, t) : '');
    if (ask) {
      setMessage(ask);
      return;
    }
    const spec = (total: number) =>
      shape === 'flat'
        ? ({ shape, total } as const)
        : ({ shape, total, peakAge: read(peak), spread: read(spread) } as const);
    const f = fillShape(spec(read(women)), ages, t);
    const m = fillShape(spec(read(men)), ages, t);
    if (!f.ok || !m.ok) {
      setMessage((!f.ok ? f.message : '') || (!m.ok ? m.message : ''));
      return;
    }
    setMessage('');
    onFill(
      { female: f.values, male: m.values },
      t('editor.shape.filled', {
        min: String(ages.min),
        max: String(ages.max),
        shape,
        peak: shape === 'flat' ? '' : spellNumber(read(peak)),
        women: spellNumber(read(women)),
        men: spellNumber(read(men)),
      }),
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
      <summary>{t('editor.shape.title')}</summary>
      <div className="hwf-field">
        <label className="hwf-label" htmlFor={`${id}-shape`}>
          {t('editor.shape.shape')}
        </label>
        <span className="hwf-control">
          <select
            id={`${id}-shape`}
            value={shape}
            aria-describedby={`${id}-shape-help`}
            onChange={(e) => setShape(e.target.value === 'flat' ? 'flat' : 'bell')}
          >
            <option value="bell">{t('editor.shape.bell')}</option>
            <option value="flat">{t('editor.shape.flat')}</option>
          </select>
        </span>
        <span className="hwf-help" id={`${id}-shape-help`}>
          {t('editor.shape.shapeHelp')}
        </span>
      </div>
      {field('women', t('editor.shape.women'), women, setWomen, t('editor.shape.totalHelp'))}
      {field('men', t('editor.shape.men'), men, setMen, t('editor.shape.totalHelp'))}
      {shape === 'bell' ? (
        <>
          {field('peak', t('editor.shape.peak'), peak, setPeak, t('editor.shape.peakHelp'))}
          {field(
            'spread',
            t('editor.shape.spread'),
            spread,
            setSpread,
            t('editor.shape.spreadHelp'),
          )}
        </>
      ) : null}
      <button type="button" onClick={fill}>
        {t('editor.shape.fill')}
      </button>
      {message ? (
        <p className="hwf-error" role="alert">
          {message}
        </p>
      ) : null}
    </details>
  );
}
