/**
 * The editor context of the Plan view's fields: the working draft, changes written through
 * `onChange` (several changes in one event build on each other), and the plan's issues at
 * their fields — so the Plan view's number fields are the editor's own.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import type { ScenarioIssue } from '../../model/scenario/parse.ts';
import { setIn } from '../editor/draft.ts';
import { EditorContext, type EditorApi } from '../editor/editor-context.ts';
import { focusField } from '../editor/focus.ts';

export interface PlanEditorProps {
  draft: unknown;
  onChange: (next: unknown) => void;
  errors: readonly ScenarioIssue[];
  children: ReactNode;
}

const NO_WARNINGS: ScenarioIssue[] = [];

/** Focuses the field of `path` once the change that makes it has rendered. */
export function focusSoon(path: string): void {
  requestAnimationFrame(() => void focusField(path));
}

export function PlanEditor({ draft, onChange, errors, children }: PlanEditorProps) {
  const latest = useRef(draft);
  const change = useRef(onChange);
  useEffect(() => {
    latest.current = draft;
    change.current = onChange;
  });
  const update = useCallback((fn: (d: unknown) => unknown) => {
    const next = fn(latest.current);
    if (next === latest.current) return;
    latest.current = next;
    change.current(next);
  }, []);
  const set = useCallback(
    (path: string, value: unknown) => update((d) => setIn(d, path, value)),
    [update],
  );
  const api = useMemo<EditorApi>(
    () => ({
      draft,
      set,
      update,
      errors,
      warnings: NO_WARNINGS,
      focusRequest: null,
      requestFocus: (path: string) => void focusField(path),
    }),
    [draft, set, update, errors],
  );
  return <EditorContext.Provider value={api}>{children}</EditorContext.Provider>;
}
