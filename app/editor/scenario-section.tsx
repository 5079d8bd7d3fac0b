/**
 * "Scenario": name, description, years, futures and seed, the target year, the first year
 * of changed intake, the workforce ages, and the switch to point values only.
 */
import { useState } from 'react';
import { getAtPath } from '../../model/scenario/json-path.ts';
import type { AgeSpan } from './age-range.ts';
import { agesOf, refitAgeTables, tablesFit } from './age-range.ts';
import { useEditor } from './editor-context.ts';
import { IssueList, useFieldIssues } from './field.tsx';
import { fieldId } from './field-id.ts';
import { NumberField } from './number-field.tsx';
import { formatNumber } from './number-text.ts';
import { Group, Section } from './section.tsx';
import { CheckField, TextField } from './text-fields.tsx';

const PATHS = [
  '',
  'schema',
  'name',
  'description',
  'baseYear',
  'horizonYears',
  'simulation',
  'ages',
  'analysis',
];

function whole(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

/** "2025 → 2045, 2 000 futures" */
function summaryOf(draft: unknown, deterministic: boolean): string {
  const base = whole(getAtPath(draft, 'baseYear'));
  const h = whole(getAtPath(draft, 'horizonYears'));
  const runs = whole(getAtPath(draft, 'simulation.runs'));
  const years = base !== undefined && h !== undefined ? `${base} → ${base + h}` : '';
  const futures = deterministic
    ? 'point values only'
    : runs !== undefined
      ? `${formatNumber(runs)} futures`
      : '';
  return [years, futures].filter(Boolean).join(', ');
}

const same = (a: AgeSpan | undefined, b: AgeSpan | undefined) =>
  a !== undefined && b !== undefined && a.min === b.min && a.max === b.max;

/** Offers to move the age tables onto new workforce ages, saying what that adds and drops. */
function AgeRefit() {
  const { draft, update } = useEditor();
  const ages = agesOf(draft);
  const [fitted, setFitted] = useState<AgeSpan | undefined>(() =>
    ages && tablesFit(draft, ages) ? ages : undefined,
  );
  const fits = ages !== undefined && tablesFit(draft, ages);
  if (fits && !same(fitted, ages)) setFitted(ages);
  if (fits || ages === undefined || fitted === undefined || !tablesFit(draft, fitted)) return null;
  const plan = refitAgeTables(draft, fitted, ages);
  const dropped = plan.droppedRows
    ? ` and drops ${plan.droppedRows} rows (${formatNumber(plan.droppedPeople)} people)`
    : '';
  return (
    <p className="hwf-note" role="status">
      The age tables are for ages {fitted.min}–{fitted.max}. Fitting them to {ages.min}–{ages.max}{' '}
      adds {plan.addedRows} rows with 0 people{dropped}.{' '}
      <button type="button" onClick={() => update((d) => refitAgeTables(d, fitted, ages).draft)}>
        Fit the age tables to {ages.min}–{ages.max}
      </button>
    </p>
  );
}

export interface ScenarioSectionProps {
  deterministic: boolean;
  onDeterministicChange: (v: boolean) => void;
}

export function ScenarioSection({ deterministic, onDeterministicChange }: ScenarioSectionProps) {
  const { draft } = useEditor();
  const rootIssues = useFieldIssues('');
  const schemaIssues = useFieldIssues('schema');
  const base = whole(getAtPath(draft, 'baseYear'));
  const h = whole(getAtPath(draft, 'horizonYears'));
  const last = base !== undefined && h !== undefined ? String(base + h) : 'the last year';
  return (
    <Section title="Scenario" summary={summaryOf(draft, deterministic)} paths={PATHS} open>
      <span id={fieldId('')} tabIndex={-1} />
      <IssueList
        id={`${fieldId('')}-issues`}
        path=""
        issues={{
          errors: rootIssues.errors.filter((e) => e.path === ''),
          warnings: rootIssues.warnings.filter((w) => w.path === ''),
        }}
      />
      <IssueList id={`${fieldId('schema')}-issues`} path="schema" issues={schemaIssues} />
      <TextField path="name" />
      <TextField path="description" multiline />
      <Group title="Years">
        <NumberField path="baseYear" whole />
        <NumberField path="horizonYears" whole />
        <NumberField path="analysis.targetYear" whole emptyAs="remove" placeholder={last} />
        <NumberField
          path="analysis.intakeFromYear"
          whole
          emptyAs="remove"
          placeholder={base !== undefined ? String(base + 1) : ''}
        />
      </Group>
      <Group title="Futures">
        <CheckField
          id="field-deterministic"
          label="Use point values only (one run)"
          help="every range at its point value and no crises: one exact future that can be checked by hand"
          checked={deterministic}
          onChange={onDeterministicChange}
        />
        <NumberField path="simulation.runs" whole />
        <NumberField path="simulation.seed" whole />
      </Group>
      <Group title="Workforce ages">
        <NumberField path="ages.min" whole />
        <NumberField path="ages.max" whole />
        <AgeRefit />
      </Group>
    </Section>
  );
}
