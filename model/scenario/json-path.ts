/**
 * The JSON paths used in issues (`professions[0].training.intake.max`,
 * `population.female[3][10]`): split them, and find or change the value they name, so
 * that an editor can jump to the field an issue is about.
 */

export type PathStep = string | number;

/** `a.b[2].c` → ['a', 'b', 2, 'c']; '' → []. Undefined for a path this module never writes. */
export function parsePath(path: string): PathStep[] | undefined {
  const steps: PathStep[] = [];
  const re = /\[(\d+)\]|\.?([^.[\]]+)/y;
  let i = 0;
  while (i < path.length) {
    re.lastIndex = i;
    const m = re.exec(path);
    if (m === null || (m[2] !== undefined && i > 0 && path[i] !== '.')) return undefined;
    steps.push(m[1] !== undefined ? Number(m[1]) : m[2]);
    i = re.lastIndex;
  }
  return steps;
}

function child(v: unknown, step: PathStep): unknown {
  if (typeof step === 'number') return Array.isArray(v) ? (v[step] as unknown) : undefined;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  return Object.prototype.hasOwnProperty.call(v, step)
    ? (v as Record<string, unknown>)[step]
    : undefined;
}

/** The value at `path`, or undefined when there is none. */
export function getAtPath(root: unknown, path: string): unknown {
  const steps = parsePath(path);
  if (steps === undefined) return undefined;
  let v = root;
  for (const s of steps) v = child(v, s);
  return v;
}

/** The container holding the last step of `path`, and that step. */
function parentOf(
  root: unknown,
  path: string,
): [Record<string, unknown> | unknown[], PathStep] | undefined {
  const steps = parsePath(path);
  if (steps === undefined || steps.length === 0) return undefined;
  let v = root;
  for (const s of steps.slice(0, -1)) v = child(v, s);
  const last = steps[steps.length - 1];
  if (
    typeof last === 'number'
      ? !Array.isArray(v)
      : typeof v !== 'object' || v === null || Array.isArray(v)
  ) {
    return undefined;
  }
  return [v as Record<string, unknown> | unknown[], last];
}

/** Sets the value at `path` in place (the parent must exist); false when it cannot. */
export function setAtPath(root: unknown, path: string, value: unknown): boolean {
  const p = parentOf(root, path);
  if (p === undefined) return false;
  const [parent, last] = p;
  if (Array.isArray(parent)) parent[last as number] = value;
  else parent[last as string] = value;
  return true;
}

/** Removes the value at `path` in place (an array element is spliced out). */
export function deleteAtPath(root: unknown, path: string): boolean {
  const p = parentOf(root, path);
  if (p === undefined) return false;
  const [parent, last] = p;
  if (Array.isArray(parent)) {
    if (typeof last !== 'number' || last >= parent.length) return false;
    parent.splice(last, 1);
  } else {
    if (!Object.prototype.hasOwnProperty.call(parent, last)) return false;
    delete parent[last as string];
  }
  return true;
}

/** Every path in `root` (objects and arrays included), in document order. */
export function allPaths(root: unknown, prefix = ''): string[] {
  const out: string[] = [];
  if (Array.isArray(root)) {
    root.forEach((v: unknown, i) => {
      const p = `${prefix}[${i}]`;
      out.push(p, ...allPaths(v, p));
    });
  } else if (typeof root === 'object' && root !== null) {
    for (const [k, v] of Object.entries(root)) {
      const p = prefix ? `${prefix}.${k}` : k;
      out.push(p, ...allPaths(v, p));
    }
  }
  return out;
}

/** A deep copy of `root` with `value` at `path`, or undefined when the path has no parent. */
export function withValueAt<T>(root: T, path: string, value: unknown): T | undefined {
  const copy = structuredClone(root);
  return setAtPath(copy, path, structuredClone(value)) ? copy : undefined;
}

/** A deep copy of `root` without the value at `path`, or undefined when there is none. */
export function withoutValueAt<T>(root: T, path: string): T | undefined {
  const copy = structuredClone(root);
  return deleteAtPath(copy, path) ? copy : undefined;
}
