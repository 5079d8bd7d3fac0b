/**
 * A validation issue in the reader's language (app/i18n/issue-text.ts): said from its code
 * and values, the same as the model's English message in English, in another language in
 * another, with its JSON path as it is; an issue without a code keeps its message.
 */
import { describe, expect, it } from 'vitest';
import { issueLine, issueMessage } from '../../app/i18n/issue-text.ts';
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
