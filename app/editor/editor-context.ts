/**
 * What every part of the editor shares: the draft, a way to change it at a path, the issues
 * of the last check, and requests to focus a field (from the Problems list).
 */
import { createContext, useContext } from 'react';
import type { ScenarioIssue } from '../../model/scenario/parse.ts';

export interface FocusRequest {
  path: string;
  /** Grows with every request, so the same path can be asked for twice. */
  seq: number;
}

export interface EditorApi {
  draft: unknown;
  /** Writes `value` at `path` (`undefined` removes the field). */
  set: (path: string, value: unknown) => void;
  /** Replaces the draft by `fn(draft)`, for changes of several fields at once. */
  update: (fn: (draft: unknown) => unknown) => void;
  errors: readonly ScenarioIssue[];
  warnings: readonly ScenarioIssue[];
  focusRequest: FocusRequest | null;
  requestFocus: (path: string) => void;
}

export const EditorContext = createContext<EditorApi | null>(null);

export function useEditor(): EditorApi {
  const api = useContext(EditorContext);
  if (api === null) throw new Error('editor fields must be inside a ScenarioEditor');
  return api;
}
