/**
 * A validation issue in the reader's language (app/i18n/issue-text.ts): said from its code
 * and values, the same as the model's English message in English, in another language in
 * another, with its JSON path as it is; an issue without a code keeps its message.
 */
import { describe, expect, it } from 'vitest';
import { issueLine, issueMessage } from '../../app/i18n/issue-text.ts';
import { issueValues } from '../../app/i18n/issue-words.ts';
import { pseudoCatalogue } from '../../app/i18n/pseudo.ts';
import { ENGLISH, englishT, makeTranslate } from '../../app/i18n/translate.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import { exampleDocument } from '../helpers/summit-fixture.ts';

/** Exampleland with a few values broken. */
function broken(): unknown {
  const doc = exampleDocument('exampleland') as Record<string, unknown>;
  return { ...doc, baseYear: 'soon', horizonYears: -3, simulation: { runs: 0, seed: 1 } };
}

describe('a validation issue in the reader’s language', () => {
  const parsed = parseScenario(broken());
  const errors = parsed.ok ? [] : parsed.errors;
  const pseudo = makeTranslate('en-XA', pseudoCatalogue(ENGLISH));

  it('is the model’s English message in English, and another text in another language', () => {
    expect(errors.length).toBeGreaterThan(2);
    for (const e of errors) {
      expect(e.code, e.path).toBeDefined();
      expect(issueMessage(e, englishT)).toBe(e.message);
      const said = issueMessage(e, pseudo);
      expect(said).not.toBe(e.message);
      expect(said.startsWith('⟦')).toBe(true);
      expect(issueLine(e, pseudo)).toBe(e.path ? `${e.path}: ${said}` : said);
    }
  });

  it('keeps the message of an issue made without a code', () => {
    const issue = { path: 'plan.target', message: 'must be between 0 and 1' };
    expect(issueMessage(issue, pseudo)).toBe(issue.message);
    expect(issueMessage({ ...issue, code: 'no.such.code' }, pseudo)).toBe(issue.message);
  });
});

describe('the model’s own words inside a validation issue', () => {
  type Step = string | number;
  /** Sets the value at `path` in `doc` (the steps exist in the example). */
  const set = (doc: unknown, path: Step[], value: unknown) => {
    let at = doc as Record<Step, unknown>;
    for (const step of path.slice(0, -1)) at = at[step] as Record<Step, unknown>;
    at[path[path.length - 1]] = value;
  };
  /** The errors of the example `id` with `value` at `path`. */
  const breaking = (id: string, path: Step[], value: unknown) => {
    const doc = exampleDocument(id);
    set(doc, path, value);
    const parsed = parseScenario(doc);
    return parsed.ok ? [] : parsed.errors;
  };
  const nurse: Step[] = ['professions', 0];
  const issues = [
    breaking('exampleland', [...nurse, 'stock', 'female'], [1, 2]),
    breaking('exampleland', [...nurse, 'stock', 'male'], 'many'),
    breaking('exampleland', [...nurse, 'stock', 'female', 0], -1),
    breaking('exampleland', [...nurse, 'stock', 'female', 1], 1e12),
    breaking('exampleland', [...nurse, 'fte'], { female: [1], male: [1] }),
    breaking('exampleland', [...nurse, 'demand', 'utilisation', 'female'], [1, 2]),
    breaking('exampleland', [...nurse, 'demand', 'utilisation', 'male', 0], 'x'),
    breaking('exampleland', [...nurse, 'training', 'pipeline'], [1, 'x', -2]),
    breaking('exampleland', [...nurse, 'training', 'pipeline'], [1e12, 1, 1]),
    breaking('exampleland', ['population', 'female', 0], [1, 2]),
    breaking('exampleland', ['population', 'male', 0, 3], 1e12),
    breaking('exampleland-regions', [...nurse, 'stock', 'capital', 'female'], [1, 2]),
  ].flat();
  const withWords = issues.filter(
    (e) => e.values?.lengthPhrase ?? e.values?.noun ?? e.values?.maxWhat,
  );
  const pseudo = makeTranslate('en-XA', pseudoCatalogue(ENGLISH));

  it('are found in many kinds of broken list', () => {
    expect(new Set(withWords.map((e) => e.code)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(withWords.map((e) => e.values?.noun)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(withWords.map((e) => e.values?.lengthPhrase)).size).toBeGreaterThanOrEqual(4);
  });

  it('read as the model wrote them in English, and each in the other language', () => {
    for (const e of withWords) {
      expect(issueMessage(e, englishT), e.path).toBe(e.message);
      const values = issueValues(e.values, pseudo) ?? {};
      for (const name of ['lengthPhrase', 'noun', 'maxWhat']) {
        const english = e.values?.[name];
        if (english === undefined) continue;
        expect(values[name], `${e.path} ${name}: ${english}`).not.toBe(english);
        expect(String(values[name]).startsWith('⟦'), String(english)).toBe(true);
      }
    }
  });

  it('keep their numbers, and leave a phrase they do not know as it is', () => {
    const said = issueValues({ lengthPhrase: '12 345 values, one per age 20–74' }, englishT);
    expect(said?.lengthPhrase).toBe('12 345 values, one per age 20–74');
    const other = issueValues({ lengthPhrase: 'seven apples', noun: 'pears', value: '3' }, pseudo);
    expect(other).toEqual({ lengthPhrase: 'seven apples', noun: 'pears', value: '3' });
  });
});
