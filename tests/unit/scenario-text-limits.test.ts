/** Text limits and ids, the kept mass of a bounded normal, byte order marks and nesting. */
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatIssue, parseScenario, parseScenarioJson } from '../../model/scenario/parse.ts';
import {
  MAX_DESCRIPTION_CHARS,
  MAX_ID_CHARS,
  MAX_NAME_CHARS,
  MAX_NESTING,
} from '../../model/scenario/limits.ts';
import { MIN_NORMAL_MASS } from '../../model/scenario/validate-dist.ts';
import { normalInterval } from '../../model/numeric/math.ts';
import { encodeScenarioLink } from '../../app/share/link-codec.ts';
import { readScenarioLink } from '../../app/share/read-link.ts';
import { crc32, toBase64Url } from '../../app/share/link-bytes.ts';
import { linkDictionaryV1 } from '../../app/share/link-dictionary.ts';
import type { DatasetStore } from '../../app/population/dataset-store.ts';
import { exampleJson } from '../helpers/scenarios.ts';
import { englishT } from '../../app/i18n/translate.ts';
import { say } from '../../app/shell/words.ts';

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- the tests edit raw JSON documents */
type Doc = any;

const exampleland = () => structuredClone(exampleJson('exampleland')) as Doc;
const messages = (doc: unknown): string => {
  const r = parseScenario(doc);
  return r.ok ? '' : r.errors.map(formatIssue).join('\n');
};

describe('text limits and ids', () => {
  it('refuses an id with other characters than letters, digits, - and _, at its path', () => {
    const d = exampleland();
    d.professions[0].id = '=HYPERLINK("http://x","y")';
    expect(messages(d)).toContain(
      'professions[0].id: an id may hold only letters, digits, - and _ (got "=HYPERLINK(',
    );
  });

  it('refuses ids by property: any id outside the pattern or too long', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), (id) => {
        fc.pre(id.trim() !== '');
        const d = exampleland();
        d.professions[0].id = id;
        d.substitution[0].to = id;
        d.policies.forEach((p: Doc) => (p.profession = id));
        const ok = /^[A-Za-z0-9_-]+$/.test(id) && id.length <= MAX_ID_CHARS;
        expect(parseScenario(d).ok).toBe(ok);
        if (!ok) expect(messages(d)).toMatch(/professions\[0\]\.id: an id may/);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses a reference to a profession that is no id, at the reference', () => {
    const d = exampleland();
    d.policies[0].profession = 'nurse;drop';
    expect(messages(d)).toContain('policies[0].profession: an id may hold only letters');
    d.shocks[0].professions = ['x'.repeat(MAX_ID_CHARS + 1)];
    expect(messages(d)).toContain(`shocks[0].professions[0]: an id may be at most ${MAX_ID_CHARS}`);
  });

  it('refuses names and descriptions longer than the limits, and accepts them at the limit', () => {
    const d = exampleland();
    d.name = 'n'.repeat(MAX_NAME_CHARS);
    d.description = 'd'.repeat(MAX_DESCRIPTION_CHARS);
    d.professions[0].name = 'p'.repeat(MAX_NAME_CHARS);
    d.shocks[0].name = 's'.repeat(MAX_NAME_CHARS);
    expect(messages(d)).toBe('');
    d.name += 'n';
    d.description += 'd';
    d.professions[0].name += 'p';
    d.shocks[0].name += 's';
    const m = messages(d);
    expect(m).toContain(`name: must be at most ${MAX_NAME_CHARS} characters long (got 201)`);
    expect(m).toContain('description: must be at most 10 000 characters long (got 10 001)');
    expect(m).toContain('professions[0].name: must be at most 200 characters');
    expect(m).toContain('shocks[0].name: must be at most 200 characters');
  });
});

