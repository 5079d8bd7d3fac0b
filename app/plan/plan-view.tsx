/**
 * The Plan view: for the working scenario, the question (the target and the levers, kept in
 * the scenario's `plan`), the search with its progress, and the plan found — its levers in
 * words, its cost, the shortage before and after, every candidate on the frontier chart,
 * and the road map — with "Apply this plan" (undone as any replacement of the scenario).
 * The search's state lives in plan-store.ts, so leaving the view loses nothing.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { HwfResult } from '../../model/result/result.ts';
import type { ScenarioIssue } from '../../model/scenario/parse.ts';
import type { PopulationInline, Scenario } from '../../model/scenario/types.ts';
import { ChartFrame } from '../charts/chart-frame.tsx';
import { useFormats } from '../charts/formats-context.ts';
import { isAtOrBelow, setIn } from '../editor/draft.ts';
import { FrontierChart } from './frontier-chart.tsx';
import { FrontierTable } from './frontier-table.tsx';
import { createMoney } from './money.ts';
import { checkPlan } from './plan-check.ts';
import { applyPlanValues, draftPlan, startPlan, withDraftPolicies } from './plan-draft.ts';
import { PlanEditor } from './plan-editor.tsx';
import { PlanLevers } from './plan-levers.tsx';
import { PlanResultView } from './plan-result.tsx';
import { PlanRunBar } from './plan-run.tsx';
import { planSearch, scenarioKey, specKey, usePlanSearch, type PlanRunner } from './plan-store.ts';
import { PlanTarget } from './plan-target.tsx';
import { roadMap } from './road-map.ts';
import { RoadMapView } from './road-map-view.tsx';
import './plan.css';

export interface PlanViewProps {
  draft: unknown;
  onChange: (next: unknown) => void;
  /** Replaces the draft, keeping the old one for undo. */
  replaceDraft: (next: unknown, what: string) => void;
  /** The working scenario (the last valid one when `invalid`). */
  scenario: Scenario | null;
  invalid: boolean;
  /** The scenario's problems; those of the plan show at its fields. */
  errors: readonly ScenarioIssue[];
  /** The result on screen and its scenario: the shortage before the plan. */
  result: HwfResult | null;
  resultScenario: Scenario | null;
  runner: PlanRunner;
  population?: PopulationInline;
  /** Opens the editor at its costs. */
  onEditCosts: () => void;
}

/** The result on screen when it is the full result of the scenario with key `key`. */
function ownResult(
  key: string,
  result: HwfResult | null,
  of: Scenario | null,
  ofKey: string,
): HwfResult | null {
  if (!result || !of || ofKey !== key || result.deterministic) return null;
  return result.runs >= of.simulation.runs ? result : null;
}

