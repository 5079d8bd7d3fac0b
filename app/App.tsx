/**
 * The planner's screen: the editor beside the results of the selected profession. Layout
 * only: the draft and its validation live in state/use-draft.ts, the simulation in
 * state/use-simulation.ts, the panels in editor/, results/ and charts/.
 */
import type { ResultsView } from './results/region-switch.tsx';
import { useEffect, useMemo, useState } from 'react';
import { DEFAULT_EXAMPLE, EXAMPLES } from './data/examples/index.ts';
import './editor/editor.css';
import { ProblemsList } from './editor/problems-list.tsx';
import { ScenarioEditor } from './editor/scenario-editor.tsx';
import { FileMenu } from './files/file-menu.tsx';
import { LibraryMenu } from './library/library-menu.tsx';
import { PopulationControl } from './population/population-control.tsx';
import { ResultsArea } from './results/results-area.tsx';
import { ReportButton } from './report/report-button.tsx';
import { RunNotice } from './results/run-notice.tsx';
import { ShareButton } from './share/share-button.tsx';
import { useShareLink } from './share/use-share-link.ts';
import { WorkshopButton } from './workshop/workshop-button.tsx';
import { LearnButton } from './learn/learn-button.tsx';
import { resolvePopulation } from '../model/scenario/validate-population.ts';
import { regionalLabel } from './editor/region-words.ts';
import { newScenarioTemplate } from './scenario/templates.ts';
import { ErrorBoundary } from './shell/error-boundary.tsx';
import { ScenarioMenu } from './shell/scenario-menu.tsx';
import { useDraft } from './state/use-draft.ts';
import { useSimulation } from './state/use-simulation.ts';
import { PaneSwitch, type ResultsPane } from './plan/pane-switch.tsx';
import { focusSoon } from './plan/plan-editor.tsx';
import { PlanView } from './plan/plan-view.tsx';
import { CompareView } from './compare/compare-view.tsx';
import { HistoryView } from './history/history-view.tsx';

const RESULTS_PANEL = 'results-panel';

