/**
 * "Costs" (MODEL.md §7): the currency, the discount rate of the present value, and per
 * profession what a student, an FTE and a recruit from abroad cost. A scenario without costs
 * says so and offers to add them; removing them takes every cost figure out.
 */
import { useState } from 'react';
import { getAtPath } from '../../model/scenario/json-path.ts';
import { PARAMETERS, type ParameterKey } from '../../model/catalog.ts';
import { useT } from '../i18n/language-root.tsx';
import { englishT, type Translate } from '../i18n/translate.ts';
import { helpFor, parameterHelp, professionName } from '../scenario/labels.ts';
import {
  addCosts,
  CURRENCIES,
  currencyOf,
  hasCosts,
  isListedCurrency,
  percentToShare,
  removeCosts,
  shareToPercent,
} from './costs.ts';
import { DistributionInput } from './distribution-input.tsx';
import { professionsOf } from './draft.ts';
import { useEditor } from './editor-context.ts';
import { describedBy, ExactIssues, FieldShell, useFieldIssues } from './field.tsx';
import { fieldId } from './field-id.ts';
import { numberAfter, useNumberText } from './number-field.tsx';
import { Group, Section } from './section.tsx';

/** A profession's cost inputs, in the catalog's order. */
const COST_KEYS: readonly ParameterKey[] = [
  'trainingCost',
  'salaryPerFte',
  'salaryGrowth',
  'recruitmentCost',
];

/** The unit of a cost input with the currency: "EUR per student and study year" (in the
 *  language of `t`). */
export function costUnit(key: ParameterKey, currency: string, t: Translate = englishT): string {
  const unit = parameterHelp(t)[key].unit;
  return PARAMETERS[key].valid === 'money' ? t('editor.costs.unit', { currency, unit }) : unit;
}

const OTHER = 'other';

/** The currency: a list of the 19 countries' currencies, or any other three-letter code. */
function CurrencyField() {
  const { draft, set } = useEditor();
  const t = useT();
  const path = 'costs.currency';
  const id = fieldId(path);
  const issues = useFieldIssues(path);
  const raw = getAtPath(draft, path);
  const code = typeof raw === 'string' ? raw : '';
  const [other, setOther] = useState(!isListedCurrency(code));
  const showOther = other || !isListedCurrency(code);
  const known = helpFor(path, t);
  const help = known?.help ?? '';
  const bad = issues.errors.length > 0 || undefined;
  const a11y = (own: string) =>
    describedBy(own, { issues: issues.errors.length + issues.warnings.length > 0 });
  return (
    <>
      <FieldShell
        id={showOther ? `${id}-choice` : id}
        path={path}
        label={known?.label ?? t('scenario.field.costsCurrency.label')}
        help={help}
        issues={showOther ? { errors: [], warnings: [] } : issues}
      >
        <select
          id={showOther ? `${id}-choice` : id}
          value={showOther ? OTHER : code}
          aria-invalid={showOther ? undefined : bad}
          aria-describedby={a11y(showOther ? `${id}-choice` : id)}
          onChange={(e) => {
            const v = e.target.value;
            setOther(v === OTHER);
            if (v !== OTHER) set(path, v);
          }}
        >
          {CURRENCIES.map((c) => (
            <option key={c.code} value={c.code}>
              {t('editor.costs.currencyChoice', { name: t(c.name), code: c.code })}
            </option>
          ))}
          <option value={OTHER}>{t('editor.costs.otherCurrency')}</option>
        </select>
      </FieldShell>
      {showOther ? (
        <FieldShell
          id={id}
          path={path}
          label={t('editor.costs.currencyCode')}
          help={t('editor.costs.currencyCodeHelp')}
          issues={issues}
        >
          <input
            id={id}
            type="text"
            className="hwf-number"
            maxLength={3}
            autoComplete="off"
            spellCheck={false}
            value={code}
            aria-invalid={bad}
            aria-describedby={a11y(id)}
            onChange={(e) => set(path, e.target.value.toUpperCase())}
          />
        </FieldShell>
      ) : null}
    </>
  );
}

