/**
 * The words of every scenario issue (docs/scenario-format.md, Errors and warnings): a stable
 * code for each sentence, and its English template with `{name}` placeholders. The parser
 * and the command line print the English; the app shows the same sentence from its message
 * catalogue (app/i18n/messages/en/validation.json, key `validation.<code>`), so a reader
 * sees it in their language. A test keeps the two the same.
 *
 * A template is plain text: `{name}` (a word character name in braces) is a placeholder, any
 * other brace is text. A template that depends on a count is a plural: its English words
 * for zero (optional), one and other, chosen by the value named `plural`.
 *
 * Some values are still English words made elsewhere (a `lengthPhrase`, a `noun`, a
 * distribution's `how`); each is named in the table where it appears.
 */

import { FIELD_MESSAGES } from './issue-messages-fields.ts';
import { DOCUMENT_MESSAGES } from './issue-messages-document.ts';
import { VALUE_MESSAGES } from './issue-messages-values.ts';
import { PROFESSION_MESSAGES } from './issue-messages-profession.ts';
import { PLAN_MESSAGES } from './issue-messages-plan.ts';
import { POPULATION_MESSAGES } from './issue-messages-population.ts';
import { PLAUSIBLE_MESSAGES } from './issue-messages-plausible.ts';
import { REGION_MESSAGES } from './issue-messages-regions.ts';

export type {
  IntForm,
  IntNoun,
  LeftOutTopic,
  ListTopic,
  NumberTopic,
  ObjectTopic,
  RegionMapTopic,
} from './issue-messages-fields.ts';

/** One message in English. */
export type IssueTemplate = string | PluralTemplate;

export interface PluralTemplate {
  /** The value that chooses the words (a number). */
  readonly plural: string;
  readonly zero?: string;
  readonly one: string;
  readonly other: string;
}

/** The values a message's placeholders take. */
export type IssueValues = Readonly<Record<string, string | number>>;

/** Every issue's English words, by code. */
export const ISSUE_MESSAGES = {
  ...FIELD_MESSAGES,
  ...DOCUMENT_MESSAGES,
  ...VALUE_MESSAGES,
  ...PROFESSION_MESSAGES,
  ...PLAN_MESSAGES,
  ...POPULATION_MESSAGES,
  ...PLAUSIBLE_MESSAGES,
  ...REGION_MESSAGES,
} as const satisfies Record<string, IssueTemplate>;

/** The code of an issue: the catalogue key without `validation.`. */
export type IssueCode = keyof typeof ISSUE_MESSAGES;

const PLACEHOLDER = /\{(\w+)\}/g;

/** `{name}` → its value; a placeholder without a value stays as it is. */
export function fillTemplate(template: string, values: IssueValues = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}

/** The English words of a template for `values` (a plural chooses by its number). */
export function englishOf(template: IssueTemplate, values: IssueValues = {}): string {
  if (typeof template === 'string') return fillTemplate(template, values);
  const n = values[template.plural];
  const words =
    n === 0 && template.zero !== undefined
      ? template.zero
      : n === 1
        ? template.one
        : template.other;
  return fillTemplate(words, values);
}

/** The English message of an issue. */
export function issueMessage(code: IssueCode, values?: IssueValues): string {
  return englishOf(ISSUE_MESSAGES[code], values);
}
