/**
 * "Costs" (MODEL.md §7): the currency, the discount rate of the present value, and per
 * profession what a student, an FTE and a recruit from abroad cost. A scenario without costs
 * says so and offers to add them; removing them takes every cost figure out.
 */
import { useState } from 'react';
import { getAtPath } from '../../model/scenario/json-path.ts';
import { PARAMETERS, type ParameterKey } from '../../model/catalog.ts';
import { PARAMETER_HELP, professionName } from '../scenario/labels.ts';
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
import { helpFor } from '../scenario/labels.ts';
import { numberAfter, useNumberText } from './number-field.tsx';
import { Group, Section } from './section.tsx';

/** A profession's cost inputs, in the catalog's order. */
const COST_KEYS: readonly ParameterKey[] = [
  'trainingCost',
  'salaryPerFte',
  'salaryGrowth',
  'recruitmentCost',
];

/** The unit of a cost input with the currency: "EUR per student and study year". */
export function costUnit(key: ParameterKey, currency: string): string {
  const unit = PARAMETER_HELP[key].unit;
  return PARAMETERS[key].valid === 'money' ? `${currency} ${unit}` : unit;
}

const OTHER = 'other';

/** The currency: a list of the 19 countries' currencies, or any other three-letter code. */
function CurrencyField() {
  const { draft, set } = useEditor();
  const path = 'costs.currency';
  const id = fieldId(path);
  const issues = useFieldIssues(path);
  const raw = getAtPath(draft, path);
  const code = typeof raw === 'string' ? raw : '';
  const [other, setOther] = useState(!isListedCurrency(code));
  const showOther = other || !isListedCurrency(code);
  const help = helpFor(path)?.help ?? '';
  const bad = issues.errors.length > 0 || undefined;
  const a11y = (own: string) =>
    describedBy(own, { issues: issues.errors.length + issues.warnings.length > 0 });
  return (
    <>
      <FieldShell
        id={showOther ? `${id}-choice` : id}
        path={path}
        label="Currency"
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
              {c.name} ({c.code})
            </option>
          ))}
          <option value={OTHER}>Another currency…</option>
        </select>
      </FieldShell>
      {showOther ? (
        <FieldShell
          id={id}
          path={path}
          label="Currency code"
          help="three capital letters, as on a bank statement: CHF, GBP, DKK …"
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
  const path = 'costs.discountRate';
  const id = fieldId(path);
  const issues = useFieldIssues(path);
  const known = helpFor(path);
  const unit = known?.unit ?? '% a year';
  // A typed "%" is the unit already shown: it is read as part of the number's unit.
  const state = useNumberText(shareToPercent(getAtPath(draft, path)), 'remove', (v) =>
    set(path, percentToShare(v)),
  );
  const asking = state.reading.kind === 'ambiguous';
  return (
    <FieldShell
      id={id}
      path={path}
      label={known?.label ?? 'Discount rate'}
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
  const at = `professions[${index}].costs`;
  return (
    <Group title={professionName(draft, index)} path={at}>
      <ExactIssues path={at} />
      {COST_KEYS.map((key) => (
        <DistributionInput
          key={key}
          path={`professions[${index}].${PARAMETERS[key].path}`}
          unit={costUnit(key, currency)}
          emptyAs="remove"
          placeholder="none"
        />
      ))}
    </Group>
  );
}

/** "Remove costs…", asking first: every cost figure goes with them. */
function RemoveCosts() {
  const { update } = useEditor();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <div className="hwf-actions">
        <button type="button" onClick={() => setConfirming(true)}>
          Remove costs…
        </button>
      </div>
    );
  }
  return (
    <div className="hwf-actions" role="group" aria-label="Remove the costs?">
      Remove the costs and every cost figure of the professions and policies?{' '}
      <button
        type="button"
        onClick={() => {
          setConfirming(false);
          update(removeCosts);
        }}
      >
        Remove
      </button>{' '}
      <button type="button" onClick={() => setConfirming(false)} autoFocus>
        Keep
      </button>
    </div>
  );
}

export function CostsSection() {
  const { draft, update } = useEditor();
  const on = hasCosts(draft);
  const professions = professionsOf(draft);
  const currency = currencyOf(draft);
  const paths = ['costs', ...professions.map((_, i) => `professions[${i}].costs`)];
  return (
    <Section
      title="Costs"
      className="hwf-costs-section"
      summary={on ? `(${currency})` : '(none)'}
      path="costs"
      paths={paths}
    >
      <ExactIssues path="costs" />
      {on ? (
        <>
          <p className="hwf-help">
            What the workforce costs, at today’s prices: each input left blank costs nothing.
          </p>
          <CurrencyField />
          <DiscountRateField />
          {professions.map((_, i) => (
            <ProfessionCosts key={i} index={i} currency={currency} />
          ))}
          <RemoveCosts />
        </>
      ) : (
        <>
          <p className="hwf-note">
            This scenario has no costs. Add them to see what training, salaries, recruitment and the
            policies’ programmes cost each year, and their present value.
          </p>
          <button type="button" onClick={() => update((d) => addCosts(d))}>
            Add costs
          </button>
        </>
      )}
    </Section>
  );
}
