/**
 * The library of one tab over an in-memory database (the same decisions as database.ts):
 * nothing written before the restore, a scenario from elsewhere never saved over a saved
 * one, faults reported once with the draft untouched, two tabs that ask before overwriting,
 * delete and undo, and a reload whose share link is the tab's own scenario.
 */
import { describe, expect, it } from 'vitest';
import { decideSave } from '../../app/library/conflict.ts';
import type { LibraryDb } from '../../app/library/database.ts';
import type { Timers } from '../../app/library/debounce.ts';
import { MESSAGES } from '../../app/library/messages.ts';
import { entryOf, readSavedRecord, sortEntries } from '../../app/library/records.ts';
import type { SavedRecord, WorkingRecord } from '../../app/library/schema.ts';
import { LibrarySession } from '../../app/library/session.ts';
import type { TabMessage } from '../../app/library/tab-channel.ts';
import { setIn } from '../../app/editor/draft.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import { exampleJson } from '../helpers/scenarios.ts';
import { englishT } from '../../app/i18n/translate.ts';
import { say, type Words } from '../../app/shell/words.ts';

/** A problem (or a record's damage) in English, as the planner reads it. */
const said = (w: Words | null | undefined) => (w ? say(englishT, w) : w);

/** `f` run as a database request: later, its throw a rejection. */
const later = <T>(f: () => T): Promise<T> => Promise.resolve().then(f);

/** An in-memory LibraryDb; `fail` makes every write throw it. */
function memoryDb() {
  const scenarios = new Map<string, unknown>();
  const working = new Map<string, unknown>();
  const state = { fail: null as Error | null, writes: 0 };
  const write = () => {
    if (state.fail) throw state.fail;
    state.writes++;
  };
  const db: LibraryDb = {
    list: (datasets) =>
      later(() => sortEntries([...scenarios].map(([id, value]) => entryOf(id, value, datasets)))),
    read: (id) => later(() => structuredClone(scenarios.get(id))),
    save: (request) =>
      later(() => {
        const stored = scenarios.get(request.id);
        let theirs: SavedRecord | undefined;
        if (stored !== undefined) {
          const checked = readSavedRecord(stored);
          if (!checked.ok) return { kind: 'damaged', problem: checked.problem };
          theirs = checked.record;
        }
        const decision = decideSave(request.base, theirs?.revision);
        if (decision.kind === 'conflict' && theirs) return { kind: 'conflict', theirs };
        write();
        const record: SavedRecord = {
          id: request.id,
          name: theirs?.name ?? request.name,
          document: request.document,
          modified: request.now,
          revision: decision.kind === 'write' ? decision.revision : 1,
          valid: request.valid,
          writer: request.writer,
        };
        scenarios.set(record.id, structuredClone(record));
        return { kind: 'saved', record };
      }),
    rename: (id, name, now) =>
      later(() => {
        const checked = readSavedRecord(scenarios.get(id));
        if (!checked.ok) return false;
        write();
        scenarios.set(id, { ...checked.record, name, modified: now });
        return true;
      }),
    remove: (id) =>
      later(() => {
        const value = scenarios.get(id);
        scenarios.delete(id);
        return value;
      }),
    putBack: (value, id, freshId) =>
      later(() => {
        write();
        const target = scenarios.has(id) ? freshId : id;
        scenarios.set(target, { ...(value as object), id: target });
        return target;
      }),
    readWorking: (tab) => later(() => structuredClone(working.get(tab))),
    newestWorking: () =>
      later(() => {
        const all = [...working.values()] as WorkingRecord[];
        return structuredClone(all.sort((a, b) => b.modified - a.modified)[0]);
      }),
    writeWorking: (record) =>
      later(() => {
        write();
        working.set(record.tab, structuredClone(record));
      }),
    close() {},
  };
  return { db, scenarios, working, state };
}

/** Timers moved by hand (the autosave's debounce). */
function manualTimers() {
  const due = new Set<() => void>();
  const timers: Timers = {
    setTimeout(run) {
      due.add(run);
      return run;
    },
    clearTimeout: (handle) => void due.delete(handle as () => void),
  };
  const fire = () => {
    for (const run of [...due]) {
      due.delete(run);
      run();
    }
  };
  return { timers, fire };
}

