/**
 * The library takes the draft's validity from its caller (the draft state's one parse):
 * what it writes carries that verdict, it never parses the draft itself, and the same draft
 * handed in again with a new verdict (a population data set loaded) changes nothing else.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LibraryDb, SaveRequest } from '../../app/library/database.ts';
import type { Timers } from '../../app/library/debounce.ts';
import type { SavedRecord, WorkingRecord } from '../../app/library/schema.ts';
import { LibrarySession } from '../../app/library/session.ts';
import { setIn } from '../../app/editor/draft.ts';
import type * as Parse from '../../model/scenario/parse.ts';
import { exampleJson } from '../helpers/scenarios.ts';
import { englishT } from '../../app/i18n/translate.ts';

const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../model/scenario/parse.ts', async (importOriginal) => {
  const original = await importOriginal<typeof Parse>();
  return {
    ...original,
    parseScenario: (...args: Parameters<typeof original.parseScenario>) => {
      parses.count++;
      return original.parseScenario(...args);
    },
  };
});

/** A database that keeps what is written, and lists by name only (no parsing). */
function memoryDb() {
  const saved = new Map<string, SavedRecord>();
  const working: WorkingRecord[] = [];
  const requests: SaveRequest[] = [];
  const later = <T>(value: T) => Promise.resolve(value);
  const db: LibraryDb = {
    list: () =>
      later(
        [...saved.values()].map((r) => ({ id: r.id, name: r.name, modified: 1, damaged: null })),
      ),
    read: (id) => later(structuredClone(saved.get(id))),
    save(request) {
      requests.push(request);
      const record: SavedRecord = {
        ...request,
        modified: request.now,
        revision: (request.base ?? 0) + 1,
      };
      saved.set(record.id, record);
      return later({ kind: 'saved' as const, record });
    },
    rename: () => later(true),
    remove: () => later(undefined),
    putBack: (_value, id) => later(id),
    readWorking: () => later(undefined),
    newestWorking: () => later(undefined),
    writeWorking: (record) => later(void working.push(record)),
    close() {},
  };
  return { db, saved, working, requests };
}

function manualTimers() {
  const due = new Set<() => void>();
  const timers: Timers = {
    setTimeout: (run) => (due.add(run), run),
    clearTimeout: (handle) => void due.delete(handle as () => void),
  };
  const fire = () => [...due].forEach((run) => (due.delete(run), run()));
  return { timers, fire };
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

let ids = 0;

/** A tab whose `open` does not hand the document back at once (the app renders later). */
function tab(db: LibraryDb) {
  const { timers, fire } = manualTimers();
  const opened: unknown[] = [];
  const session = new LibrarySession({
    openDb: () => Promise.resolve(db),
    openChannel: () => null,
    tab: `tab-${++ids}`,
    renewTab: () => `tab-${++ids}`,
    newId: () => `id-${++ids}`,
    now: () => 1_000 + ids++,
    linkInAddress: () => undefined,
    open: (document) => void opened.push(document),
    notify() {},
    t: englishT,
    datasets: () => ({}),
    stash: { put() {}, take: () => undefined },
    persist() {},
    timers,
  });
  return { session, fire, opened };
}

const example = () => exampleJson('minimal');

describe('the draft’s validity comes from its caller', () => {
  beforeEach(() => {
    parses.count = 0;
  });

  it('the working record and a save carry the verdict handed in, and nothing is parsed', async () => {
    const { db, working, requests } = memoryDb();
    const t = tab(db);
    const draft = example();
    t.session.draftChanged(draft, true);
    await t.session.start();
    t.fire();
    await settle();
    expect(working.at(-1)).toMatchObject({ document: draft, valid: true });

    const broken = setIn(draft, 'horizonYears', -3);
    t.session.draftChanged(broken, false);
    t.fire();
    await settle();
    expect(working.at(-1)).toMatchObject({ document: broken, valid: false });
    await t.session.save();
    expect(requests.at(-1)).toMatchObject({ document: broken, valid: false });
    expect(parses.count).toBe(0);
  });

  it('a new verdict for the same draft is written with it, and keeps the saved state', async () => {
    const { db, working } = memoryDb();
    const t = tab(db);
    // A scenario naming a data set that is still loading: not valid yet.
    const draft = setIn(example(), 'population', { dataset: 'wpp2019-it' });
    t.session.draftChanged(draft, false);
    await t.session.start();
    await t.session.save();
    expect(t.session.snapshot().saved).toBe(true);
    t.session.draftChanged(draft, true); // the data set has loaded
    t.fire();
    await settle();
    expect(working.at(-1)).toMatchObject({ document: draft, valid: true });
    expect(t.session.snapshot().saved).toBe(true);
  });

  it('the draft still on screen, handed in again right after an open, does not undo it', async () => {
    const { db } = memoryDb();
    const t = tab(db);
    const first = example();
    t.session.draftChanged(first, true);
    await t.session.start();
    await t.session.saveAs('Kept');
    const id = t.session.snapshot().currentId!;
    t.session.draftChanged(exampleJson('exampleland'), true);
    const other = setIn(example(), 'name', 'Other');
    t.session.draftChanged(other, true);
    await t.session.openEntry(id);
    // The app renders the old draft once more (its validity changed) before the opened one.
    t.session.draftChanged(other, false);
    t.session.draftChanged(t.opened.at(-1), true);
    expect(t.session.snapshot()).toMatchObject({ currentId: id, saved: true });
    // What comes back from the database is outside input: that one is checked.
    expect(parses.count).toBeGreaterThan(0);
  });
});
