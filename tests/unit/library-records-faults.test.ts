/**
 * Stored records of any shape, as IndexedDB may hand them back (written by hand, by another
 * program, by an older version): every field is checked as a file's would be, a bad record
 * is a named problem and never a throw, a record accepted can be shown (its date is one a
 * JavaScript date holds), and a document too large for the editor is refused cheaply before
 * anything parses or renders it.
 */
import { createElement, type ReactElement } from 'react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LibraryItem } from '../../app/library/library-item.tsx';
import { PartBoundary } from '../../app/shell/error-boundary.tsx';
import { englishT } from '../../app/i18n/translate.ts';
import { setAsideMessage } from '../../app/library/messages.ts';
import {
  describeValue,
  documentProblem,
  entryOf,
  exportText,
  isTime,
  MAX_DOCUMENT_BYTES,
  MAX_KEY_CHARS,
  MAX_RECORD_NAME_CHARS,
  MAX_TIME,
  openableDocument,
  readSavedRecord,
  readWorkingRecord,
  setAsideOf,
  sortEntries,
} from '../../app/library/records.ts';
import { loadRestore, usableWorking } from '../../app/library/restore.ts';
import type { SavedRecord, WorkingRecord } from '../../app/library/schema.ts';
import { LIMITS } from '../../model/scenario/types.ts';
import { renderMarkup } from '../helpers/markup.ts';
import { exampleJson } from '../helpers/scenarios.ts';
import { say, type Words } from '../../app/shell/words.ts';

/** A problem (or a record's damage) in English, as the planner reads it. */
const said = (w: Words | null | undefined) => (w ? say(englishT, w) : w);
/** `documentProblem` in English. */
const saidDocumentProblem = (document: unknown) => said(documentProblem(document));
/** A result or list line with its problem in English. */
const plain = <T extends object>(r: T) => ({
  ...r,
  ...('problem' in r ? { problem: said(r.problem as Words) } : {}),
  ...('damaged' in r ? { damaged: said(r.damaged as Words | null) } : {}),
});

const minimal = exampleJson('minimal') as Record<string, unknown>;
const FIVE_MB = 'x'.repeat(5 * 1024 * 1024);

const savedRecord: SavedRecord = {
  id: 'a1',
  name: 'Baseline',
  document: minimal,
  modified: 1_700_000_000_000,
  revision: 2,
  valid: true,
  writer: 'tab-1',
};
const workingRecord: WorkingRecord = {
  tab: 't1',
  document: minimal,
  modified: 1_700_000_000_000,
  valid: false,
  link: { id: 'a1', revision: 2 },
};

/** Anything IndexedDB can store and more: dates, maps, sets, typed arrays, big integers,
 *  sparse arrays, objects without a prototype, boxed values. */
const stored = fc.anything({
  maxDepth: 4,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true,
  withBoxedValues: true,
  withObjectString: true,
});

/** The values the fault suite writes over a field, and any other stored value. */
const wrong = fc.oneof(
  fc.constantFrom<unknown>(1e300, MAX_TIME + 1, -MAX_TIME - 1, -1, NaN, Infinity, null, FIVE_MB),
  fc.constantFrom<unknown>(true, {}, [], 'text', 0, new Date(NaN), new Date(0)),
  stored,
);

/** A record accepted by the checks is one the app can show and sort. */
function showable(id: string, value: unknown): void {
  const entry = entryOf(id, value);
  if (entry.modified !== null) {
    expect(isTime(entry.modified)).toBe(true);
    expect(() => new Date(entry.modified!).toISOString()).not.toThrow();
  }
  expect(entry.name.length).toBeLessThanOrEqual(MAX_RECORD_NAME_CHARS);
  const markup = renderMarkup(
    createElement(LibraryItem, {
      entry,
      current: false,
      onOpen: () => {},
      onRename: () => {},
      onDuplicate: () => {},
      onDelete: () => {},
    }),
  );
  expect(markup).toContain('library-item');
}