/** The discount rate, typed as a percent ("3" or "3,5") and kept as a share (0.035). */
function DiscountRateField() {
  const { draft, set } = useEditor();
  const t = useT();
  const path = 'costs.discountRate';
  const id = fieldId(path);
  const issues = useFieldIssues(path);
  const known = helpFor(path, t);
  const unit = known?.unit ?? t('scenario.unit.percentAYear');
  // A typed "%" is the unit already shown: it is read as part of the number's unit.
  const state = useNumberText(shareToPercent(getAtPath(draft, path)), 'remove', (v) =>
    set(path, percentToShare(v)),
  );
  const asking = state.reading.kind === 'ambiguous';
  return (
    <FieldShell
      id={id}
      path={path}
      label={known?.label ?? t('scenario.field.costsDiscountRate.label')}
      unit={unit}
      help={known?.help ?? ''}
      issues={issues}
      readout={numberAfter(id, state, false)}
    >
      <input
        id={id}
        className="hwf-number"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={state.text}
        placeholder="0"
        aria-invalid={issues.errors.length > 0 || undefined}
        aria-describedby={describedBy(id, {
          unit: true,
          issues: issues.errors.length + issues.warnings.length > 0,
          ask: asking,
        })}
        onFocus={state.onFocus}
        onBlur={state.onBlur}
        onChange={(e) => state.onText(e.target.value.replace(/\s*%\s*$/, ''))}
      />
    </FieldShell>
  );
}

/** What one profession costs. */
function ProfessionCosts({ index, currency }: { index: number; currency: string }) {
  const { draft } = useEditor();
  const t = useT();
  const at = `professions[${index}].costs`;
  return (
    <Group title={professionName(draft, index, t)} path={at}>
      <ExactIssues path={at} />
      {COST_KEYS.map((key) => (
        <DistributionInput
          key={key}
          path={`professions[${index}].${PARAMETERS[key].path}`}
          unit={costUnit(key, currency, t)}
          emptyAs="remove"
          placeholder={t('editor.none')}
        />
      ))}
    </Group>
  );
}

/** "Remove costs…", asking first: every cost figure goes with them. */
function RemoveCosts() {
  const { update } = useEditor();
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <div className="hwf-actions">
        <button type="button" onClick={() => setConfirming(true)}>
          {t('editor.costs.removeAsk')}
        </button>
      </div>
    );
  }
  return (
    <div className="hwf-actions" role="group" aria-label={t('editor.costs.removeQuestion')}>
      {t('editor.costs.removeAll')}{' '}
      <button
        type="button"
        onClick={() => {
          setConfirming(false);
          update(removeCosts);
        }}
      >
        {t('editor.remove')}
      </button>{' '}
      <button type="button" onClick={() => setConfirming(false)} autoFocus>
        {t('editor.keep')}
      </button>
    </div>
  );
}

export function CostsSection() {
  const { draft, update } = useEditor();
  const t = useT();
  const on = hasCosts(draft);
  const professions = professionsOf(draft);
  const currency = currencyOf(draft, t);
  const paths = ['costs', ...professions.map((_, i) => `professions[${i}].costs`)];
  return (
    <Section
      title={t('editor.costs.title')}
      className="hwf-costs-section"
      summary={on ? t('editor.costs.summary', { currency }) : t('editor.costs.summaryNone')}
      path="costs"
      paths={paths}
    >
      <ExactIssues path="costs" />
      {on ? (
        <>
          <p className="hwf-help">{t('editor.costs.help')}</p>
          <CurrencyField />
          <DiscountRateField />
          {professions.map((_, i) => (
            <ProfessionCosts key={i} index={i} currency={currency} />
          ))}
          <RemoveCosts />
        </>
      ) : (
        <>
          <p className="hwf-note">{t('editor.costs.none')}</p>
          <button type="button" onClick={() => update((d) => addCosts(d))}>
            {t('editor.costs.add')}
          </button>
        </>
      )}
    </Section>
  );
}
