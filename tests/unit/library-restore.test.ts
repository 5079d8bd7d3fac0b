/** What the page restores when it starts: this tab's work, the newest of any tab, or a link. */
import { describe, expect, it } from 'vitest';
import {
  loadRestore,
  newestUsable,
  planRestore,
  sameJson,
  usableWorking,
} from '../../app/library/restore.ts';
import type { WorkingRecord } from '../../app/library/schema.ts';
import { setIn } from '../../app/editor/draft.ts';
import { exampleJson } from '../helpers/scenarios.ts';
import { englishT } from '../../app/i18n/translate.ts';
import { say, type Words } from '../../app/shell/words.ts';

/** A problem (or a record's damage) in English, as the planner reads it. */
const said = (w: Words | null | undefined) => (w ? say(englishT, w) : w);

const minimal = exampleJson('minimal');
const record = (over: Partial<WorkingRecord> = {}): WorkingRecord => ({
  tab: 't1',
  document: minimal,
  modified: 100,
  valid: true,
  link: null,
  ...over,
});

describe('usableWorking and newestUsable', () => {
  it('takes the newest usable record and names the first damaged one', () => {
    const older = record({ modified: 1 });
    const newer = record({ modified: 2, document: setIn(minimal, 'name', 'Newer') });
    const damaged = record({ modified: 3, document: 'not a scenario' });
    const r = newestUsable([older, undefined, damaged, newer, { tab: 7 }], {});
    expect(r.record).toEqual(newer);
    expect(said(r.problem)).toBe('it holds no scenario');
    expect(newestUsable([undefined], {})).toEqual({ record: null, problem: null });
  });

  it('a draft saved with problems is usable; one saved valid that no longer parses is not', () => {
    const draft = setIn(minimal, 'horizonYears', -3);
    expect(usableWorking(record({ document: draft, valid: false }), {}).ok).toBe(true);
    expect(usableWorking(record({ document: draft, valid: true }), {}).ok).toBe(false);
  });
});

describe('planRestore', () => {
  const own = record({ tab: 'me', modified: 5 });
  const other = record({ tab: 'other', modified: 9 });

  it('without a link: this tab’s working scenario, else the newest of any tab', () => {
    expect(planRestore(own, other, undefined)).toEqual({ kind: 'open', record: own });
    expect(planRestore(null, other, undefined)).toEqual({ kind: 'open', record: other });
    expect(planRestore(null, null, undefined)).toEqual({ kind: 'nothing' });
  });

  it('a link in a new tab takes precedence', () => {
    expect(planRestore(null, other, { document: minimal })).toEqual({ kind: 'nothing' });
    expect(planRestore(null, other, { document: null })).toEqual({ kind: 'nothing' });
  });

  it('a reload whose link is this tab’s scenario keeps its saved state', () => {
    expect(planRestore(own, null, { document: structuredClone(minimal) })).toEqual({
      kind: 'adopt',
      record: own,
    });
  });

  it('a reload whose link is older (or unreadable) opens this tab’s scenario after it', () => {
    const edited = record({ document: setIn(minimal, 'name', 'Typed after the link') });
    expect(planRestore(edited, null, { document: minimal })).toEqual({
      kind: 'after-link',
      record: edited,
    });
    expect(planRestore(own, null, { document: null })).toEqual({
      kind: 'after-link',
      record: own,
    });
  });

  it('sameJson compares the text of two documents', () => {
    expect(sameJson(minimal, structuredClone(minimal))).toBe(true);
    expect(sameJson(minimal, setIn(minimal, 'name', 'x'))).toBe(false);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(sameJson(cyclic, cyclic)).toBe(false);
  });
});

describe('loadRestore', () => {
  /** A database holding working records by tab, and saved records by id. */
  const db = (working: Record<string, unknown>, saved: Record<string, unknown> = {}) => ({
    readWorking: (tab: string) => Promise.resolve(working[tab]),
    newestWorking: (accept: (value: unknown) => boolean = () => true) =>
      Promise.resolve(
        Object.values(working)
          .filter(accept)
          .sort((a, b) => (b as WorkingRecord).modified - (a as WorkingRecord).modified)[0],
      ),
    read: (id: string) => Promise.resolve(saved[id]),
  });

  it('passes over another tab’s newer copy of an untouched example for older real work', async () => {
    const work = record({ tab: 'a', modified: 5, document: setIn(minimal, 'name', 'MY WORK') });
    const example = record({ tab: 'b', modified: 9, document: minimal });
    const isExample = (d: unknown) => sameJson(d, minimal);
    const r = await loadRestore(
      db({ a: work, b: example }),
      'me',
      undefined,
      undefined,
      {},
      isExample,
    );
    expect(r.plan).toEqual({ kind: 'open', record: work });
    // Without the check the example copy, being newer, would win.
    const plain = await loadRestore(db({ a: work, b: example }), 'me', undefined, undefined, {});
    expect(plain.plan).toEqual({ kind: 'open', record: example });
    // A copy of an example that belongs to a saved scenario (its link) is the planner's.
    const saved = { ...example, link: { id: 's1', revision: 1 } };
    const r2 = await loadRestore(
      db({ a: work, b: saved }),
      'me',
      undefined,
      undefined,
      {},
      isExample,
    );
    expect(r2.plan).toEqual({ kind: 'open', record: saved });
  });

  it('prefers the copy stashed as the page went away when it is newer', async () => {
    const inDb = record({ tab: 'me', modified: 5 });
    const stashed = record({ tab: 'me', modified: 9, document: setIn(minimal, 'name', 'Later') });
    const r = await loadRestore(db({ me: inDb }), 'me', stashed, undefined, {});
    expect(r.plan).toEqual({ kind: 'open', record: stashed });
    // What the database holds is older: the stashed one is written again.
    expect(r.stored).toBe(inDb.document);
  });

  it('ignores a stash of another tab (a duplicated tab) and takes the newest of any tab', async () => {
    const other = record({ tab: 'other', modified: 7 });
    const r = await loadRestore(db({ other }), 'me', record({ tab: 'x' }), undefined, {});
    expect(r.plan).toEqual({ kind: 'open', record: other });
    expect(r.stored).toBeUndefined();
  });

  it('a damaged record of this tab is named, and the tab moves to a new id', async () => {
    const r = await loadRestore(db({ me: { tab: 'me' } }), 'me', undefined, undefined, {});
    expect(r.ownDamaged).toBe(true);
    expect(said(r.problem)).toBe('the record is incomplete');
    expect(r.plan).toEqual({ kind: 'nothing' });
  });

  it('knows a restored draft is its saved scenario’s revision', async () => {
    const linked = record({ tab: 'me', link: { id: 's1', revision: 2 } });
    const saved = {
      id: 's1',
      name: 'Saved',
      document: structuredClone(minimal),
      modified: 1,
      revision: 2,
      valid: true,
      writer: 'me',
    };
    expect(
      (await loadRestore(db({ me: linked }, { s1: saved }), 'me', undefined, undefined, {})).saved,
    ).toBe(true);
    const moved = { ...saved, revision: 3 };
    expect(
      (await loadRestore(db({ me: linked }, { s1: moved }), 'me', undefined, undefined, {})).saved,
    ).toBe(false);
  });
});