export function PlanView(props: PlanViewProps) {
  const { draft, onChange, scenario, invalid, errors, result, resultScenario } = props;
  const f = useFormats();
  const { t } = f;
  const state = usePlanSearch();
  const found = state.found;
  const usable = invalid ? null : scenario;
  // Checked against the last valid scenario, so that a question that makes the draft
  // invalid can be corrected here; the parser's words show only where ours have none.
  const context = useMemo(
    () => (invalid && scenario ? withDraftPolicies(scenario, draft) : scenario),
    [invalid, scenario, draft],
  );
  const check = useMemo(() => checkPlan(draft, context, t), [draft, context, t]);
  const fieldErrors = useMemo(
    () =>
      check.issues.length > 0 ? check.issues : errors.filter((e) => isAtOrBelow(e.path, 'plan')),
    [check.issues, errors],
  );
  const planOnly = errors.length > 0 && errors.every((e) => isAtOrBelow(e.path, 'plan'));
  const key = useMemo(() => (scenario ? scenarioKey(scenario) : ''), [scenario]);
  const shownKey = useMemo(
    () => (resultScenario ? scenarioKey(resultScenario) : ''),
    [resultScenario],
  );

  const sameQuestion = found !== null && specKey(check.spec) === specKey(found.spec);
  const applied = sameQuestion && !invalid && key === found.plannedKey;
  const current = sameQuestion && !invalid && (key === found.key || applied);

  // The searched scenario's own result, once it is on screen.
  useEffect(() => {
    if (!found || found.before) return;
    const own = ownResult(found.key, result, resultScenario, shownKey);
    if (own) planSearch.setBefore(own);
  }, [found, result, resultScenario, shownKey]);

  // The keyboard follows the search: to Cancel as it starts, to the plan when it is found.
  const runRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const last = useRef(state.status);
  useEffect(() => {
    const was = last.current;
    last.current = state.status;
    if (was === state.status) return;
    const lost = document.activeElement === document.body || document.activeElement === null;
    if (state.status === 'running' && (lost || document.activeElement === runRef.current)) {
      cancelRef.current?.focus();
    } else if (was === 'running' && lost) {
      if (state.status === 'done') headingRef.current?.focus();
      else runRef.current?.focus();
    }
  }, [state.status]);

  const needsCosts = usable !== null && !usable.costs;
  const problem = invalid
    ? errors.length === 0
      ? t('plan.view.loading')
      : planOnly
        ? t('plan.check.correctFields')
        : t('plan.view.fixEditor')
    : needsCosts
      ? t('plan.view.noCosts')
      : check.missing;
  const run = () => {
    if (!usable || !check.spec) return;
    const before = ownResult(key, result, resultScenario, shownKey);
    void planSearch.start(
      props.runner,
      { scenario: usable, spec: check.spec, population: props.population },
      before,
    );
  };
  const apply = () => {
    if (!found) return;
    const values = found.plan.levers.map((l) => l.value);
    props.replaceDraft(
      applyPlanValues(draft, found.spec.levers, values),
      t('plan.view.appliedWhat'),
    );
  };

  const currency = found?.result.cost?.currency ?? scenario?.costs?.currency ?? '';
  const money = useMemo(() => createMoney(f.locale, currency, f.t), [currency, f.locale, f.t]);
  const map = useMemo(
    () => (found ? roadMap(found.scenario, found.spec, found.result, money, f) : null),
    [found, money, f],
  );
  const chosen = found?.plan.levers.map((l) => l.value) ?? [];
  const years = found?.result.years ?? [];

  return (
    <article className="hwf-plan-view" aria-labelledby="plan-heading">
      <h3 id="plan-heading">{t('plan.view.title')}</h3>
      <p className="hwf-plan-intro">{t('plan.view.intro')}</p>
      {scenario && (
        <p className="hwf-print-only hwf-plan-print-title">
          {t('plan.view.printTitle', { name: scenario.name })}
        </p>
      )}
      {scenario && draftPlan(draft) === null ? (
        <p className="hwf-plan-start">
          {t('plan.view.noQuestion')}{' '}
          <button type="button" onClick={() => onChange(startPlan(draft, scenario))}>
            {t('plan.view.start')}
          </button>
        </p>
      ) : (
        scenario && (
          <PlanEditor draft={draft} onChange={onChange} errors={fieldErrors}>
            <div className="hwf-plan-question">
              <PlanTarget scenario={context ?? scenario} />
              <PlanLevers scenario={context ?? scenario} />
              <p className="hwf-plan-remove">
                <button
                  type="button"
                  className="hwf-remove"
                  onClick={() => onChange(setIn(draft, 'plan', undefined))}
                >
                  {t('plan.view.remove')}
                </button>{' '}
                <span className="hwf-help">{t('plan.view.removeHelp')}</span>
              </p>
            </div>
          </PlanEditor>
        )
      )}
      <PlanRunBar
        state={state}
        problem={problem}
        needsCosts={needsCosts}
        runs={usable?.simulation.runs ?? null}
        onRun={run}
        onCancel={() => planSearch.cancel()}
        onEditCosts={props.onEditCosts}
        runRef={runRef}
        cancelRef={cancelRef}
      />
      {found && map && (
        <>
          <PlanResultView
            found={found}
            money={money}
            stale={!current}
            applied={applied}
            onApply={apply}
            headingRef={headingRef}
          />
          <div className="hwf-plan-frontier">
            <ChartFrame
              title={t('plan.view.frontierTitle')}
              level={4}
              fileName="least-cost plan candidates"
              chart={
                <FrontierChart
                  frontier={found.plan.frontier}
                  chosen={chosen}
                  target={found.spec.target.maxShortageProbability}
                  money={money}
                />
              }
              table={
                <FrontierTable
                  frontier={found.plan.frontier}
                  chosen={chosen}
                  target={found.spec.target.maxShortageProbability}
                  money={money}
                  scenario={found.searched}
                  levers={found.spec.levers}
                />
              }
            />
          </div>
          <section className="hwf-plan-roadmap" aria-labelledby="plan-roadmap-heading">
            <h4 id="plan-roadmap-heading">{t('plan.view.roadMap')}</h4>
            <RoadMapView map={map} money={money} years={[years[0], years[years.length - 1]]} />
          </section>
        </>
      )}
    </article>
  );
}
