/**
 * The one door from outside into a `Scenario` (MODEL.md §5). Never throws.
 * (Being written: see docs/scenario-format.md.)
 */
import type { PopulationInline, Scenario } from './types.ts';

export interface ScenarioIssue {
  /** JSON path, e.g. `professions[1].exits.attrition`; `` for the document itself. */
  path: string;
  /** A sentence a planner understands. */
  message: string;
}

export type ParseResult =
  | { ok: true; scenario: Scenario; warnings: ScenarioIssue[] }
  | { ok: false; errors: ScenarioIssue[]; warnings: ScenarioIssue[] };

export interface ParseOptions {
  /** Population data sets the scenario may name with `{"dataset": id}`. */
  datasets?: Readonly<Record<string, PopulationInline>>;
}

export function formatIssue(issue: ScenarioIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

export function parseScenario(_input: unknown, _options: ParseOptions = {}): ParseResult {
  return { ok: false, errors: [{ path: '', message: 'not implemented yet' }], warnings: [] };
}

export function parseScenarioJson(_text: string, _options: ParseOptions = {}): ParseResult {
  return { ok: false, errors: [{ path: '', message: 'not implemented yet' }], warnings: [] };
}
