/**
 * "Scenario": name, description, years, futures and seed, the target year, the first year
 * of changed intake, the workforce ages, and the switch to point values only.
 */
import { useState } from 'react';
import { getAtPath } from '../../model/scenario/json-path.ts';
import { useT } from '../i18n/language-root.tsx';
import type { Translate } from '../i18n/translate.ts';
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
function summaryOf(draft: unknown, deterministic: boolean, t: Translate): string {
  const base = whole(getAtPath(draft, 'baseYear'));
  const h = whole(getAtPath(draft, 'horizonYears'));
  const runs = whole(getAtPath(draft, 'simulation.runs'));
  const years =
    base !== undefined && h !== undefined
      ? t('editor.scenario.years', { from: String(base), to: String(base + h) })
      : '';
  const futures = deterministic
    ? t('editor.scenario.pointValuesOnly')
    : runs !== undefined
      ? t('editor.scenario.futures', { count: formatNumber(runs), runs })
      : '';
  return years && futures ? t('editor.scenario.summary', { years, futures }) : years || futures;
}

const same = (a: AgeSpan | undefined, b: AgeSpan | undefined) =>
  a !== undefined && b !== undefined && a.min === b.min && a.max === b.max;

/** Offers to move the age tables onto new workforce ages, saying what that adds and drops. */
function AgeRefit() {
  const { draft, update } = useEditor();
  const t = useT();
  const ages = agesOf(draft);
  const [fitted, setFitted] = useState<AgeSpan | undefined>(() =>
    ages && tablesFit(draft, ages) ? ages : undefined,
  );
  const fits = ages !== undefined && tablesFit(draft, ages);
  if (fits && !same(fitted, ages)) setFitted(ages);
  if (fits || ages === undefined || fitted === undefined || !tablesFit(draft, fitted)) return null;
  const plan = refitAgeTables(draft, fitted, ages);
  const words = {
    fromMin: String(fitted.min),
    fromMax: String(fitted.max),
    toMin: String(ages.min),
    toMax: String(ages.max),
    added: String(plan.addedRows),
    addedRows: plan.addedRows,
  };
  return (
    <p className="hwf-note" role="status">
      {plan.droppedRows
        ? t('editor.scenario.refitDropping', {
            ...words,
            dropped: String(plan.droppedRows),
            droppedRows: plan.droppedRows,
            people: formatNumber(plan.droppedPeople),
          })
        : t('editor.scenario.refit', words)}{' '}
      <button type="button" onClick={() => update((d) => refitAgeTables(d, fitted, ages).draft)}>
        {t('editor.scenario.refitButton', { min: String(ages.min), max: String(ages.max) })}
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
  const t = useT();
  const rootIssues = useFieldIssues('');
  const schemaIssues = useFieldIssues('schema');
  const base = whole(getAtPath(draft, 'baseYear'));
  const h = whole(getAtPath(draft, 'horizonYears'));
  const last =
    base !== undefined && h !== undefined ? String(base + h) : t('editor.scenario.lastYear');
  return (
    <Section
      title={t('editor.scenario.title')}
      summary={summaryOf(draft, deterministic, t)}
      paths={PATHS}
      open
    >
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
      <Group title={t('editor.scenario.groupYears')}>
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
      <Group title={t('editor.scenario.groupFutures')}>
        <CheckField
          id="field-deterministic"
          label={t('editor.scenario.deterministic')}
          help={t('editor.scenario.deterministicHelp')}
          checked={deterministic}
          onChange={onDeterministicChange}
        />
        <NumberField path="simulation.runs" whole />
        <NumberField path="simulation.seed" whole />
      </Group>
      <Group title={t('editor.scenario.groupAges')}>
        <NumberField path="ages.min" whole />
        <NumberField path="ages.max" whole />
        <AgeRefit />
      </Group>
    </Section>
  );
}
