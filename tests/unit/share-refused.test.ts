/**
 * A share link that cannot be opened never hides or pushes out the planner's work: a new tab
 * whose link is refused (undecodable at once, or refused once read) shows the newest working
 * scenario, as a tab without a link does; an untouched built-in example is never written as a
 * working scenario, so however many tabs show one, the next plain tab restores the work. The
 * library of each tab runs over an in-memory database that forgets working scenarios as
 * database.ts does (the eight newest are kept, never the writing tab's own).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LibraryDb } from '../../app/library/database.ts';
import { KEEP_WORKING } from '../../app/library/database.ts';
import type { Timers } from '../../app/library/debounce.ts';
import { MESSAGES } from '../../app/library/messages.ts';
import type { WorkingRecord } from '../../app/library/schema.ts';
import { LibrarySession } from '../../app/library/session.ts';
import type { AddressLink } from '../../app/library/session-core.ts';
import { isUntouchedExample } from '../../app/library/working-copy.ts';
import { setIn } from '../../app/editor/draft.ts';
import { decodeScenarioLink, encodeScenarioLink } from '../../app/share/link-codec.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import { exampleJson } from '../helpers/scenarios.ts';
import { englishT } from '../../app/i18n/translate.ts';

const later = <T>(f: () => T): Promise<T> => Promise.resolve().then(f);

/** Working scenarios only, forgotten as database.ts forgets them. */
function memoryDb() {
  const working = new Map<string, WorkingRecord>();
  const db: LibraryDb = {
    list: () => later(() => []),
    read: () => later(() => undefined),
    save: () => Promise.reject(new Error('not in this test')),
    rename: () => later(() => false),
    remove: () => later(() => undefined),
    putBack: (_v, id) => later(() => id),
    readWorking: (tab) => later(() => structuredClone(working.get(tab))),
    newestWorking: () => later(() => structuredClone(newest(working))),
    writeWorking: (record) =>
      later(() => {
        working.set(record.tab, structuredClone(record));
        const byAge = [...working.values()].sort((a, b) => b.modified - a.modified);
        let kept = 0;
        for (const r of byAge) {
          if (kept < KEEP_WORKING || r.tab === record.tab) kept++;
          else working.delete(r.tab);
        }
      }),
    close() {},
  };
  return { db, working };
}

const newest = (working: Map<string, WorkingRecord>) =>
  [...working.values()].sort((a, b) => b.modified - a.modified)[0];

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
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

let clock = 1_000;
let ids = 0;

const exampleland = () => exampleJson('exampleland');
const MY_WORK = 'MY WORK 123';

/**
 * A new tab as the app makes one: it shows Exampleland at first; a link that opens replaces
 * it (the app's replaceDraft); the library restores what it restores. Returns what the tab
 * shows once everything has settled and been written.
 */
async function newTab(db: LibraryDb, link?: { value: string; opens: boolean }) {
  const { timers, fire } = manualTimers();
  const opened: string[] = [];
  let draft: unknown = exampleland();
  let address: AddressLink | undefined;
  if (link) {
    const decoded = decodeScenarioLink(link.value);
    address = {
      document: decoded.ok ? decoded.document : null,
      opened: later(() => link.opens),
    };
  }
  const session: LibrarySession = new LibrarySession({
    openDb: () => Promise.resolve(db),
    openChannel: () => null,
    tab: `tab-${++ids}`,
    renewTab: () => `tab-${++ids}`,
    newId: () => `id-${++ids}`,
    now: () => ++clock,
    linkInAddress: () => address,
    isExample: isUntouchedExample,
    open(document, what) {
      opened.push(what);
      draft = document;
      session.draftChanged(document, parseScenario(document).ok);
    },
    notify() {},
    t: englishT,
    datasets: () => ({}),
    stash: { put() {}, take: () => undefined },
    persist() {},
    timers,
  });
  session.draftChanged(draft, true);
  const started = session.start();
  if (link?.opens && address?.document) {
    // The app opens the link's scenario as soon as it is read.
    draft = address.document;
    session.draftChanged(draft, true);
  }
  await started;
  await settle();
  fire();
  await settle();
  session.leave();
  await settle();
  session.stop();
  return { draft: draft as { name?: unknown }, opened };
}

