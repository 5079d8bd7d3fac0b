/**
 * The Problems list names every issue's field in words first ("Nurses › Leaving the
 * profession: attrition"), then the message, then the JSON path in code style — for any
 * issue the parser can give, and for the plausibility notes too.
 */
import { createElement } from 'react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProblemsList } from '../../app/editor/problems-list.tsx';
import { setIn } from '../../app/editor/draft.ts';
import { fieldId } from '../../app/editor/field-id.ts';
import { ScenarioEditor } from '../../app/editor/scenario-editor.tsx';
import { RenderClosedSections } from '../../app/editor/section.tsx';
import { FIELD_HELP, genericPath } from '../../app/scenario/labels.ts';
import { allPaths } from '../../model/scenario/json-path.ts';
import { parseScenario, type ScenarioIssue } from '../../model/scenario/parse.ts';
import { decodeEntities, renderMarkup } from '../helpers/markup.ts';
import { exampleJson } from '../helpers/scenarios.ts';

const example = exampleJson('exampleland');
const paths = allPaths(example).filter((p) => !p.startsWith('population'));

interface Item {
  note: boolean;
  where: string;
  what: string;
  path: string | undefined;
}

/** The items of the rendered list, each split into its parts. */
function items(html: string): Item[] {
  const re =
    /<button type="button" class="hwf-problem( hwf-problem-note)?"><span class="hwf-problem-where">([^<]*)<\/span>: <span class="hwf-problem-what">([^<]*)<\/span>(?:<code class="hwf-problem-path">([^<]*)<\/code>)?<\/button>/g;
  return [...decodeEntities(html).matchAll(re)].map((m) => ({
    note: m[1] !== undefined,
    where: m[2],
    what: m[3],
    path: m[4],
  }));
}

/** A JSON path, or a code word, where words belong. */
function looksRaw(s: string): boolean {
  return /[[\]{}]|[a-z]\.[a-z]|[a-z][A-Z]|per1000|undefined|NaN/.test(s);
}

/** A range's values that the form calls by their JSON names. */
const KEYS_AS_WORDS = new Set(['mean', 'median']);

/** Does the place end with the JSON key of its path, read as it is (no words for it)? */
function endsWithRawKey(path: string, where: string): boolean {
  const last = /([A-Za-z0-9]+)$/.exec(path)?.[1];
  if (last === undefined || KEYS_AS_WORDS.has(last)) return false;
  const chosen = FIELD_HELP[genericPath(path)];
  if (chosen && chosen.label.toLowerCase() === last) return false;
  return new RegExp(`[:,›] ${last}$`).test(where);
}

function render(draft: unknown, errors: ScenarioIssue[], warnings: ScenarioIssue[]): string {
  return renderMarkup(createElement(ProblemsList, { errors, warnings, onFocus: () => {}, draft }));
}

const BAD: unknown[] = [
  'x',
  -5,
  null,
  {},
  [],
  1e12,
  2.5,
  0.5,
  7,
  { dist: 'pert', min: 3, mode: 1, max: 2 },
  { dist: 'normal', mean: 0, sd: 1, min: 5, max: 6 },
  { dist: 'uniform', min: 0.3 },
  { extra: 1 },
];

describe('the Problems list', () => {
  it('words the field of any issue before the message, with the path after in code', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.constantFrom(...BAD), (path, bad) => {
        const draft = setIn(example, path, bad);
        const r = parseScenario(draft);
        const errors = r.ok ? [] : r.errors;
        const shown = items(render(draft, errors, r.warnings));
        expect(shown.length).toBe(errors.length + r.warnings.length);
        [...errors, ...r.warnings].forEach((issue, i) => {
          const item = shown[i];
          expect(item.note).toBe(i >= errors.length);
          expect(item.what).toBe(issue.message);
          expect(item.path).toBe(issue.path === '' ? undefined : issue.path);
          expect(looksRaw(item.where), `${issue.path} → ${item.where}`).toBe(false);
          expect(item.where).not.toBe(issue.path);
          expect(endsWithRawKey(issue.path, item.where), `${issue.path} → ${item.where}`).toBe(
            false,
          );
          expect(item.where.length).toBeGreaterThan(5);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('lists the plausibility notes with the field in words', () => {
    let draft = setIn(example, 'professions[0].exits.attrition', 0.35);
    draft = setIn(draft, 'professions[1].exits.retirement.meanAge.mode', 48);
    draft = setIn(draft, 'professions[1].exits.retirement.meanAge.min', 45);
    draft = setIn(draft, 'professions[0].stock.female[5]', 12.5);
    const r = parseScenario(draft);
    expect(r.ok).toBe(true);
    const shown = items(render(draft, [], r.warnings));
    expect(shown.map((s) => [s.note, s.where, s.path])).toEqual([
      [true, 'Nurses › Workforce today: headcount by age', 'professions[0].stock'],
      [true, 'Nurses › Leaving the profession: attrition', 'professions[0].exits.attrition'],
      [
        true,
        'General practitioners › Leaving the profession: average retirement age, most likely value',
        'professions[1].exits.retirement.meanAge.mode',
      ],
    ]);
  });

  it('shows each note at its field too', () => {
    let draft = setIn(example, 'professions[0].stock.female[5]', 12.5);
    draft = setIn(draft, 'professions[0].exits.attrition', 0.35);
    const r = parseScenario(draft);
    const html = decodeEntities(
      renderMarkup(
        createElement(
          RenderClosedSections,
          { value: true },
          createElement(ScenarioEditor, {
            draft,
            onChange: () => undefined,
            issues: { errors: [], warnings: r.warnings },
            deterministic: false,
            onDeterministicChange: () => undefined,
          }),
        ),
      ),
    );
    const at = (path: string) => {
      const m = new RegExp(`<ul class="hwf-issues" id="${fieldId(path)}-issues">(.*?)</ul>`).exec(
        html,
      );
      return m?.[1].replace(/<[^>]+>/g, '|');
    };
    expect(at('professions[0].stock')).toBe(
      '|Note: 1 cell of the headcount is not a whole number of people (12.5 at women aged 25); an import may have read a share or a rate; check the table|',
    );
    expect(at('professions[0].exits.attrition')).toMatch(
      /^\|Note: an attrition of 35 % a year is unusually high: /,
    );
  });
});