describe('the kept mass of a bounded normal', () => {
  it(`refuses bounds that keep less than ${MIN_NORMAL_MASS * 100} % and accepts more`, () => {
    // 1 − Φ(z): z = 2.5758 keeps 0.5 %, z = 2.3 keeps 1.07 %.
    for (const [z, ok] of [
      [2.5758, false],
      [3.09, false],
      [2.3, true],
    ] as const) {
      const d = exampleland();
      d.professions[0].exits.attrition = {
        dist: 'normal',
        mean: 0.02,
        sd: 0.01,
        min: 0.02 + z * 0.01,
        max: 1,
        resample: 'yearly',
      };
      const mass = normalInterval(z, (1 - 0.02) / 0.01);
      expect(mass >= MIN_NORMAL_MASS, `z ${z}`).toBe(ok);
      expect(parseScenario(d).ok, `z ${z}`).toBe(ok);
      if (!ok) expect(messages(d)).toMatch(/professions\[0\]\.exits\.attrition: the bounds/);
    }
  });
});

describe('byte order marks', () => {
  const text = JSON.stringify(exampleJson('minimal'));
  it('accepts one byte order mark and refuses two with a message', () => {
    expect(parseScenarioJson(`\uFEFF${text}`).ok).toBe(true);
    const two = parseScenarioJson(`\uFEFF\uFEFF${text}`);
    expect(two.ok).toBe(false);
    if (!two.ok) expect(two.errors[0].message).toMatch(/two byte order marks/);
  });
});

describe('nesting: a file and a link get the same answer', () => {
  const store = {
    load: () => Promise.resolve(),
    getSnapshot: () => ({ datasets: {} }),
  } as unknown as DatasetStore;

  function deepDoc(depth: number): Doc {
    let deep: unknown = 1;
    for (let i = 0; i < depth; i++) deep = { x: deep };
    const d = structuredClone(exampleJson('minimal')) as Doc;
    d.professions[0].note = deep;
    return d;
  }
  /** A link written by hand (the app's own writer refuses deep values). */
  function handLink(json: string): string {
    const t = new TextEncoder().encode(json);
    const packed = deflateSync(t, { level: 9, dictionary: linkDictionaryV1() });
    const bytes = new Uint8Array(4 + packed.length);
    new DataView(bytes.buffer).setUint32(0, crc32(t));
    bytes.set(packed, 4);
    return `1.${toBase64Url(bytes)}`;
  }

  it('accepts an unknown field within the nesting limit, from a file and from a link', async () => {
    const d = deepDoc(MAX_NESTING - 4);
    expect(parseScenarioJson(JSON.stringify(d)).ok).toBe(true);
    expect((await readScenarioLink(encodeScenarioLink(d), store)).ok).toBe(true);
  });

  /** The text of `deepDoc(depth)`, written by hand (JSON.stringify recurses). */
  function deepJson(depth: number): string {
    const d = structuredClone(exampleJson('minimal')) as Doc;
    d.professions[0].note = '@';
    return JSON.stringify(d).replace('"@"', '{"x":'.repeat(depth) + '1' + '}'.repeat(depth));
  }

  for (const depth of [MAX_NESTING, 250, 5000, 20_000]) {
    it(`refuses an unknown field nested ${depth} deep, from a file and from a link`, async () => {
      const json = deepJson(depth);
      if (depth < 5000) expect(json).toBe(JSON.stringify(deepDoc(depth)));
      const file = parseScenarioJson(json);
      expect(file.ok).toBe(false);
      if (!file.ok) {
        expect(formatIssue(file.errors[0])).toMatch(
          /^professions\[0\]\.note(\.x)*: the scenario is nested too deeply/,
        );
      }
      const link = await readScenarioLink(handLink(json), store);
      expect(link.ok).toBe(false);
      // Said as the file says it, whatever the depth (not "not JSON data").
      if (!link.ok) {
        expect(say(englishT, link.message)).toMatch(/nested too deeply: more than 32 levels/);
      }
    });
  }
});
