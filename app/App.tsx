/**
 * The planner's screen: the editor beside the results of the selected profession. Layout
 * only: the draft and its validation live in state/use-draft.ts, the simulation in
 * state/use-simulation.ts, the panels in editor/, results/ and charts/.
 */
import type { ResultsView } from './results/region-switch.tsx';
import { useEffect, useMemo, useState } from 'react';
import { DEFAULT_EXAMPLE, EXAMPLES, exampleDocument } from './data/examples/index.ts';
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
import { useT } from './i18n/language-root.tsx';
import { LanguageSwitch } from './i18n/language-switch.tsx';

const RESULTS_PANEL = 'results-panel';

export function App() {
  const t = useT();
  const [initial] = useState(() => exampleDocument(DEFAULT_EXAMPLE, t));
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
  const title = draft.scenario?.name ?? t('app.untitled');
  useEffect(() => {
    document.title = `${title} · ${t('app.product')}`;
  }, [title, t]);

  return (
    <div className="app">
      <a className="skip-link" href="#results">
        {t('app.skipToResults')}
      </a>
      <header className="app-header">
        <p className="product">{t('app.product')}</p>
        <h1 title={title}>{title}</h1>
        <ErrorBoundary part={t('app.part.scenarioMenu')}>
          <ScenarioMenu
            onExample={(id) => {
              const example = EXAMPLES.find((e) => e.id === id);
              if (example)
                draft.replaceDraft(
                  exampleDocument(example, t),
                  t('app.opened.example', { title: t(example.titleKey) }),
                );
            }}
            onNew={() => draft.replaceDraft(newScenarioTemplate(undefined, t), t('app.opened.new'))}
            onOpen={draft.replaceDraft}
          />
        </ErrorBoundary>
        <ErrorBoundary part={t('app.part.library')}>
          <LibraryMenu
            draft={draft.draft}
            valid={draft.parsed.ok}
            open={draft.replaceDraft}
            notify={setMessage}
          />
        </ErrorBoundary>
        <ErrorBoundary part={t('app.part.files')}>
          <FileMenu
            draft={draft.draft}
            result={sim.result}
            open={draft.replaceDraft}
            change={(next) => draft.replaceDraft(next, t('app.opened.imported'))}
            notify={setMessage}
          />
        </ErrorBoundary>
        <ErrorBoundary part={t('app.part.share')}>
          <ShareButton draft={draft.draft} valid={draft.parsed.ok} />
        </ErrorBoundary>
        <ErrorBoundary part={t('app.part.learn')}>
          <LearnButton runner={sim.runner} openInEditor={draft.replaceDraft} />
        </ErrorBoundary>
        <ErrorBoundary part={t('app.part.workshop')}>
          <WorkshopButton
            draft={draft.draft}
            parsed={draft.parsed}
            scenario={draft.scenario}
            result={sim.result}
            change={draft.setDraft}
          />
        </ErrorBoundary>
        <ErrorBoundary part={t('app.part.report')}>
          <ReportButton
            draft={draft.draft}
            valid={draft.parsed.ok}
            scenario={draft.scenario}
            result={sim.result}
            resultScenario={sim.resultScenario}
          />
        </ErrorBoundary>
        <LanguageSwitch />
      </header>

      {message && (
        <p className="notice" role="status">
          {message}{' '}
          <button type="button" onClick={() => setMessage(null)}>
            {t('app.dismiss')}
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
          {t('app.undo.opened', { what: draft.undo.what })}{' '}
          <button type="button" onClick={draft.undo.run}>
            {t('app.undo.back')}
          </button>
        </p>
      )}

      <main className={editorOpen ? 'workspace' : 'workspace editor-closed'}>
        <section className="editor-pane" aria-labelledby="editor-heading">
          <div className="pane-heading">
            <h2 id="editor-heading">{t('app.scenario')}</h2>
            <button
              type="button"
              aria-expanded={editorOpen}
              aria-controls="editor-body"
              onClick={() => setEditorOpen((open) => !open)}
            >
              {editorOpen ? t('app.editor.hide') : t('app.editor.show')}
            </button>
          </div>
          <div id="editor-body" hidden={!editorOpen}>
            <ErrorBoundary part={t('app.part.editor')} resetKey={draft.draft}>
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
            {t('app.results')}
          </h2>
          {sim.error && (
            <p className="error-banner" role="alert">
              {t('app.simulationFailed', { error: sim.error })}
            </p>
          )}
          <RunNotice notice={sim.notice} />
          <PaneSwitch pane={pane} onPane={setPane} />
          {pane === 'plan' ? (
            <ErrorBoundary part={t('app.part.plan')} resetKey={draft.draft}>
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
            <ErrorBoundary part={t('app.part.compare')} resetKey={result}>
              <CompareView
                scenario={draft.invalid ? null : draft.scenario}
                result={sim.result}
                resultScenario={sim.resultScenario}
                population={resolved}
              />
            </ErrorBoundary>
          ) : pane === 'history' ? (
            <ErrorBoundary part={t('app.part.history')} resetKey={draft.draft}>
              <HistoryView scenario={draft.invalid ? null : draft.scenario} runner={sim.runner} />
            </ErrorBoundary>
          ) : (
            <ErrorBoundary part={t('app.part.results')} resetKey={result}>
              {result && profession ? (
                <ResultsArea
                  result={result}
                  selected={selected}
                  onSelect={setSelected}
                  panelId={RESULTS_PANEL}
                  stale={stale}
                  progress={sim.progress}
                  labelFor={(path) => regionalLabel(path, draft.draft, t)}
                  scenario={sim.resultScenario}
                  regionChoice={regionChoice}
                  onRegionChoice={setRegionChoice}
                />
              ) : (
                <p role="status" className="placeholder">
                  {draft.scenario ? t('app.simulating') : t('app.fixProblems')}
                </p>
              )}
            </ErrorBoundary>
          )}
        </section>
      </main>
    </div>
  );
}
