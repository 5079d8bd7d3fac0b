/**
 * The scenario being edited: the draft document exactly as the planner has it (possibly
 * invalid), its validation, and the last valid scenario. Nothing typed is lost: an invalid
 * draft stays as it is, with its problems listed, while the last valid scenario keeps the
 * results on screen.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { parseScenario, type ParseResult, type ScenarioIssue } from '../../model/scenario/parse.ts';
import { useDatasets, type DatasetsState } from '../population/use-datasets.ts';
import type { Scenario } from '../../model/scenario/types.ts';

export interface DraftState {
  draft: unknown;
  /** The draft parsed once, here: everything else (the share link, autosave, the workshop,
   *  the engine) takes its verdict from this instead of parsing the draft again. */
  parsed: ParseResult;
  setDraft: (next: unknown) => void;
  /** Replace the whole draft (an example, a new scenario), keeping the old one for undo. */
  replaceDraft: (next: unknown, what: string) => void;
  /** Undo the last replacement, when there is one. */
  undo: { what: string; run: () => void } | null;
  errors: ScenarioIssue[];
  warnings: ScenarioIssue[];
  /** The current draft when it is valid, else the last valid one. */
  scenario: Scenario | null;
  /** True when the draft is invalid (the scenario shown is an older one). */
  invalid: boolean;
  /** The population data sets the draft names: loaded ones, and one being loaded. */
  population: DatasetsState;
}

/** One empty list for every valid draft, so that "no errors" keeps its identity between
 *  renders (memoised components do not re-render for a new empty list). */
const NO_ERRORS: ScenarioIssue[] = [];

export function useDraft(initial: unknown): DraftState {
  const [draft, setDraftState] = useState<unknown>(initial);
  // The population data sets the draft names, loaded on demand: the parser needs them.
  const population = useDatasets(draft);
  const { datasets } = population;
  const [previous, setPrevious] = useState<{ draft: unknown; what: string } | null>(null);
  const lastValid = useRef<Scenario | null>(null);

  const parsed = useMemo(() => parseScenario(draft, { datasets }), [draft, datasets]);
  if (parsed.ok) lastValid.current = parsed.scenario;

  const setDraft = useCallback((next: unknown) => {
    setPrevious(null);
    setDraftState(next);
  }, []);
  const replaceDraft = useCallback(
    (next: unknown, what: string) => {
      setPrevious({ draft, what });
      setDraftState(next);
    },
    [draft],
  );

  return {
    draft,
    parsed,
    setDraft,
    replaceDraft,
    undo: previous
      ? {
          what: previous.what,
          run: () => {
            setDraftState(previous.draft);
            setPrevious(null);
          },
        }
      : null,
    errors: parsed.ok ? NO_ERRORS : parsed.errors,
    warnings: parsed.warnings,
    scenario: parsed.ok ? parsed.scenario : lastValid.current,
    invalid: !parsed.ok,
    population,
  };
}
