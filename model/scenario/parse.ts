/**
 * The one door from outside into a `Scenario` (MODEL.md §5). Never throws, never changes
 * its input, and lists every broken rule at once. See docs/scenario-format.md.
 */
import { validateScenario } from './validate-scenario.ts';
import { findJsonSyntaxError } from './json-location.ts';
import { isRecord, field, issue } from './issues.ts';
import type { IssueCode, IssueValues } from './issue-messages.ts';
import { parseRegionalScenario } from '../regions/parse.ts';

export type { ParseOptions, ParseResult, ScenarioIssue } from './parse-types.ts';
import type { ParseOptions, ParseResult, ScenarioIssue } from './parse-types.ts';

export function formatIssue(issue: ScenarioIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

function failure(code: IssueCode, values?: IssueValues): ParseResult {
  return { ok: false, errors: [issue('', code, values)], warnings: [] };
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
    return failure('scenario.notPlainData');
  }
}

/** Parses JSON text (syntax errors with line and column), then `parseScenario`. */
export function parseScenarioJson(text: string, options: ParseOptions = {}): ParseResult {
  try {
    if (typeof text !== 'string') return failure('file.notText');
    // One byte order mark is what some editors write; a second one is not JSON.
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (body.charCodeAt(0) === 0xfeff) {
      return failure('file.twoByteOrderMarks');
    }
    if (body.trim() === '') return failure('file.empty');
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      const p = findJsonSyntaxError(body);
      if (p === undefined) return failure('json.invalid');
      const where = { line: p.line, column: p.column, problem: p.problem };
      return p.hint
        ? failure('json.syntaxHint', { ...where, hint: p.hint })
        : failure('json.syntax', where);
    }
    return parseScenario(value, options);
  } catch {
    return failure('scenario.unreadable');
  }
}
