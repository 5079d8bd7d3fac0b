/**
 * Step 1 of a lesson: the question and the planner's prediction, a number on a slider (or
 * typed) or one of a few choices, then "Lock in my prediction". Once locked the prediction
 * is shown as words and no longer changes (the lesson can be started again).
 */
import { useId } from 'react';
import { useFormats } from '../charts/formats-context.ts';
import type { Prediction } from './lesson-types.ts';
import { VALUE_MARK, aroundValue, lessonText, predictionText } from './learn-state.ts';
import { RangeEntry } from './range-entry.tsx';

export interface PredictProps {
  prediction: Prediction;
  /** The prediction being chosen, or the one locked in. */
  value: number | string | null;
  locked: boolean;
  onChange: (value: number | string) => void;
  onLock: () => void;
}

export function Predict({ prediction, value, locked, onChange, onLock }: PredictProps) {
  const f = useFormats();
  const { t } = f;
  const questionId = useId();
  const name = useId();
  const question = lessonText(prediction.question, f);
  if (locked && value !== null) {
    const { before, after } = aroundValue(t('learn.predict.locked', { prediction: VALUE_MARK }));
    return (
      <div className="hwf-learn-predict">
        <p className="hwf-learn-question">{question}</p>
        <p className="hwf-learn-locked">
          {before}
          <strong>{predictionText(prediction, value, f)}</strong>
          {after}
        </p>
      </div>
    );
  }
  return (
    <div className="hwf-learn-predict">
      {prediction.kind === 'number' ? (
        <>
          <p className="hwf-learn-question" id={questionId}>
            {question}
          </p>
          <RangeEntry
            label={t('learn.predict.yours')}
            unit={prediction.unit}
            min={prediction.min}
            max={prediction.max}
            step={prediction.step}
            value={typeof value === 'number' ? value : prediction.initial}
            onChange={onChange}
            describedBy={questionId}
          />
        </>
      ) : (
        <fieldset className="hwf-learn-choices">
          <legend className="hwf-learn-question">{question}</legend>
          {prediction.options.map((option) => (
            <label key={option.value} className="hwf-learn-choice">
              <input
                type="radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
              />{' '}
              {lessonText(option.label, f)}
            </label>
          ))}
        </fieldset>
      )}
      <button
        type="button"
        className="hwf-learn-primary"
        disabled={value === null}
        onClick={onLock}
      >
        {t('learn.predict.lock')}
      </button>
      {value === null && <p className="hwf-learn-hint">{t('learn.predict.chooseFirst')}</p>}
    </div>
  );
}
