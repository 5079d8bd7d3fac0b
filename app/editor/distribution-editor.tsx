/**
 * The distribution editor: the form of an uncertain input (fixed, uniform, triangular, PERT,
 * normal, lognormal), its parameters, "drawn once per future | every year", a density plot
 * and the point value. A non-modal dialog: focus moves in when it opens, Escape closes it
 * and the caller returns focus to the button that opened it.
 */
import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { getAtPath } from '../../model/scenario/json-path.ts';
import {
  changeForm,
  DIST_FORMS,
  FORM_LABELS,
  FORM_PARAMS,
  formOf,
  pointOf,
  readDist,
  withResample,
} from './dist-forms.ts';
import type { DistForm } from './dist-forms.ts';
import { DensityPlot } from './density-plot.tsx';
import { useEditor } from './editor-context.ts';
import { fieldId } from './field-id.ts';
import { isRec } from './draft.ts';
import { NumberField } from './number-field.tsx';
import { formatNumber, formatShare } from './number-text.ts';

const PARAM_HELP: Readonly<Record<string, string>> = {
  min: 'the lowest value you think possible',
  mode: 'the value you think most likely',
  max: 'the highest value you think possible',
  mean: 'the average value',
  sd: 'how far values typically lie from the mean',
  median: 'half the values lie below it, half above',
  gsd: 'the typical factor of spread: 1.2 means values often lie within ÷1.2 to ×1.2 of the median',
};

export interface DistributionEditorProps {
  path: string;
  label: string;
  unit: string;
  /** Closes the editor; the opener then takes the focus back. */
  onClose: () => void;
  /** The path of the field to focus when the editor opens (else the form). */
  focusPath?: string;
}

export function DistributionEditor(props: DistributionEditorProps) {
  const { path, label, unit, onClose, focusPath } = props;
  const { draft, set } = useEditor();
  const value = getAtPath(draft, path);
  const form = formOf(value);
  const base = fieldId(path);
  const formRef = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    const wanted = focusPath === undefined ? null : document.getElementById(fieldId(focusPath));
    (wanted ?? formRef.current)?.focus();
    // Only when the editor opens.
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  };
  const yearly = isRec(value) && value.resample === 'yearly';
  const point = pointOf(value);
  const share = /share/.test(unit);
  return (
    <div
      className="hwf-dist-editor"
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${base}-title`}
      onKeyDown={onKeyDown}
    >
      <p className="hwf-dist-title" id={`${base}-title`}>
        Range of {label.charAt(0).toLowerCase() + label.slice(1)}
      </p>
      <div className="hwf-field">
        <label className="hwf-label" htmlFor={`${base}-form`}>
          Form
        </label>
        <span className="hwf-control">
          <select
            id={`${base}-form`}
            ref={formRef}
            value={form}
            aria-describedby={`${base}-form-help`}
            onChange={(e) =>
              set(path, changeForm(value, e.target.value as DistForm, share ? 0.01 : 1))
            }
          >
            {form === 'unknown' ? <option value="unknown">Not a known form</option> : null}
            {DIST_FORMS.map((f) => (
              <option key={f} value={f}>
                {FORM_LABELS[f]}
              </option>
            ))}
          </select>
        </span>
        <span className="hwf-help" id={`${base}-form-help`}>
          the shape of what you think the value could be
        </span>
      </div>
      {form === 'fixed' ? (
        <NumberField
          path={path}
          id={`${base}-fixed`}
          label="Value"
          help="the one value used in every future"
        />
      ) : form === 'unknown' ? (
        <p>Choose a form above; the values you had stay in the scenario until then.</p>
      ) : (
        <>
          {FORM_PARAMS[form].map((p) => (
            <NumberField
              key={p.key}
              path={`${path}.${p.key}`}
              label={p.label}
              unit={unit}
              help={p.optional ? `${PARAM_HELP[p.key]}; blank = no bound` : PARAM_HELP[p.key]}
              emptyAs={p.optional ? 'remove' : 'text'}
            />
          ))}
          <fieldset className="hwf-radios">
            <legend>Drawn</legend>
            <label>
              <input
                type="radio"
                name={`${base}-resample`}
                checked={!yearly}
                onChange={() => set(path, withResample(value, false))}
              />{' '}
              once per future
            </label>
            <label>
              <input
                type="radio"
                name={`${base}-resample`}
                checked={yearly}
                onChange={() => set(path, withResample(value, true))}
              />{' '}
              every year
            </label>
          </fieldset>
        </>
      )}
      <DensityPlot
        id={`${base}-density`}
        dist={form === 'fixed' ? undefined : readDist(value)}
        point={point}
      />
      <p className="hwf-point">
        Point value (used with point values only):{' '}
        <strong>
          {point === undefined ? 'not yet known' : formatNumber(point)}
          {point !== undefined && share ? ` = ${formatShare(point)}` : ''}
        </strong>
      </p>
      <button type="button" onClick={onClose}>
        Done
      </button>
    </div>
  );
}
