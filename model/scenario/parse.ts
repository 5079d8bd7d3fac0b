/**
 * The one door from outside into a `Scenario` (MODEL.md §5). Never throws, never changes
 * its input, and lists every broken rule at once. See docs/scenario-format.md.
 */
import { validateScenario } from './validate-scenario.ts';
import { findJsonSyntaxError } from './json-location.ts';
import { isRecord, field } from './issues.ts';
import { parseRegionalScenario } from '../regions/parse.ts';

export type { ParseOptions, ParseResult, ScenarioIssue } from './parse-types.ts';
import type { ParseOptions, ParseResult, ScenarioIssue } from './parse-types.ts';

export function formatIssue(issue: ScenarioIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

function failure(message: string): ParseResult {
  return { ok: false, errors: [{ path: '', message }], warnings: [] };
}

/** Checks a parsed JSON value and returns a fresh, complete `Scenario` or every issue. */
export function parseScenario(input: unknown, options: ParseOptions = {}): ParseResult {
  try {
    // A scenario with regions (MODEL.md §6) is checked by the regional rules, and the rest
    // by the national ones; its scenario is a RegionalScenario (see Scenario.regions).
    if (isRecord(input) && field(input, 'regions') !== undefined) {
      return parseRegionalScenario(input, options) as ParseResult;
    }
    return validateScenario(input, options);
  } catch {
    // Only a hostile value (a throwing getter, a proxy) can get here.
    return failure('the scenario could not be read: it is not plain JSON data');
  }
}

/** Parses JSON text (syntax errors with line and column), then `parseScenario`. */
export function parseScenarioJson(text: string, options: ParseOptions = {}): ParseResult {
  try {
    if (typeof text !== 'string') return failure('a scenario file must contain text (JSON)');
    // One byte order mark is what some editors write; a second one is not JSON.
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (body.charCodeAt(0) === 0xfeff) {
      return failure(
        'the file starts with two byte order marks (invisible characters); save it again as UTF-8 with at most one',
      );
    }
    if (body.trim() === '')
      return failure('the file is empty; a scenario is a JSON object that starts with "{"');
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      const p = findJsonSyntaxError(body);
      if (p === undefined) return failure('the text is not valid JSON');
      const hint = p.hint ? ` (${p.hint})` : '';
      return failure(
        `line ${p.line}, column ${p.column}: ${p.problem} — the JSON is not valid${hint}`,
      );
    }
    return parseScenario(value, options);
  } catch {
    return failure('the scenario could not be read');
  }
}