export function App() {
  const [initial] = useState(() => DEFAULT_EXAMPLE.document());
  const draft = useDraft(initial);
  const { population } = draft;
  const [message, setMessage] = useState<string | null>(null);
  const [deterministic, setDeterministic] = useState(false);
  const [editorOpen, setEditorOpen] = useState(true);
  const [focusPath, setFocusPath] = useState<string | undefined>();
  const [selected, setSelected] = useState<string | null>(null);
  const [pane, setPane] = useState<ResultsPane>('results');
  // Which region's figures and which view the results show, kept while another pane is open.
  const [regionChoice, setRegionChoice] = useState<{ region: string | null; view: ResultsView }>({
    region: null,
    view: 'figures',
  });
  const resolved = useMemo(
    () => resolvePopulation(draft.scenario?.population, population.datasets),
    [draft.scenario, population.datasets],
  );
  const sim = useSimulation(draft.scenario, deterministic, resolved);
  // While a population data set downloads, the parser cannot know it yet: not a problem.
  const errors = useMemo(
    () =>
      population.loading
        ? draft.errors.filter((e) => !e.path.startsWith('population'))
        : draft.errors,
    [population.loading, draft.errors],
  );
  // Kept as one object between renders, so the memoised editor skips results updates.
  const issues = useMemo(() => ({ errors, warnings: draft.warnings }), [errors, draft.warnings]);
  const stale = draft.invalid && errors.length > 0;
  useShareLink({
    draft: draft.draft,
    valid: draft.parsed.ok,
    openFromLink: draft.replaceDraft,
    notify: setMessage,
  });

  const result = sim.result;
  const profession =
    result?.professions.find((p) => p.id === selected) ?? result?.professions[0] ?? null;
  const title = draft.scenario?.name ?? 'Untitled scenario';
  useEffect(() => {
    document.title = `${title} · HWF Scenario Lab`;
  }, [title]);

  return (
    <div className="app">
      <a className="skip-link" href="#results">
        Skip to the results
      </a>
      <header className="app-header">
        <p className="product">HWF Scenario Lab</p>
        <h1 title={title}>{title}</h1>
        <ErrorBoundary part="The scenario menu">
          <ScenarioMenu
            onExample={(id) => {
              const example = EXAMPLES.find((e) => e.id === id);
              if (example) draft.replaceDraft(example.document(), `the example "${example.title}"`);
            }}
            onNew={() => draft.replaceDraft(newScenarioTemplate(), 'a new scenario')}
            onOpen={draft.replaceDraft}
          />
        </ErrorBoundary>
        <ErrorBoundary part="My scenarios">
          <LibraryMenu
            draft={draft.draft}
            valid={draft.parsed.ok}
            open={draft.replaceDraft}
            notify={setMessage}
          />
        </ErrorBoundary>
        <ErrorBoundary part="The Files menu">
          <FileMenu
            draft={draft.draft}
            result={sim.result}
            open={draft.replaceDraft}
            change={(next) => draft.replaceDraft(next, 'the scenario with your imported table')}
            notify={setMessage}
          />
        </ErrorBoundary>
        <ErrorBoundary part="Sharing">
          <ShareButton draft={draft.draft} valid={draft.parsed.ok} />
        </ErrorBoundary>
        <ErrorBoundary part="Learn">
          <LearnButton runner={sim.runner} openInEditor={draft.replaceDraft} />
        </ErrorBoundary>
        <ErrorBoundary part="Workshop mode">
          <WorkshopButton
            draft={draft.draft}
            parsed={draft.parsed}
            scenario={draft.scenario}
            result={sim.result}
            change={draft.setDraft}
          />
        </ErrorBoundary>
        <ErrorBoundary part="The report">
          <ReportButton
            draft={draft.draft}
            valid={draft.parsed.ok}
            scenario={draft.scenario}
            result={sim.result}
            resultScenario={sim.resultScenario}
          />
        </ErrorBoundary>
      </header>

      {message && (
        <p className="notice" role="status">
          {message}{' '}
          <button type="button" onClick={() => setMessage(null)}>
            Dismiss
          </button>
        </p>
      )}
      {population.loading && (
        <p className="notice" role="status">
          {population.loading}
        </p>
      )}

      {draft.undo && (
        <p className="notice" role="status">
          You opened {draft.undo.what}; your previous scenario is kept until you change something.{' '}
          <button type="button" onClick={draft.undo.run}>
            Go back to it
          </button>
        </p>
      )}

      <main className={editorOpen ? 'workspace' : 'workspace editor-closed'}>
        <section className="editor-pane" aria-labelledby="editor-heading">
          <div className="pane-heading">
            <h2 id="editor-heading">Scenario</h2>
            <button
              type="button"
              aria-expanded={editorOpen}
              aria-controls="editor-body"
              onClick={() => setEditorOpen((open) => !open)}
            >
              {editorOpen ? 'Hide the editor' : 'Show the editor'}
            </button>
          </div>
          <div id="editor-body" hidden={!editorOpen}>
            <ErrorBoundary part="The editor" resetKey={draft.draft}>
              <ProblemsList
                errors={errors}
                warnings={draft.warnings}
                draft={draft.draft}
                onFocus={(path: string) => setFocusPath(path)}
              />
              <PopulationControl
                draft={draft.draft}
                onChange={draft.setDraft}
                replaceDraft={draft.replaceDraft}
              />
              <ScenarioEditor
                draft={draft.draft}
                onChange={draft.setDraft}
                issues={issues}
                deterministic={deterministic}
                onDeterministicChange={setDeterministic}
                focusPath={focusPath}
              />
            </ErrorBoundary>
          </div>
        </section>

        <section
          className="results-pane"
          id="results"
          tabIndex={-1}
          aria-labelledby="results-heading"
        >
          <h2 id="results-heading" className="visually-hidden">
            Results
          </h2>
          {sim.error && (
            <p className="error-banner" role="alert">
              The simulation failed: {sim.error}. Change the scenario to try again.
            </p>
          )}
          <RunNotice notice={sim.notice} />
          <PaneSwitch pane={pane} onPane={setPane} />
          {pane === 'plan' ? (
            <ErrorBoundary part="The least-cost plan" resetKey={draft.draft}>
              <PlanView
                draft={draft.draft}
                onChange={draft.setDraft}
                replaceDraft={draft.replaceDraft}
                scenario={draft.scenario}
                invalid={draft.invalid}
                errors={errors}
                result={sim.result}
                resultScenario={sim.resultScenario}
                runner={sim.runner}
                population={resolved}
                onEditCosts={() => {
                  setEditorOpen(true);
                  focusSoon('costs');
                }}
              />
            </ErrorBoundary>
          ) : pane === 'compare' ? (
            <ErrorBoundary part="The comparison of countries" resetKey={result}>
              <CompareView
                scenario={draft.invalid ? null : draft.scenario}
                result={sim.result}
                resultScenario={sim.resultScenario}
                population={resolved}
              />
            </ErrorBoundary>
          ) : pane === 'history' ? (
            <ErrorBoundary part="The check against history" resetKey={draft.draft}>
              <HistoryView scenario={draft.invalid ? null : draft.scenario} runner={sim.runner} />
            </ErrorBoundary>
          ) : (
            <ErrorBoundary part="The results" resetKey={result}>
              {result && profession ? (
                <ResultsArea
                  result={result}
                  selected={selected}
                  onSelect={setSelected}
                  panelId={RESULTS_PANEL}
                  stale={stale}
                  progress={sim.progress}
                  labelFor={(path) => regionalLabel(path, draft.draft)}
                  scenario={sim.resultScenario}
                  regionChoice={regionChoice}
                  onRegionChoice={setRegionChoice}
                />
              ) : (
                <p role="status" className="placeholder">
                  {draft.scenario
                    ? 'Simulating…'
                    : 'Fix the problems in the editor to see results.'}
                </p>
              )}
            </ErrorBoundary>
          )}
        </section>
      </main>
    </div>
  );
}
