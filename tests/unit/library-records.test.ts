/**
 * What comes back from the database is checked before use: record shapes, documents through
 * parseScenario (a damaged one is named, not opened), names, tab messages and storage
 * faults.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { faultMessage, faultOf, MESSAGES } from '../../app/library/messages.ts';
import {
  cleanName,
  copyName,
  entryOf,
  MAX_NAME,
  openableDocument,
  readSavedRecord,
  readWorkingRecord,
  scenarioName,
  sortEntries,
  type LibraryEntry,
} from '../../app/library/records.ts';
import type { SavedRecord, WorkingRecord } from '../../app/library/schema.ts';
import { readTabMessage } from '../../app/library/tab-channel.ts';
import { setIn } from '../../app/editor/draft.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import { exampleJson } from '../helpers/scenarios.ts';
import { englishT } from '../../app/i18n/translate.ts';
import { say, type Words } from '../../app/shell/words.ts';

/** A problem (or a record's damage) in English, as the planner reads it. */
const said = (w: Words | null | undefined) => (w ? say(englishT, w) : w);
/** A result or list line with its problem in English. */
const plain = <T extends object>(r: T) => ({
  ...r,
  ...('problem' in r ? { problem: said(r.problem as Words) } : {}),
  ...('damaged' in r ? { damaged: said(r.damaged as Words | null) } : {}),
});

const minimal = exampleJson('minimal') as Record<string, unknown>;

function saved(over: Partial<SavedRecord> = {}): SavedRecord {
  return {
    id: 'a1',
    name: 'Baseline',
    document: minimal,
    modified: 1_700_000_000_000,
    revision: 2,
    valid: true,
    writer: 'tab-1',
    ...over,
  };
}

describe('readSavedRecord', () => {
  it('accepts a complete record and returns exactly its fields', () => {
    const r = readSavedRecord({ ...saved(), extra: 'ignored' });
    expect(r).toEqual({ ok: true, record: saved() });
  });

  it.each([
    ['not an object', 'text', /not an object/],
    ['an array', [saved()], /not an object/],
    ['no id', { ...saved(), id: '' }, /no id/],
    ['no name', { ...saved(), name: 3 }, /no name/],
    ['no date', { ...saved(), modified: Number.NaN }, /no date/],
    ['a revision of 0', { ...saved(), revision: 0 }, /no revision/],
    ['a fractional revision', { ...saved(), revision: 1.5 }, /no revision/],
    ['no writer', { ...saved(), writer: undefined }, /incomplete/],
  ])('reports a record with %s', (_what, value, problem) => {
    const r = readSavedRecord(value);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(said(r.problem)).toMatch(problem);
  });

  it('reports a record without its scenario', () => {
    const rest: Partial<SavedRecord> = saved();
    delete rest.document;
    expect(plain(readSavedRecord(rest))).toEqual({
      ok: false,
      problem: 'the record has no scenario',
    });
  });
});

describe('readWorkingRecord', () => {
  const working: WorkingRecord = {
    tab: 't',
    document: minimal,
    modified: 5,
    valid: true,
    link: { id: 'a1', revision: 3 },
  };

  it('accepts a working record with or without a link', () => {
    expect(readWorkingRecord(working)).toEqual({ ok: true, record: working });
    expect(readWorkingRecord({ ...working, link: null })).toEqual({
      ok: true,
      record: { ...working, link: null },
    });
  });

  it('reports a broken link or missing fields', () => {
    expect(readWorkingRecord({ ...working, link: { id: 'a1' } }).ok).toBe(false);
    expect(readWorkingRecord({ ...working, tab: 4 }).ok).toBe(false);
    expect(readWorkingRecord({ ...working, valid: 'yes' }).ok).toBe(false);
    expect(readWorkingRecord(null).ok).toBe(false);
  });
});

describe('openableDocument (records go through parseScenario)', () => {
  it('opens a valid scenario as it is (the document, not a normalised copy)', () => {
    const r = openableDocument(minimal, true);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.document).toBe(minimal);
  });

  it('a scenario saved valid that no longer parses is damaged, with the first problem', () => {
    const broken = setIn(minimal, 'horizonYears', -3);
    const r = openableDocument(broken, true);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(said(r.problem)).toMatch(/horizonYears/);
  });

  it('a draft saved with its problems opens with them (what was typed is not lost)', () => {
    const draft = setIn(minimal, 'horizonYears', -3);
    expect(parseScenario(draft).ok).toBe(false);
    expect(openableDocument(draft, false).ok).toBe(true);
  });

  it('something that is no scenario is damaged, whatever was recorded', () => {
    for (const valid of [true, false]) {
      expect(plain(openableDocument('{"schema":"hwf-scenario/1"}', valid))).toEqual({
        ok: false,
        problem: 'it holds no scenario',
      });
      expect(plain(openableDocument({ ...minimal, schema: 'other/2' }, valid))).toEqual({
        ok: false,
        problem: 'it is not an hwf-scenario/1 scenario',
      });
    }
  });

  it('a regional scenario opens as it is, also one splitting a data set not loaded yet', () => {
    const regional = JSON.parse(
      readFileSync('app/data/examples/exampleland-regions.json', 'utf8'),
    ) as Record<string, unknown>;
    const r = openableDocument(regional, true);
    expect(r.ok && r.document).toBe(regional);
    const split = {
      ...regional,
      population: {
        dataset: 'wpp2019-it',
        regionShares: { capital: 0.4, north: 0.2, south: 0.2, rural: 0.2 },
      },
    };
    expect(parseScenario(split).ok).toBe(false);
    expect(openableDocument(split, true).ok).toBe(true);
    // A regional scenario saved valid that no longer parses is damaged, with its problem.
    const broken = setIn(regional, 'professions[0].mobility.rural.capital', 2);
    const b = openableDocument(broken, true);
    expect(b.ok).toBe(false);
    if (!b.ok) expect(said(b.problem)).toMatch(/mobility/);
  });

  it('a scenario naming a data set the page has not loaded yet opens (the app loads it)', () => {
    const named = { ...minimal, population: { dataset: 'it' } };
    expect(parseScenario(named).ok).toBe(false);
    expect(openableDocument(named, true).ok).toBe(true);
  });
});