/** A tab where the planner renames the scenario and leaves. */
async function workTab(db: LibraryDb, name: string) {
  const { timers, fire } = manualTimers();
  const session: LibrarySession = new LibrarySession({
    openDb: () => Promise.resolve(db),
    openChannel: () => null,
    tab: `tab-${++ids}`,
    renewTab: () => `tab-${++ids}`,
    newId: () => `id-${++ids}`,
    now: () => ++clock,
    linkInAddress: () => undefined,
    isExample: isUntouchedExample,
    open() {},
    notify() {},
    t: englishT,
    datasets: () => ({}),
    stash: { put() {}, take: () => undefined },
    persist() {},
    timers,
  });
  session.draftChanged(exampleland(), true);
  await session.start();
  session.draftChanged(setIn(exampleland(), 'name', name), true);
  fire();
  await settle();
  session.stop();
}

const good = encodeScenarioLink(exampleland());
const edited = encodeScenarioLink(setIn(exampleland(), 'name', 'Shared plan'));
const cut = (at: number) => good.slice(0, Math.max(2, Math.floor(good.length * at)));
const invalid = encodeScenarioLink(setIn(exampleland(), 'horizonYears', -3));

describe('a refused link in a new tab', () => {
  it('shows the planner’s last work, as a plain tab does, for a cut link and an invalid one', async () => {
    for (const value of [cut(0.5), invalid, `${good}x`]) {
      const { db } = memoryDb();
      await workTab(db, MY_WORK);
      const shown = await newTab(db, { value, opens: false });
      expect(shown.draft.name).toBe(MY_WORK);
      expect(shown.opened).toEqual([englishT(MESSAGES.restored)]);
      expect((await newTab(db)).draft.name).toBe(MY_WORK);
    }
  });

  it('a link that opens is not covered by the last work', async () => {
    const { db } = memoryDb();
    await workTab(db, MY_WORK);
    const shown = await newTab(db, { value: edited, opens: true });
    expect(shown.draft.name).toBe('Shared plan');
    expect(shown.opened).toEqual([]);
  });

  it('any run of refused links and untouched examples never changes what a plain tab restores', async () => {
    const kinds = fc.constantFrom<'cut' | 'invalid' | 'example link' | 'plain'>(
      'cut',
      'invalid',
      'example link',
      'plain',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(kinds, fc.double({ min: 0, max: 1, noNaN: true })), {
          minLength: KEEP_WORKING,
          maxLength: KEEP_WORKING + 4,
        }),
        async (tabs) => {
          const { db, working } = memoryDb();
          await workTab(db, MY_WORK);
          for (const [kind, at] of tabs) {
            const shown =
              kind === 'plain'
                ? await newTab(db)
                : kind === 'example link'
                  ? await newTab(db, { value: good, opens: true })
                  : await newTab(db, { value: kind === 'cut' ? cut(at) : invalid, opens: false });
            if (kind !== 'example link') expect(shown.draft.name).toBe(MY_WORK);
            expect((newest(working).document as { name: string }).name).toBe(MY_WORK);
          }
          expect((await newTab(db)).draft.name).toBe(MY_WORK);
        },
      ),
      { numRuns: 8 },
    );
  });

  it('an untouched example is never written; once edited, it is work', async () => {
    const { db, working } = memoryDb();
    for (let i = 0; i < KEEP_WORKING + 2; i++) await newTab(db);
    expect(working.size).toBe(0);
    expect(isUntouchedExample(exampleland())).toBe(true);
    expect(isUntouchedExample(exampleJson('minimal'))).toBe(true);
    expect(isUntouchedExample(setIn(exampleland(), 'simulation.seed', 2))).toBe(false);
    await workTab(db, 'Edited');
    expect(working.size).toBe(1);
  });
});