const settle = async () => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

let clock = 1_000;
let ids = 0;

/** A tab: a session whose `open` feeds the draft back as the app does. */
function tab(
  db: LibraryDb,
  options: {
    tab?: string;
    link?: { document: unknown };
    channel?: Set<(m: TabMessage) => void>;
  } = {},
) {
  const opened: string[] = [];
  const notices: string[] = [];
  const { timers, fire } = manualTimers();
  const stash = { value: undefined as unknown };
  let draft: unknown;
  const session: LibrarySession = new LibrarySession({
    openDb: () => Promise.resolve(db),
    openChannel: (onMessage) => {
      const channel = options.channel;
      if (!channel) return null;
      channel.add(onMessage);
      return { post: (m) => channel.forEach((f) => f !== onMessage && f(m)), close() {} };
    },
    tab: options.tab ?? `tab-${++ids}`,
    renewTab: () => `tab-${++ids}`,
    newId: () => `id-${++ids}`,
    now: () => ++clock,
    linkInAddress: () => options.link,
    open(document, what) {
      opened.push(what);
      draft = document;
      session.draftChanged(document, parseScenario(document).ok);
    },
    notify: (message) => notices.push(message),
    t: englishT,
    datasets: () => ({}),
    stash: { put: (r) => void (stash.value = r), take: () => stash.value },
    persist() {},
    timers,
  });
  /** A scenario from elsewhere (the app's replaceDraft, or the first draft). */
  const set = (document: unknown) => {
    draft = document;
    session.draftChanged(document, parseScenario(document).ok);
  };
  /** An edit in the editor. */
  const edit = (path: string, value: unknown) => set(setIn(draft, path, value));
  return { session, opened, notices, fire, set, edit, snap: () => session.snapshot() };
}

const example = () => exampleJson('minimal');

