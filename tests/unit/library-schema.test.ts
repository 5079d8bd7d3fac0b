/** The library's database schema: migrations as pure steps over a recorder of calls. */
import { describe, expect, it } from 'vitest';
import {
  BY_MODIFIED,
  DB_VERSION,
  MIGRATIONS,
  migrate,
  migrationsBetween,
  SCENARIOS,
  WORKING,
  type Migration,
  type SchemaOps,
} from '../../app/library/schema.ts';

/** Records schema calls against an in-memory set of stores. */
function recorder(existing: string[] = []) {
  const stores = new Set(existing);
  const calls: string[] = [];
  const ops: SchemaOps = {
    hasStore: (name) => stores.has(name),
    createStore(name, keyPath) {
      if (stores.has(name)) throw new Error(`${name} exists`);
      stores.add(name);
      calls.push(`store ${name} (${keyPath})`);
    },
    createIndex(store, name, keyPath) {
      if (!stores.has(store)) throw new Error(`no store ${store}`);
      calls.push(`index ${store}.${name} (${keyPath})`);
    },
  };
  return { ops, calls, stores };
}

describe('the library schema', () => {
  it('version 1 has the saved scenarios and the working scenarios, each by date', () => {
    const { ops, calls, stores } = recorder();
    migrate(ops, 0, DB_VERSION);
    expect(DB_VERSION).toBe(1);
    expect([...stores].sort()).toEqual([SCENARIOS, WORKING].sort());
    expect(calls).toEqual([
      `store ${SCENARIOS} (id)`,
      `index ${SCENARIOS}.${BY_MODIFIED} (modified)`,
      `store ${WORKING} (tab)`,
      `index ${WORKING}.${BY_MODIFIED} (modified)`,
    ]);
  });

  it('an open at the current version changes nothing', () => {
    const { ops, calls } = recorder([SCENARIOS, WORKING]);
    migrate(ops, DB_VERSION, DB_VERSION);
    expect(calls).toEqual([]);
  });

  it('a step does not recreate a store that is already there', () => {
    const { ops, calls } = recorder([SCENARIOS]);
    migrate(ops, 0, 1);
    expect(calls).toEqual([`store ${WORKING} (tab)`, `index ${WORKING}.${BY_MODIFIED} (modified)`]);
  });

  it('runs the steps from the stored version to the new one, in order, each once', () => {
    const ran: number[] = [];
    const steps: Migration[] = [0, 1, 2, 3].map((i) => () => void ran.push(i + 1));
    const { ops } = recorder();
    migrate(ops, 0, 4, steps);
    expect(ran).toEqual([1, 2, 3, 4]);
    ran.length = 0;
    migrate(ops, 2, 4, steps);
    expect(ran).toEqual([3, 4]);
    expect(migrationsBetween(1, 1, steps)).toEqual([]);
  });

  it('refuses versions it cannot reach', () => {
    expect(() => migrationsBetween(0, MIGRATIONS.length + 1)).toThrow(/newer than this app/);
    expect(() => migrationsBetween(2, 1)).toThrow(RangeError);
    expect(() => migrationsBetween(-1, 1)).toThrow(RangeError);
    expect(() => migrationsBetween(0.5, 1)).toThrow(RangeError);
  });

  it('every released step is a function (one per version)', () => {
    expect(MIGRATIONS).toHaveLength(DB_VERSION);
    for (const step of MIGRATIONS) expect(typeof step).toBe('function');
  });
});
