/**
 * The distribution editor: the form of an uncertain input (fixed, uniform, triangular, PERT,
 * normal, lognormal), its parameters, "drawn once per future | every year", a density plot
 * and the point value. A non-modal dialog: focus moves in when it opens, Escape closes it
 * and the caller returns focus to the button that opened it.
 */
import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { getAtPath } from '../../model/scenario/json-path.ts';
import { useT } from '../i18n/language-root.tsx';
import type { MessageKey } from '../i18n/translate.ts';
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
import { messageNodes } from '../i18n/rich-text.tsx';
import { NumberField } from './number-field.tsx';
import { formatNumber, formatShare } from './number-text.ts';
import { lowerFirst } from '../i18n/case.ts';

const PARAM_HELP: Readonly<Record<string, MessageKey>> = {
  min: 'editor.dist.help.min',
  mode: 'editor.dist.help.mode',
  max: 'editor.dist.help.max',
  mean: 'editor.dist.help.mean',
  sd: 'editor.dist.help.sd',
  median: 'editor.dist.help.median',
  gsd: 'editor.dist.help.gsd',
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
  const t = useT();
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
        {t('editor.dist.title', { label: lowerFirst(label) })}
      </p>
      <div className="hwf-field">
        <label className="hwf-label" htmlFor={`${base}-form`}>
          {t('editor.dist.form')}
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
            {form === 'unknown' ? (
              <option value="unknown">{t('editor.dist.formUnknown')}</option>
            ) : null}
            {DIST_FORMS.map((f) => (
              <option key={f} value={f}>
                {t(FORM_LABELS[f])}
              </option>
            ))}
          </select>
        </span>
        <span className="hwf-help" id={`${base}-form-help`}>
          {t('editor.dist.formHelp')}
        </span>
      </div>
      {form === 'fixed' ? (
        <NumberField
          path={path}
          id={`${base}-fixed`}
          label={t('editor.dist.value')}
          help={t('editor.dist.valueHelp')}
        />
      ) : form === 'unknown' ? (
        <p>{t('editor.dist.chooseForm')}</p>
      ) : (
        <>
          {FORM_PARAMS[form].map((p) => (
            <NumberField
              key={p.key}
              path={`${path}.${p.key}`}
              label={t(p.words)}
              unit={unit}
              help={
                p.optional
                  ? t('editor.dist.help.noBound', { help: t(PARAM_HELP[p.key]) })
                  : t(PARAM_HELP[p.key])
              }
              emptyAs={p.optional ? 'remove' : 'text'}
            />
          ))}
          <fieldset className="hwf-radios">
            <legend>{t('editor.dist.drawn')}</legend>
            <label>
              <input
                type="radio"
                name={`${base}-resample`}
                checked={!yearly}
                onChange={() => set(path, withResample(value, false))}
              />{' '}
              {t('editor.dist.oncePerFuture')}
            </label>
            <label>
              <input
                type="radio"
                name={`${base}-resample`}
                checked={yearly}
                onChange={() => set(path, withResample(value, true))}
              />{' '}
              {t('editor.dist.everyYear')}
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
        {messageNodes(t, 'editor.dist.point', {
          value: (
            <strong>
              {point === undefined
                ? t('editor.dist.pointUnknown')
                : share
                  ? t('editor.dist.pointShare', {
                      point: formatNumber(point),
                      share: formatShare(point),
                    })
                  : formatNumber(point)}
            </strong>
          ),
        })}
      </p>
      <button type="button" onClick={onClose}>
        {t('editor.dist.done')}
      </button>
    </div>
  );
}