describe('the library of one tab', () => {
  it('restores this tab’s working scenario, and writes nothing before', async () => {
    const { db, working, state } = memoryDb();
    working.set('me', {
      tab: 'me',
      document: setIn(example(), 'name', 'Yesterday'),
      modified: 5,
      valid: true,
      link: null,
    });
    const t = tab(db, { tab: 'me' });
    t.set(example());
    t.fire();
    expect(state.writes).toBe(0);
    await t.session.start();
    expect(t.opened).toEqual([englishT(MESSAGES.restored)]);
    t.fire();
    await settle();
    expect(state.writes).toBe(0); // the restored draft is what is stored already
    expect(t.snap().availability).toBe('ready');
  });

  it('saves, and never saves a scenario from elsewhere over the saved one', async () => {
    const { db, scenarios } = memoryDb();
    const t = tab(db);
    t.set(example());
    await t.session.start();
    await t.session.save();
    expect(t.snap().saved).toBe(true);
    expect(scenarios.size).toBe(1);
    // An edit: still the same saved scenario, not saved.
    t.edit('name', 'Edited');
    expect(t.snap().saved).toBe(false);
    expect(t.snap().currentId).not.toBeNull();
    // An example opened from the menu: belongs to nothing; Save makes a second record.
    t.set(exampleJson('exampleland'));
    expect(t.snap().currentId).toBeNull();
    await t.session.save();
    expect(scenarios.size).toBe(2);
    expect([...scenarios.values()].map((r) => (r as SavedRecord).revision)).toEqual([1, 1]);
  });

  it('a full disk is reported once for autosaves, every time for Save, and the draft stays', async () => {
    const { db, state } = memoryDb();
    const t = tab(db);
    t.set(example());
    await t.session.start();
    state.fail = new DOMException('full', 'QuotaExceededError');
    t.edit('name', 'One');
    t.fire();
    await settle();
    t.edit('name', 'Two');
    t.fire();
    await settle();
    expect(t.notices).toEqual([englishT(MESSAGES.full)]);
    expect(t.snap().fault).toBe('full');
    await t.session.save();
    expect(t.notices).toEqual([englishT(MESSAGES.full), englishT(MESSAGES.full)]);
    expect(t.opened).toEqual([]); // the draft was never replaced
    state.fail = null;
    t.edit('name', 'Three');
    t.fire();
    await settle();
    expect(t.snap().fault).toBeNull();
  });

  it('two tabs: the second save asks; keep mine writes over the revision shown', async () => {
    const { db, scenarios } = memoryDb();
    const channel = new Set<(m: TabMessage) => void>();
    const a = tab(db, { channel });
    a.set(example());
    await a.session.start();
    await a.session.save();
    const id = a.snap().currentId!;
    const b = tab(db, { channel });
    b.set(example());
    await b.session.start();
    await b.session.openEntry(id);
    expect(b.snap().saved).toBe(true);

    a.edit('name', 'From A');
    await a.session.save();
    await settle();
    expect(b.snap().newerElsewhere).toBe(true);

    b.edit('name', 'From B');
    await b.session.save();
    expect(b.snap().conflict?.name).toBe('Minimal: one profession, no population');
    expect((scenarios.get(id) as SavedRecord).document).toMatchObject({ name: 'From A' });

    await b.session.resolve('mine');
    const stored = scenarios.get(id) as SavedRecord;
    expect(stored.revision).toBe(3);
    expect(stored.document).toMatchObject({ name: 'From B' });
    expect(b.snap().saved).toBe(true);
    await settle();
    expect(a.snap().newerElsewhere).toBe(true);
  });

  it('take theirs opens their version with the app’s undo notice', async () => {
    const { db } = memoryDb();
    const a = tab(db);
    const b = tab(db);
    a.set(example());
    b.set(example());
    await a.session.start();
    await b.session.start();
    await a.session.save();
    const id = a.snap().currentId!;
    await b.session.openEntry(id);
    a.edit('name', 'From A');
    await a.session.save();
    b.edit('name', 'From B');
    await b.session.save();
    expect(b.snap().conflict).not.toBeNull();
    await b.session.resolve('theirs');
    expect(b.opened.at(-1)).toMatch(/saved in another tab/);
    expect(b.snap().saved).toBe(true);
    expect(b.snap().conflict).toBeNull();
  });

  it('delete keeps the record for undo; undo never overwrites a record that took its id', async () => {
    const { db, scenarios } = memoryDb();
    const t = tab(db);
    t.set(example());
    await t.session.start();
    await t.session.save();
    const id = t.snap().currentId!;
    await t.session.remove(id);
    expect(scenarios.size).toBe(0);
    expect(t.snap().deleted?.name).toBe('Minimal: one profession, no population');
    expect(t.snap().saved).toBe(false);
    await t.session.undoDelete();
    expect([...scenarios.keys()]).toEqual([id]);
    expect(t.snap().saved).toBe(true);

    await t.session.remove(id);
    scenarios.set(id, {
      id,
      name: 'Taken',
      document: example(),
      modified: 1,
      revision: 1,
      valid: true,
      writer: 'x',
    });
    await t.session.undoDelete();
    expect(scenarios.size).toBe(2);
    expect((scenarios.get(id) as SavedRecord).name).toBe('Taken');
  });

  it('a damaged record gets a message and is neither opened nor deleted', async () => {
    const { db, scenarios } = memoryDb();
    scenarios.set('bad', { id: 'bad', name: 'Broken', document: 42 });
    const t = tab(db);
    t.set(example());
    await t.session.start();
    expect(t.snap().entries[0].id).toBe('bad');
    expect(said(t.snap().entries[0].damaged)).toBe('the record has no date');
    await t.session.openEntry('bad');
    expect(t.opened).toEqual([]);
    expect(t.notices[0]).toMatch(/“Broken” could not be opened: it is damaged/);
    expect(scenarios.has('bad')).toBe(true);
  });

  it('a reload whose link is its own scenario keeps the saved state, without a second open', async () => {
    const { db, working } = memoryDb();
    const first = tab(db, { tab: 'me' });
    first.set(example());
    await first.session.start();
    await first.session.save();
    first.fire();
    await settle();
    expect((working.get('me') as WorkingRecord).link).not.toBeNull();

    // The reloaded page: the share link has already opened the same scenario.
    const again = tab(db, { tab: 'me', link: { document: example() } });
    again.set(example());
    await again.session.start();
    expect(again.opened).toEqual([]);
    expect(again.snap().saved).toBe(true);
  });
});
