/** One lever of the presentation: a large labelled slider with its value and unit. */
import { useId } from 'react';
import type { Lever } from './levers.ts';
import { leverDetail, leverText, snapLever } from './levers.ts';

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
  const id = useId();
  const detailId = useId();
  const shown = value === undefined ? undefined : snapLever(lever, value);
  const text = value === undefined ? 'not set' : leverText(lever, value);
  const detail = value === undefined ? '' : leverDetail(lever, value);
  return (
    <div className={active ? 'hwf-lever hwf-lever-active' : 'hwf-lever'} data-lever={lever.id}>
      <div className="hwf-lever-head">
        <label htmlFor={id}>
          {lever.label}
          {withProfession && <span className="hwf-lever-who"> ({lever.professionName})</span>}
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
        aria-valuetext={detail ? `${text}, ${detail}` : text}
        aria-describedby={detailId}
        aria-keyshortcuts="ArrowUp ArrowDown"
        onChange={(event) => onChange(Number(event.currentTarget.value))}
        onFocus={onFocus}
      />
      <p className="hwf-lever-detail" id={detailId}>
        {detail ? `${detail} · ` : ''}
        {lever.display === 'change' ? 'change from the baseline, ' : ''}
        range {leverText(lever, lever.min)} to {leverText(lever, lever.max)}
      </p>
    </div>
  );
}