describe('entryOf and sortEntries', () => {
  it('a good record is a list line with its name and date', () => {
    expect(entryOf('a1', saved())).toEqual({
      id: 'a1',
      name: 'Baseline',
      modified: 1_700_000_000_000,
      damaged: null,
    });
  });

  it('a damaged record is listed with why, under its own name when it has one', () => {
    expect(plain(entryOf('x', { ...saved(), revision: -1 }))).toEqual({
      id: 'x',
      name: 'Baseline',
      modified: null,
      damaged: 'the record has no revision',
    });
    expect(entryOf('y', 42).name).toBe('Damaged record');
    const bad = entryOf('z', saved({ document: setIn(minimal, 'horizonYears', -3) }));
    expect(said(bad.damaged)).toMatch(/horizonYears/);
    expect(bad.modified).not.toBeNull();
  });

  it('lists newest first, then by name; damaged ones last', () => {
    const e = (id: string, name: string, modified: number | null): LibraryEntry => ({
      id,
      name,
      modified,
      damaged: modified === null ? { key: 'library.problem.damaged' } : null,
    });
    const sorted = sortEntries([
      e('1', 'B', 10),
      e('2', 'Z', null),
      e('3', 'A', 30),
      e('4', 'A', 10),
    ]);
    expect(sorted.map((x) => x.id)).toEqual(['3', '4', '1', '2']);
  });
});

describe('names', () => {
  it('cleanName tidies spaces, refuses an empty name and keeps it short', () => {
    expect(cleanName('  My   plan \n')).toBe('My plan');
    expect(cleanName('   ')).toBeNull();
    expect(cleanName('x'.repeat(500))).toHaveLength(MAX_NAME);
  });

  it('copyName finds the first free "(copy n)"', () => {
    expect(copyName('Plan', ['Plan'])).toBe('Plan (copy)');
    expect(copyName('Plan', ['Plan', 'Plan (copy)'])).toBe('Plan (copy 2)');
    expect(copyName('Plan (copy)', ['Plan', 'Plan (copy)', 'Plan (copy 2)'])).toBe('Plan (copy 3)');
  });

  it("scenarioName is the scenario's own name, or 'Untitled scenario'", () => {
    expect(scenarioName(minimal, englishT)).toBe('Minimal: one profession, no population');
    expect(scenarioName({ name: '  ' }, englishT)).toBe('Untitled scenario');
    expect(scenarioName(null, englishT)).toBe('Untitled scenario');
  });
});

describe('tab messages', () => {
  it('reads the three kinds and refuses anything else', () => {
    expect(readTabMessage({ kind: 'saved', id: 'a', revision: 3, writer: 't' })).toEqual({
      kind: 'saved',
      id: 'a',
      revision: 3,
      writer: 't',
    });
    expect(readTabMessage({ kind: 'changed', writer: 't' })).toEqual({
      kind: 'changed',
      writer: 't',
    });
    expect(readTabMessage({ kind: 'schema', version: 2, writer: 't' })).toEqual({
      kind: 'schema',
      version: 2,
      writer: 't',
    });
    expect(readTabMessage({ kind: 'saved', id: 'a', revision: '3', writer: 't' })).toBeNull();
    expect(readTabMessage({ kind: 'changed' })).toBeNull();
    expect(readTabMessage('hello')).toBeNull();
  });
});

describe('storage faults', () => {
  it('a quota error is "full"; anything else "failed"', () => {
    expect(faultOf(new DOMException('over', 'QuotaExceededError'))).toBe('full');
    expect(faultOf({ code: 22 })).toBe('full');
    expect(faultOf(new DOMException('x', 'AbortError'))).toBe('failed');
    expect(faultOf(undefined)).toBe('failed');
    expect(faultMessage(englishT, 'full')).toBe(englishT(MESSAGES.full));
    expect(englishT(MESSAGES.full)).toMatch(
      /storage is full.*kept in this page.*download it as a file/,
    );
  });
});
