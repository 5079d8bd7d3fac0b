/** parseScenarioJson: JSON syntax errors with line and column, found by our own scanner. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue, parseScenarioJson } from '../../model/scenario/parse.ts';
import { findJsonSyntaxError, lineColumn } from '../../model/scenario/json-location.ts';

const minimalText = readFileSync(
  new URL('../../app/data/examples/minimal.json', import.meta.url),
  'utf8',
);

function messages(text: string): string[] {
  const r = parseScenarioJson(text);
  return r.ok ? [] : r.errors.map(formatIssue);
}

describe('parseScenarioJson', () => {
  it('valid text is parsed and checked', () => {
    const r = parseScenarioJson(minimalText);
    expect(r.ok && r.scenario.name).toBe('Minimal: one profession, no population');
  });

  it('a byte order mark is tolerated', () => {
    expect(parseScenarioJson(`\uFEFF${minimalText}`).ok).toBe(true);
  });

  it('valid JSON with a broken rule goes on to the scenario checks', () => {
    expect(messages(minimalText.replace('"runs":1000', '"runs":0'))).toEqual([
      'simulation.runs: must be a whole number between 1 and 100 000 (got 0)',
    ]);
  });

  it.each(['', '   \n\t  '])('empty text %j gives a clear error', (text) => {
    expect(messages(text)).toEqual([
      'the file is empty; a scenario is a JSON object that starts with "{"',
    ]);
  });

  it.each([
    [
      'a trailing comma',
      '{\n  "a": 1,\n  "b": [1, 2,]\n}',
      "line 3, column 14: unexpected ']' after a comma — the JSON is not valid (remove the last comma)",
    ],
    [
      'a trailing comma in an object',
      '{\n  "schema": "hwf-scenario/1",\n  "baseYear": 2025,\n}',
      "line 4, column 1: unexpected '}' after a comma — the JSON is not valid (remove the last comma)",
    ],
    [
      'a missing closing brace',
      '{\n  "a": {\n    "b": 1\n  }\n',
      "line 5, column 1: the text ends too early — the JSON is not valid (the '{' at line 1, column 1 is never closed with '}')",
    ],
    ['garbage', 'hello', "line 1, column 1: unexpected word 'hello' — the JSON is not valid"],
    [
      'garbage after the value',
      '{"a": 1}\nx',
      "line 2, column 1: unexpected 'x' after the end of the data — the JSON is not valid",
    ],
    [
      'a missing comma',
      '{\n  "a": 1\n  "b": 2\n}',
      "line 3, column 3: unexpected '\"' — the JSON is not valid (a ',' or '}' was expected here; is a comma missing?)",
    ],
    [
      'single quotes',
      "{'a': 1}",
      "line 1, column 2: unexpected ''' — the JSON is not valid (field names must be in double quotes",
    ],
    [
      'a field name without quotes',
      '{\r\n  runs: 1}',
      "line 2, column 3: unexpected 'r' — the JSON is not valid (field names must be in double quotes",
    ],
    [
      'a comment',
      '{\n  // note\n  "a": 1}',
      'line 2, column 3: unexpected comment — the JSON is not valid (comments are not allowed in JSON)',
    ],
    [
      'an unclosed text',
      '{"name": "Nurses}',
      'line 1, column 10: a text in quotes is never closed',
    ],
    [
      'a line break in a text',
      '{"name": "Nur\nses"}',
      'line 1, column 14: a line break inside a text in quotes',
    ],
    [
      'a leading zero',
      '{"a": 01}',
      'line 1, column 7: a number cannot start with 0 followed by more digits',
    ],
    ['a bare decimal point', '{"a": 1.}', "line 1, column 9: unexpected '}' in a number"],
    ['NaN', '{"a": NaN}', "line 1, column 7: unexpected word 'NaN'"],
    [
      'a wrong closer',
      '{"a": [1, 2}',
      "line 1, column 12: unexpected '}' — the JSON is not valid (']' is needed first, to close the '[' at line 1, column 7)",
    ],
    [
      'a missing colon',
      '{"a" 1}',
      "line 1, column 6: unexpected '1' — the JSON is not valid (a ':' must follow the field name)",
    ],
    ['a bad escape', '{"a": "C:\\new\\x"}', "line 1, column 14: unknown escape '\\x'"],
    [
      'a backslash at the end of a line',
      '{"a": "one \\\ntwo"}',
      'line 1, column 12: a backslash before a line break in a text in quotes — the JSON is not valid',
    ],
  ])('%s', (_name, text, message) => {
    const list = messages(text);
    expect(list).toHaveLength(1);
    expect(list[0]).toContain(message);
  });

  it('never throws on input that is not text', () => {
    expect(parseScenarioJson(42 as unknown as string).ok).toBe(false);
  });
});

describe('the JSON scanner', () => {
  it('accepts what JSON.parse accepts', () => {
    for (const t of [
      minimalText,
      '0',
      '-1.5e+3',
      '"\\u00e9\\n"',
      '[]',
      '{}',
      ' [ {"a" : [ null , true , false ] } ] ',
    ]) {
      expect(findJsonSyntaxError(t)).toBe(undefined);
    }
  });

  it('counts lines across \\n, \\r\\n and \\r, and columns in characters', () => {
    expect(lineColumn('a\nb\r\nc\rd', 7)).toEqual({ line: 4, column: 1 });
    expect(lineColumn('"😀😀" x', 5)).toEqual({ line: 1, column: 4 });
  });

  it('survives very deep nesting', () => {
    const deep = '['.repeat(100_000);
    expect(findJsonSyntaxError(deep)?.problem).toBe('the text ends too early');
  });
});
