/** What the parser gives back (parse.ts), apart from it so the validators can name it. */
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
