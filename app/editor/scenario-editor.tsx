/**
 * The scenario editor: the draft (the document as the user has it, possibly invalid) in
 * sections that mirror the model. Every change goes to `onChange` as a new draft; the parent
 * checks it and passes the issues back, and each issue is shown at its field. `focusPath`
 * focuses a field (e.g. from the Problems list).
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ScenarioIssue } from '../../model/scenario/parse.ts';
import { useT } from '../i18n/language-root.tsx';
import { CrisesSection } from './crises-section.tsx';
import { CostsSection } from './costs-section.tsx';
import { isRec, setIn } from './draft.ts';
import { EditorContext } from './editor-context.ts';
import type { EditorApi, FocusRequest } from './editor-context.ts';
import { focusField } from './focus.ts';
import { PoliciesSection } from './policies-section.tsx';
import { PopulationSummary } from './population-summary.tsx';
import { ProfessionsSection } from './professions-section.tsx';
import { RegionsSection } from './regions-section.tsx';
import { ScenarioSection } from './scenario-section.tsx';
import { TaskShiftingSection } from './task-shifting-section.tsx';

export interface ScenarioEditorProps {
  draft: unknown;
  onChange: (next: unknown) => void;
  issues: { errors: ScenarioIssue[]; warnings: ScenarioIssue[] };
  deterministic: boolean;
  onDeterministicChange: (v: boolean) => void;
  focusPath?: string;
}

/** Memoised: it re-renders only when its own props change, never for a progress update or
 *  a new result elsewhere on the screen (the parent keeps `issues` as one object). */
export const ScenarioEditor = memo(function ScenarioEditor(props: ScenarioEditorProps) {
  const { draft, issues, deterministic, onDeterministicChange, focusPath } = props;
  const t = useT();
  // Several changes in one event build on each other, not on the draft of the last render.
  const latest = useRef(draft);
  const onChange = useRef(props.onChange);
  useEffect(() => {
    latest.current = draft;
    onChange.current = props.onChange;
  });
  const update = useCallback((fn: (d: unknown) => unknown) => {
    const next = fn(latest.current);
    if (next === latest.current) return;
    latest.current = next;
    onChange.current(next);
  }, []);
  const set = useCallback(
    (path: string, value: unknown) => update((d) => setIn(d, path, value)),
    [update],
  );
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const requestFocus = useCallback(
    (path: string) => setFocusRequest((r) => ({ path, seq: (r?.seq ?? 0) + 1 })),
    [],
  );
  useEffect(() => {
    if (focusPath !== undefined) requestFocus(focusPath);
  }, [focusPath, requestFocus]);
  // After the children have rendered (a range editor may have opened for the request).
  useEffect(() => {
    if (focusRequest) focusField(focusRequest.path);
  }, [focusRequest]);

  const api = useMemo<EditorApi>(
    () => ({
      draft,
      set,
      update,
      errors: issues.errors,
      warnings: issues.warnings,
      focusRequest,
      requestFocus,
    }),
    [draft, set, update, issues.errors, issues.warnings, focusRequest, requestFocus],
  );

  if (!isRec(draft)) {
    return (
      <p className="hwf-editor hwf-error" role="alert">
        {t('editor.notObject')}
      </p>
    );
  }
  return (
    <EditorContext.Provider value={api}>
      <div className="hwf-editor">
        <ScenarioSection
          deterministic={deterministic}
          onDeterministicChange={onDeterministicChange}
        />
        <RegionsSection />
        <PopulationSummary />
        <ProfessionsSection />
        <PoliciesSection />
        <TaskShiftingSection />
        <CrisesSection />
        <CostsSection />
      </div>
    </EditorContext.Provider>
  );
});
