/**
 * Stable element ids for the fields of the editor, derived from their JSON paths:
 * `professions[0].exits.attrition` ↔ `field-professions-0-exits-attrition`. The Problems
 * list uses them to focus the field an issue is about.
 */
import { parsePath } from '../../model/scenario/json-path.ts';

const PREFIX = 'field-';
/** The id of the document itself (the path ''). */
const ROOT = 'root';

/** The id of the input for `path`. */
export function fieldId(path: string): string {
  if (path === '') return PREFIX + ROOT;
  return PREFIX + path.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-');
}

/** The path of a field id, or undefined when the id is not one of `fieldId`'s. */
export function pathFromFieldId(id: string): string | undefined {
  if (!id.startsWith(PREFIX)) return undefined;
  const rest = id.slice(PREFIX.length);
  if (rest === ROOT) return '';
  let path = '';
  for (const part of rest.split('-')) {
    if (part === '') return undefined;
    if (/^\d+$/.test(part)) path += `[${part}]`;
    else path += path === '' ? part : `.${part}`;
  }
  return parsePath(path) === undefined ? undefined : path;
}

/** `path` and each of its ancestors, the path itself first: `a.b[1]`, `a.b`, `a`. */
export function pathAndAncestors(path: string): string[] {
  const out = [path];
  let p = path;
  while (p !== '') {
    const shorter = p.replace(/(\[\d+\]|\.?[^.[\]]+)$/, '');
    if (shorter === p) break;
    out.push(shorter);
    p = shorter;
  }
  return out;
}
