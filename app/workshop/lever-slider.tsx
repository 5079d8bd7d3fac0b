/** One lever of the presentation: a large labelled slider with its value and unit. */
import { useId } from 'react';
import { useFormats } from '../charts/formats-context.ts';
import type { Lever } from './levers.ts';
import { leverDetail, leverLabel, leverText, snapLever } from './levers.ts';

/** Props of {@link LeverSlider}. */
export interface LeverSliderProps {
  lever: Lever;
  /** Where the lever stands in the draft (display units), undefined when unreadable. */
  value: number | undefined;
  /** Name the profession in the label (levers of several professions are shown). */
  withProfession: boolean;
  active: boolean;
  onChange: (value: number) => void;
  onFocus: () => void;
}

/** A range input named by its label, showing the value in words with its unit. */
export function LeverSlider({
  lever,
  value,
  withProfession,
  active,
  onChange,
  onFocus,
}: LeverSliderProps) {
  const f = useFormats();
  const { t } = f;
  const id = useId();
  const detailId = useId();
  const shown = value === undefined ? undefined : snapLever(lever, value);
  const text = value === undefined ? t('workshop.lever.notSet') : leverText(lever, value, f);
  const detail = value === undefined ? '' : leverDetail(lever, value, f);
  const limits = { low: leverText(lever, lever.min, f), high: leverText(lever, lever.max, f) };
  const range = t(
    lever.display === 'change' ? 'workshop.lever.rangeOfChange' : 'workshop.lever.range',
    limits,
  );
  return (
    <div className={active ? 'hwf-lever hwf-lever-active' : 'hwf-lever'} data-lever={lever.id}>
      <div className="hwf-lever-head">
        <label htmlFor={id}>
          {leverLabel(lever, t)}
          {withProfession && (
            <span className="hwf-lever-who">
              {' '}
              {t('workshop.lever.profession', { profession: lever.professionName })}
            </span>
          )}
        </label>
        <output htmlFor={id} className="hwf-lever-value">
          {text}
        </output>
      </div>
      <input
        id={id}
        type="range"
        min={lever.min}
        max={lever.max}
        step={lever.step}
        value={shown ?? lever.min}
        disabled={value === undefined}
        aria-valuetext={
          detail ? t('workshop.lever.valueWithDetail', { value: text, detail }) : text
        }
        aria-describedby={detailId}
        aria-keyshortcuts="ArrowUp ArrowDown"
        onChange={(event) => onChange(Number(event.currentTarget.value))}
        onFocus={onFocus}
      />
      <p className="hwf-lever-detail" id={detailId}>
        {detail ? t('workshop.lever.withDetail', { detail, range }) : range}
      </p>
    </div>
  );
}
