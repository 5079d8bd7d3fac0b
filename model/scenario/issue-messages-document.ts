/**
 * The words of the issues with the document as a whole: an empty or unreadable file, JSON
 * that is not valid, the schema, the name, the workforce ages and the list of professions.
 */

import type { IssueTemplate } from './issue-messages.ts';

export const DOCUMENT_MESSAGES = {
  // The document and the file (parse.ts, validate-scenario.ts).
  'file.empty': 'the file is empty; a scenario is a JSON object that starts with "{"',
  'file.notText': 'a scenario file must contain text (JSON)',
  'file.twoByteOrderMarks':
    'the file starts with two byte order marks (invisible characters); save it again as UTF-8 with at most one',
  'json.invalid': 'the text is not valid JSON',
  /** `problem`, `hint`: English words of json-location.ts. */
  'json.syntax': 'line {line}, column {column}: {problem} — the JSON is not valid',
  'json.syntaxHint': 'line {line}, column {column}: {problem} — the JSON is not valid ({hint})',
  'scenario.notObject': 'a scenario must be a JSON object, { … } (got {value})',
  'scenario.notPlainData': 'the scenario could not be read: it is not plain JSON data',
  'scenario.tooDeep':
    'the scenario is nested too deeply: more than {max} levels of objects and lists, far more than any scenario has',
  'scenario.unreadable': 'the scenario could not be read',
  'schema.missing': 'is missing; a scenario starts with "schema": "{schema}"',
  'schema.newer':
    'this scenario was made by a newer version of HWF Scenario Lab (format {format}); this version reads only "{schema}"',
  'schema.unknown': 'must be "{schema}"; this is not a scenario this app knows (got {value})',
  'field.unknown': 'unknown field "{field}" is ignored',
  'name.missing': 'is missing; the scenario is called "{name}"',
  'simulation.tooManyResults':
    'runs × professions × projected years is {cells}, more than the {limit} results the app can keep; lower the runs (at most {runs} here), the horizon or the number of professions',
  'ages.maxNotAboveMin': 'must be greater than ages.min ({min}) (got {value})',
  'ages.tooMany': 'the workforce ages {ages} are {years} single years; at most {max} are allowed',
  'professions.duplicateId':
    '{id} is used by both professions[{first}] and professions[{second}]; each profession needs its own id',
  'professions.empty': 'must list at least one profession (got an empty list)',
  'professions.missing': 'is missing; it must be a list of 1 to {max} professions',
  'professions.notList': 'must be a list of 1 to {max} professions (got {value})',
  'professions.tooMany': 'at most {max} professions are allowed (got {count})',
} as const satisfies Record<string, IssueTemplate>;
