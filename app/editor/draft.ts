/**
 * Changes to the draft (the scenario document as the user has it, possibly invalid): each
 * returns a new draft and leaves the old one untouched. Containers along a changed path are
 * copied, everything else is shared, so React sees exactly what changed.
 */
import type { ScenarioIssue } from '../../model/scenario/parse.ts';
import { getAtPath, parsePath } from '../../model/scenario/json-path.ts';
import type { PathStep } from '../../model/scenario/json-path.ts';
import { englishT, type Translate } from '../i18n/translate.ts';

export type Rec = Record<string, unknown>;

export function isRec(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function setSteps(node: unknown, steps: PathStep[], i: number, value: unknown): unknown {
  const step = steps[i];
  const missing = node === undefined || node === null;
  if (typeof step === 'number') {
    if (!missing && !Array.isArray(node)) return node;
    const arr: unknown[] = missing ? [] : (node as unknown[]).slice();
    if (i === steps.length - 1) {
      if (value === undefined) arr.splice(step, 1);
      else arr[step] = value;
    } else arr[step] = setSteps(arr[step], steps, i + 1, value);
    return arr;
  }
  if (!missing && !isRec(node)) return node;
  const obj: Rec = isRec(node) ? { ...node } : {};
  if (i === steps.length - 1) {
    if (value === undefined) delete obj[step];
    else obj[step] = value;
  } else obj[step] = setSteps(obj[step], steps, i + 1, value);
  return obj;
}

/**
 * The draft with `value` at `path` (`undefined` removes the field; a list element is taken
 * out). Missing objects and lists along the path are created; a path through a value that is
 * neither (a number where a list was expected) leaves the draft as it was, so nothing is lost.
 */
export function setIn(root: unknown, path: string, value: unknown): unknown {
  const steps = parsePath(path);
  if (steps === undefined) return root;
  if (steps.length === 0) return value;
  return setSteps(root, steps, 0, value);
}

/** The draft without the field at `path` (a list element is taken out of its list). */
export function removeIn(root: unknown, path: string): unknown {
  return getAtPath(root, path) === undefined && !path.endsWith(']')
    ? root
    : setIn(root, path, undefined);
}

/** Is an issue at `issuePath` about the field at `fieldPath` (the field or anything in it)? */
export function isAtOrBelow(issuePath: string, fieldPath: string): boolean {
  return (
    issuePath === fieldPath ||
    issuePath.startsWith(`${fieldPath}.`) ||
    issuePath.startsWith(`${fieldPath}[`)
  );
}

/** The issues shown next to the field at `path`: at it and below it. */
export function issuesFor(issues: readonly ScenarioIssue[], path: string): ScenarioIssue[] {
  return issues.filter((i) => isAtOrBelow(i.path, path));
}

/** The professions of the draft (an empty list when there is no list). */
export function professionsOf(draft: unknown): unknown[] {
  const list = getAtPath(draft, 'professions');
  return Array.isArray(list) ? list : [];
}

/** The non-blank text ids of the professions, in order. */
export function professionIds(draft: unknown): string[] {
  return professionsOf(draft)
    .map((p) => getAtPath(p, 'id'))
    .filter((id): id is string => typeof id === 'string' && id.trim() !== '');
}

/** `base`, or `base-2`, `base-3`, … : the first not in `taken`. */
export function uniqueId(base: string, taken: readonly string[]): string {
  const stem = base.trim() || 'profession';
  if (!taken.includes(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.includes(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** Appends `item` to the list at `key` (the list is created when missing). */
export function addListItem(draft: unknown, key: string, item: unknown): unknown {
  const list = getAtPath(draft, key);
  const n = Array.isArray(list) ? list.length : 0;
  return setIn(draft, `${key}[${n}]`, item);
}

/** Takes item `i` out of the list at `key`. */
export function removeListItem(draft: unknown, key: string, i: number): unknown {
  return setIn(draft, `${key}[${i}]`, undefined);
}

/** A copy of profession `i`, with a new unique id and "(copy)" after its name (in the
 *  language of `t`), after it. */
export function duplicateProfession(draft: unknown, i: number, t: Translate = englishT): unknown {
  const list = professionsOf(draft);
  const original = list[i];
  if (!isRec(original)) return draft;
  const id = typeof original.id === 'string' ? original.id : 'profession';
  const copy: Rec = structuredClone(original);
  copy.id = uniqueId(`${id}-copy`, professionIds(draft));
  if (typeof original.name === 'string' && original.name.trim() !== '') {
    copy.name = t('editor.profession.copyName', { name: original.name });
  }
  return setIn(draft, 'professions', [...list.slice(0, i + 1), copy, ...list.slice(i + 1)]);
}

/**
 * Sets the id of profession `i` and, when the old id named exactly this profession and the
 * new one is free, renames the references to it in policies, task shifting and crises.
 */
export function renameProfessionId(draft: unknown, i: number, next: unknown): unknown {
  const ids = professionsOf(draft).map((p) => getAtPath(p, 'id'));
  const old = ids[i];
  let out = setIn(draft, `professions[${i}].id`, next);
  const unique = (v: unknown) => ids.filter((x, j) => j !== i && x === v).length === 0;
  if (typeof old !== 'string' || old === '' || typeof next !== 'string' || next === '') return out;
  if (!unique(old) || !unique(next)) return out;
  const rename = (key: string, fields: readonly string[]) => {
    const list = getAtPath(out, key);
    if (!Array.isArray(list)) return;
    list.forEach((item, r) => {
      for (const f of fields) {
        if (getAtPath(item, f) === old) out = setIn(out, `${key}[${r}].${f}`, next);
      }
      const hit = getAtPath(item, 'professions');
      if (key === 'shocks' && Array.isArray(hit)) {
        hit.forEach((v, k) => {
          if (v === old) out = setIn(out, `${key}[${r}].professions[${k}]`, next);
        });
      }
    });
  };
  rename('policies', ['profession']);
  rename('substitution', ['from', 'to']);
  rename('shocks', []);
  return out;
}
