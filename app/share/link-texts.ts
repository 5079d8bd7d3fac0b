/**
 * The texts of a decoded link, checked against the scenario's limits before anything heavy
 * (the full parse, the rendering, the link written back): a link carrying a name of
 * megabytes is refused at once, naming the field that is too long. The checks are those of
 * model/scenario/limits.ts; any other text, and every key, is held to the longest limit.
 */
import {
  MAX_DESCRIPTION_CHARS,
  MAX_ID_CHARS,
  MAX_NAME_CHARS,
} from '../../model/scenario/limits.ts';
import { words, type Words } from '../shell/words.ts';

/** A text of a decoded link that is longer than its limit. */
export interface TooLongText {
  /** Where it is, as the parser writes paths: `professions[0].name` (or the top level). */
  path: string | Words;
  /** What it is, in a planner's words. */
  label: Words;
  length: number;
  max: number;
}

/** Any text longer than this, wherever it is, is refused (the longest limit of all). */
export const MAX_ANY_TEXT_CHARS = MAX_DESCRIPTION_CHARS;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const tooLong = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > max;

/** The named texts of a scenario, with their limits (only those present and too long). */
function namedTexts(document: Record<string, unknown>): TooLongText | null {
  const found = (path: string, label: Words, v: string, max: number): TooLongText => ({
    path,
    label,
    length: v.length,
    max,
  });
  if (tooLong(document.name, MAX_NAME_CHARS)) {
    return found('name', words('share.text.scenarioName'), document.name, MAX_NAME_CHARS);
  }
  if (tooLong(document.description, MAX_DESCRIPTION_CHARS)) {
    return found(
      'description',
      words('share.text.scenarioDescription'),
      document.description,
      MAX_DESCRIPTION_CHARS,
    );
  }
  const lists: [key: string, fields: [string, Words['key'], number][]][] = [
    [
      'professions',
      [
        ['id', 'share.text.professionId', MAX_ID_CHARS],
        ['name', 'share.text.professionName', MAX_NAME_CHARS],
      ],
    ],
    ['shocks', [['name', 'share.text.crisisName', MAX_NAME_CHARS]]],
  ];
  for (const [key, fields] of lists) {
    const list = document[key];
    if (!Array.isArray(list)) continue;
    for (let i = 0; i < list.length; i++) {
      const item: unknown = list[i];
      if (!isObject(item)) continue;
      for (const [field, label, max] of fields) {
        const v = item[field];
        if (tooLong(v, max)) {
          return found(`${key}[${i}].${field}`, words(label, { n: String(i + 1) }), v, max);
        }
      }
    }
  }
  return null;
}

/** The first text (or key) anywhere in `value` longer than {@link MAX_ANY_TEXT_CHARS}. */
function anyText(value: unknown, path: string, depth: number): TooLongText | null {
  if (tooLong(value, MAX_ANY_TEXT_CHARS)) {
    return {
      path,
      label: words('share.text.anyText'),
      length: value.length,
      max: MAX_ANY_TEXT_CHARS,
    };
  }
  if (typeof value !== 'object' || value === null || depth > 64) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item !== 'object' && typeof item !== 'string') continue;
      const found = anyText(item, `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const key of Object.keys(value)) {
    const at = path === '' ? key : `${path}.${key}`;
    if (key.length > MAX_ANY_TEXT_CHARS) {
      const where = path === '' ? words('share.text.topLevel') : path;
      return {
        path: where,
        label: words('share.text.anyKey'),
        length: key.length,
        max: MAX_ANY_TEXT_CHARS,
      };
    }
    const found = anyText((value as Record<string, unknown>)[key], at, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * The first text of a decoded document that is longer than the scenario allows, or null.
 * Cheap: one walk over the decoded JSON, before it is parsed as a scenario.
 */
export function tooLongText(document: unknown): TooLongText | null {
  if (!isObject(document)) return null;
  return namedTexts(document) ?? anyText(document, '', 0);
}