describe('stored records of any shape: a record or a named problem, never a throw', () => {
  it('any stored value, as a saved or a working record', () => {
    fc.assert(
      fc.property(stored, (value) => {
        for (const read of [readSavedRecord, readWorkingRecord] as const) {
          const r = read(value);
          if (!r.ok) expect(said(r.problem)).toMatch(/\S/);
        }
        expect(() => usableWorking(value, {})).not.toThrow();
        showable('k', value);
      }),
      { numRuns: 400 },
    );
  });

  it('any stored value as a document: the cheap check and the full one never throw', () => {
    fc.assert(
      fc.property(stored, fc.boolean(), (document, valid) => {
        const problem = documentProblem(document);
        expect(problem === null || said(problem)!.length > 0).toBe(true);
        const opened = openableDocument(document, valid);
        if (problem !== null) expect(opened).toEqual({ ok: false, problem });
      }),
      { numRuns: 400 },
    );
  });

  it('any JSON value in any field of a saved record: accepted ones are showable', () => {
    const fields = Object.keys(savedRecord) as (keyof SavedRecord)[];
    fc.assert(
      fc.property(fc.constantFrom(...fields), wrong, (field, value) => {
        const record = { ...savedRecord, [field]: value };
        const r = readSavedRecord(record);
        if (r.ok) {
          expect(isTime(r.record.modified)).toBe(true);
          expect(r.record.name.length).toBeLessThanOrEqual(MAX_RECORD_NAME_CHARS);
          expect(r.record.id.length).toBeLessThanOrEqual(MAX_KEY_CHARS);
          expect(Number.isSafeInteger(r.record.revision)).toBe(true);
        }
        showable('a1', record);
      }),
      { numRuns: 500 },
    );
  });

  it('any value in any field of a working record: accepted ones have a date and a link or none', () => {
    const fields = Object.keys(workingRecord) as (keyof WorkingRecord)[];
    fc.assert(
      fc.property(fc.constantFrom(...fields, 'link.id', 'link.revision'), wrong, (field, v) => {
        const record: Record<string, unknown> = { ...workingRecord };
        if (field.startsWith('link.')) record.link = { ...workingRecord.link, [field.slice(5)]: v };
        else record[field] = v;
        const r = readWorkingRecord(record);
        if (r.ok) {
          expect(isTime(r.record.modified)).toBe(true);
          if (r.record.link) expect(Number.isSafeInteger(r.record.link.revision)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('each field is checked for type, range and length', () => {
  const bad = [1e300, MAX_TIME + 1, NaN, Infinity, null, FIVE_MB, true, {}];
  it.each(Object.keys(savedRecord).filter((f) => f !== 'document'))(
    'a saved record with a wrong %s is set aside with its problem',
    (field) => {
      for (const value of bad) {
        if (field === 'valid' && value === true) continue; // a boolean is right there
        const r = readSavedRecord({ ...savedRecord, [field]: value });
        expect(r.ok, `${field}: ${describeValue(value)}`).toBe(false);
      }
    },
  );

  it.each(['tab', 'modified', 'valid'])('a working record with a wrong %s is set aside', (f) => {
    for (const value of bad) {
      if (f === 'valid' && value === true) continue;
      expect(readWorkingRecord({ ...workingRecord, [f]: value }).ok).toBe(false);
    }
  });

  it('a date must be one a JavaScript date holds: |t| ≤ 8.64e15', () => {
    for (const t of [MAX_TIME, -MAX_TIME, 0, -1, 1.5]) {
      expect(readSavedRecord({ ...savedRecord, modified: t }).ok).toBe(true);
    }
    for (const t of [MAX_TIME + 1, -MAX_TIME - 1, 1e300, NaN, -Infinity]) {
      const r = readSavedRecord({ ...savedRecord, modified: t });
      expect(plain(r)).toEqual({ ok: false, problem: expect.stringMatching(/date/) as string });
      expect(entryOf('a1', { ...savedRecord, modified: t }).modified).toBeNull();
    }
    expect(plain(readSavedRecord({ ...savedRecord, modified: MAX_TIME + 1 }))).toEqual({
      ok: false,
      problem: "the record's date is out of range (8640000000000001)",
    });
  });

  it('a record with a date out of range is listed as damaged, and shown without a throw', () => {
    showable('a1', { ...savedRecord, modified: MAX_TIME + 1 });
    showable('a1', { ...savedRecord, modified: 1e300 });
    expect(said(entryOf('a1', { ...savedRecord, modified: 1e300 }).damaged)).toMatch(
      /out of range/,
    );
  });

  it('a name, an id, a writer or a tab of 5 MB is set aside with its length, not shown whole', () => {
    const name = readSavedRecord({ ...savedRecord, name: FIVE_MB });
    expect(name.ok).toBe(false);
    if (!name.ok)
      expect(said(name.problem)).toMatch(/name is too long \(5\u00a0242\u00a0880 characters/);
    expect(entryOf('a1', { ...savedRecord, name: FIVE_MB }).name.length).toBeLessThanOrEqual(80);
    expect(readSavedRecord({ ...savedRecord, id: FIVE_MB }).ok).toBe(false);
    expect(readSavedRecord({ ...savedRecord, writer: FIVE_MB }).ok).toBe(false);
    expect(readWorkingRecord({ ...workingRecord, tab: FIVE_MB }).ok).toBe(false);
  });

  it('a working record keeps no link, or a whole one', () => {
    expect(readWorkingRecord({ ...workingRecord, link: null }).ok).toBe(true);
    for (const link of [{ id: 'a1', revision: 1e300 }, { id: FIVE_MB, revision: 1 }, 3, 'x']) {
      expect(readWorkingRecord({ ...workingRecord, link }).ok).toBe(false);
    }
  });

  it('sorting never compares a missing date as a number', () => {
    const entries = [
      entryOf('a', { ...savedRecord, modified: -5 }),
      entryOf('b', { ...savedRecord, modified: 1e300 }),
      entryOf('c', savedRecord),
    ];
    expect(sortEntries(entries).map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('a stored draft too large for the editor is refused before it is parsed', () => {
  const profession = (minimal.professions as unknown[])[0] as Record<string, unknown>;
  const many = (n: number) => ({
    ...minimal,
    professions: Array.from({ length: n }, (_, i) => ({ ...profession, id: `p${i}` })),
  });

  it('more professions than a scenario may have', () => {
    expect(saidDocumentProblem(many(LIMITS.maxProfessions))).toBeNull();
    expect(saidDocumentProblem(many(2000))).toBe(
      'too large to open here: 2\u00a0000 professions (a scenario has at most 30)',
    );
    // Even a draft saved with its problems: the editor would freeze on it.
    expect(openableDocument(many(2000), false).ok).toBe(false);
    expect(usableWorking({ ...workingRecord, document: many(2000) }, {}).ok).toBe(false);
  });

  it('a text far too long, wherever it is', () => {
    expect(saidDocumentProblem({ ...minimal, name: FIVE_MB })).toMatch(/a text of .* at name/);
    expect(saidDocumentProblem({ ...minimal, description: FIVE_MB })).toMatch(/at description/);
    const longId = { ...minimal, professions: [{ ...profession, id: 'p'.repeat(1000) }] };
    expect(saidDocumentProblem(longId)).toMatch(/at professions\[0\]\.id/);
    // A name a little over its limit opens, with the problem in the editor.
    expect(saidDocumentProblem({ ...minimal, name: 'n'.repeat(300) })).toBeNull();
  });

  it('a document far too large, a list too long, nesting too deep', () => {
    const chunks = Array.from({ length: 40 }, () => 'y'.repeat(60_000));
    expect(saidDocumentProblem({ ...minimal, notes: chunks })).toMatch(
      new RegExp(`larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`),
    );
    expect(saidDocumentProblem({ ...minimal, years: new Array(5000).fill(1) })).toMatch(
      /a list of 5\u00a0000 entries at years/,
    );
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(saidDocumentProblem({ ...minimal, deep })).toMatch(/nested too deep/);
  });

  it('values no file can hold: NaN, Infinity, a date, a map, a cycle', () => {
    const cyclic: Record<string, unknown> = { ...minimal };
    cyclic.self = cyclic;
    for (const doc of [
      { ...minimal, horizonYears: NaN },
      { ...minimal, baseYear: Infinity },
      { ...minimal, when: new Date() },
      { ...minimal, map: new Map() },
      cyclic,
    ]) {
      expect(saidDocumentProblem(doc)).toMatch(/\S/);
      expect(openableDocument(doc, false).ok).toBe(false);
    }
  });

  it('is cheap: a 5 MB document or 2 000 professions in a few milliseconds', () => {
    const big = many(2000);
    const huge = {
      ...minimal,
      blob: FIVE_MB,
      more: Array.from({ length: 999 }, () => 'z'.repeat(5000)),
    };
    const start = performance.now();
    for (let i = 0; i < 10; i++) {
      documentProblem(big);
      documentProblem(huge);
    }
    expect((performance.now() - start) / 10).toBeLessThan(20);
  });
});

describe('restore skips what is set aside and finds the newest usable work', () => {
  it('the newest working scenario of any tab that can be restored', async () => {
    const good = { ...workingRecord, tab: 'old', modified: 10 };
    const values = [
      { ...workingRecord, tab: 'x', modified: 'zzz' },
      { ...workingRecord, tab: 'y', modified: 30, valid: 'yes' },
      { ...workingRecord, tab: 'z', modified: 20, document: { ...minimal, name: FIVE_MB } },
      good,
    ];
    const db = {
      readWorking: () => Promise.resolve(undefined),
      newestWorking: (accept?: (v: unknown) => boolean) =>
        Promise.resolve(values.find((v) => !accept || accept(v))),
      read: () => Promise.resolve(undefined),
    };
    const r = await loadRestore(db, 'me', undefined, undefined, {});
    expect(r.plan).toEqual({ kind: 'open', record: good });
  });
});

describe('records set aside: named, and exported as they are', () => {
  it('the message names them, by name or as having none', () => {
    const p = { key: 'library.problem.damaged' } as const;
    const a = setAsideOf('working', 't', { name: 'Plan', modified: 1e300 }, p);
    const b = setAsideOf('scenarios', 3, 42, p);
    expect(a).toMatchObject({ name: 'Plan', modified: null, keyText: 't' });
    expect(setAsideMessage(englishT, [a, b])).toMatch(
      /working scenario “Plan”, a saved scenario with no readable name/,
    );
  });

  it('any stored value exports to JSON text that reads back, cycles and all', () => {
    fc.assert(
      fc.property(stored, (value) => {
        const text = exportText([{ ref: { store: 'scenarios', key: 'k' }, value }]);
        const file = JSON.parse(text) as { records: { store: string }[] };
        expect(file.records[0].store).toBe('scenarios');
      }),
      { numRuns: 300 },
    );
    const cyclic: Record<string, unknown> = { n: NaN };
    cyclic.self = cyclic;
    const text = exportText([{ ref: { store: 'working', key: 1e300 }, value: cyclic }]);
    expect(JSON.parse(text)).toMatchObject({
      records: [{ store: 'working', key: 1e300, value: { n: 'NaN', self: '[cycle]' } }],
    });
  });
});

describe('the error boundary around each part of the page', () => {
  it('shows its part while it works, and a plain message with "Try again" once it failed', () => {
    const child = createElement('p', null, 'the list');
    const boundary = new PartBoundary({ part: 'My scenarios', children: child, t: englishT });
    expect(boundary.render()).toBe(child);
    expect(PartBoundary.getDerivedStateFromError()).toEqual({ failed: true });
    boundary.state = { failed: true };
    const markup = renderMarkup(boundary.render() as ReactElement);
    expect(markup).toContain('role="alert"');
    expect(markup).toMatch(/My scenarios could not be shown because of an unexpected problem/);
    expect(markup).toMatch(/Your scenario is kept in this page/);
    expect(markup).toMatch(/<button type="button">Try again<\/button>/);
    expect(markup).not.toMatch(/Error|at \w+ \(/); // no stack, no error text
  });
});
