/**
 * A scenario's validation issue in the reader's language: the model gives each issue a code
 * and its values beside the English message (model/scenario/issue-messages.ts), and the
 * catalogue says the code (`validation.<code>`); an issue without a code (made in the app)
 * keeps its message. The JSON path stays as it is.
 */
import type { ScenarioIssue } from '../../model/scenario/parse.ts';
import { issueValues } from './issue-words.ts';
import { ENGLISH, type MessageKey, type Translate } from './translate.ts';

/** The issue's message in the language of `t`. */
export function issueMessage(issue: ScenarioIssue, t: Translate): string {
  if (!issue.code) return issue.message;
  const key = `validation.${issue.code}`;
  return Object.hasOwn(ENGLISH, key)
    ? t(key as MessageKey, issueValues(issue.values, t))
    : issue.message;
}

/** "path: message" (the message alone without a path), in the language of `t`. */
export function issueLine(issue: ScenarioIssue, t: Translate): string {
  const message = issueMessage(issue, t);
  return issue.path ? `${issue.path}: ${message}` : message;
}
