/** What the parser gives back (parse.ts), apart from it so the validators can name it. */
import type { PopulationInline, Scenario } from './types.ts';

export interface ScenarioIssue {
  /** JSON path, e.g. `professions[1].exits.attrition`; `` for the document itself. */
  path: string;
  /** A sentence a planner understands, in English. */
  message: string;
  /**
   * The sentence's stable key (issue-messages.ts): the app shows the catalogue's message
   * `validation.<code>` with `values`, in the reader's language. Absent on issues made
   * outside the parser.
   */
  code?: string;
  /** The values of the message's placeholders. */
  values?: Record<string, string | number>;
}

export type ParseResult =
  | { ok: true; scenario: Scenario; warnings: ScenarioIssue[] }
  | { ok: false; errors: ScenarioIssue[]; warnings: ScenarioIssue[] };

export interface ParseOptions {
  /** Population data sets the scenario may name with `{"dataset": id}`. */
  datasets?: Readonly<Record<string, PopulationInline>>;
}
