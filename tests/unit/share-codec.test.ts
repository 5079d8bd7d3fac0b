/**
 * The share-link codec: scenario → link → scenario gives the same document (examples,
 * variations of them, random valid scenarios); damaged, foreign and future links are
 * refused with a reason and never throw; links of format 1 stay readable; the example's
 * link stays short.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import frozenExampleland from '../../app/share/dictionary-v1/exampleland.json';
import frozenMinimal from '../../app/share/dictionary-v1/minimal.json';
import { parseScenario } from '../../model/scenario/parse.ts';
import { writeCompactJson } from '../../app/share/compact-json.ts';
import { fromBase64Url, toBase64Url } from '../../app/share/link-bytes.ts';
import {
  decodeScenarioLink,
  encodeScenarioLink,
  LINK_REASONS,
  type LinkDecodeResult,
} from '../../app/share/link-codec.ts';
import { linkDictionaryV1 } from '../../app/share/link-dictionary.ts';
import { EXAMPLES, exampleJson, scenarioArb } from '../helpers/scenarios.ts';
import { englishT } from '../../app/i18n/translate.ts';
import { say } from '../../app/shell/words.ts';

/** The bound docs/share-links.md gives for the Exampleland link (it is 169 today). */
const EXAMPLELAND_LINK_BOUND = 200;
/** …and for Exampleland with a population table of its own (2 702 today). */
const OWN_TABLE_LINK_BOUND = 3000;

function roundTrip(document: unknown): unknown {
  const result = decodeScenarioLink(encodeScenarioLink(document));
  if (!result.ok) throw new Error(say(englishT, result.reason));
  return result.document;
}

/** Equal as JSON data: values (-0 kept), key order. (Prototypes do not travel: fast-check
 *  makes some objects without one, and JSON makes plain ones.) */
function expectSame(actual: unknown, expected: unknown) {
  expect(actual).toEqual(expected);
  expect(writeCompactJson(actual)).toBe(writeCompactJson(expected));
}

// ---- variations of the examples -----------------------------------------------------

type Doc = Record<string, unknown> & { professions: Record<string, unknown>[] };

const nameArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    'Ärzt·innen ✚',
    'Медсёстры',
    '看護師',
    '<img src=x onerror=alert(1)>',
    '~d',
    '"\\',
  ),
);

/** Numbers a planner might type: whole, decimal, tiny, negative zero. */
const numberArb = fc.oneof(
  fc.integer({ min: -1000, max: 1_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(-0, 0.1, 0.30000000000000004, 1e-7, 5e-324, 1.7976931348623157e308),
);

/** Replaces numbers at random places of the document (the shape stays). */
function withNumbers(doc: unknown, picks: number[], values: number[]): unknown {
  let n = 0;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'number') {
      n++;
      const i = picks.indexOf(n % 97);
      return i >= 0 ? values[i % values.length] : v;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(doc);
}

const variationArb: fc.Arbitrary<unknown> = fc
  .record({
    base: fc.constantFrom(...EXAMPLES),
    name: nameArb,
    description: nameArb,
    professionName: nameArb,
    seed: fc.integer({ min: 0, max: 0xffffffff }),
    runs: fc.integer({ min: 1, max: 5000 }),
    scale: fc.double({ min: 0.5, max: 2, noNaN: true }),
    copies: fc.integer({ min: 0, max: 3 }),
    picks: fc.array(fc.nat({ max: 96 }), { maxLength: 6 }),
    values: fc.array(numberArb, { minLength: 1, maxLength: 6 }),
  })
  .map((r) => {
    const doc = exampleJson(r.base) as Doc;
    doc.name = r.name;
    doc.description = r.description;
    doc.simulation = { runs: r.runs, seed: r.seed };
    const population = doc.population as { female: number[][] } | undefined;
    if (population)
      population.female = population.female.map((row) => row.map((x) => Math.round(x * r.scale)));
    for (let i = 0; i < r.copies; i++) {
      doc.professions.push({
        ...structuredClone(doc.professions[0]),
        id: `copy${i}`,
        name: r.professionName,
      });
    }
    return withNumbers(doc, r.picks, r.values);
  });

describe('scenario → link → scenario', () => {
  it.each(EXAMPLES)('gives back the example %s exactly', (name) => {
    const doc = exampleJson(name);
    expectSame(roundTrip(doc), doc);
    expect(parseScenario(roundTrip(doc)).ok).toBe(true);
  });

  it('gives back variations of the examples (numbers, unicode names, more professions)', () => {
    fc.assert(
      fc.property(variationArb, (doc) => {
        const back = roundTrip(doc);
        expectSame(back, doc);
        expect(parseScenario(back).ok).toBe(parseScenario(doc).ok);
      }),
      { numRuns: 150 },
    );
  });

  it('gives back random valid scenarios', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        expect(parseScenario(scenario).ok).toBe(true);
        expectSame(roundTrip(scenario), scenario);
      }),
      { numRuns: 150 },
    );
  });

  it('gives back any JSON value, including arrays that look like its own tags', () => {
    const tricky: unknown[] = [
      ['~d', 1, 2, 3, 4, 5, 6, 7, 8, 9],
      ['~', '~d'],
      ['~x'],
      ['~'],
      [[1, 2, 3, 4, 5, 6, 7, 8]],
      [2 ** 50, -(2 ** 50), 3, 4, 5, 6, 7, 8],
      [2 ** 52, -(2 ** 53), 1, 2, 3, 4, 5, 6, 7],
      [0, -0, 0, 0, 0, 0, 0, 0, 0],
      { __proto__: 1, constructor: [], '': '' },
      JSON.parse('{"__proto__": {"polluted": true}}'),
    ];
    for (const v of tricky) expectSame(roundTrip(v), v);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    fc.assert(
      fc.property(fc.jsonValue(), (v) => expectSame(roundTrip(v), v)),
      { numRuns: 300 },
    );
  });

  it('keeps the seed, the runs and the schema version', () => {
    const doc = exampleJson('exampleland') as Doc;
    const back = roundTrip(doc) as Doc;
    expect(back.schema).toBe('hwf-scenario/1');
    expect(back.simulation).toEqual({ runs: 2000, seed: 20250101 });
  });
});

describe('link length', () => {
  it(`keeps the Exampleland link within ${EXAMPLELAND_LINK_BOUND} characters`, () => {
    const link = encodeScenarioLink(exampleJson('exampleland'));
    expect(link.length).toBeLessThanOrEqual(EXAMPLELAND_LINK_BOUND);
    expect(encodeScenarioLink(exampleJson('minimal')).length).toBeLessThanOrEqual(40);
  });

  it(`keeps Exampleland with a population of its own within ${OWN_TABLE_LINK_BOUND}`, () => {
    const doc = exampleJson('exampleland') as {
      population: { female: number[][]; male: number[][] };
    };
    doc.population.female = doc.population.female.map((r) => r.map((x) => Math.round(x * 1.1)));
    doc.population.male = doc.population.male.map((r) => r.map((x) => Math.round(x * 0.93)));
    expect(encodeScenarioLink(doc).length).toBeLessThanOrEqual(OWN_TABLE_LINK_BOUND);
  });

  it('writes only base64url after the format', () => {
    fc.assert(
      fc.property(variationArb, (doc) => {
        expect(encodeScenarioLink(doc)).toMatch(/^1\.[A-Za-z0-9_-]+$/);
      }),
      { numRuns: 30 },
    );
  });
});

describe('format 1 stays readable', () => {
  it('pins the preset dictionary', () => {
    const hash = createHash('sha256').update(linkDictionaryV1()).digest('hex');
    expect(linkDictionaryV1().length).toBe(17617);
    expect(hash).toBe('3bb9e969694cbb4659f91c76466b570cb1b7c4849c1f0d5f5e32f967e5c83022');
  });

  it('reads links made when the format was introduced', () => {
    const minimal = decodeScenarioLink(PINNED_MINIMAL);
    expect(minimal).toStrictEqual({ ok: true, document: frozenMinimal });
    const exampleland = decodeScenarioLink(PINNED_EXAMPLELAND);
    expect(exampleland).toStrictEqual({ ok: true, document: frozenExampleland });
  });
});

const PINNED_MINIMAL = '1.CmvsARs90GT0QJPRA01G8IEmAA';
const PINNED_EXAMPLELAND =
  '1.nl_8qu3bgQwAAACAMH_rPNpBjg_jw_gwPowP48P4MD6MD-PD-DA-jA_jw_gwPowP48P4MD6MD-PD-DA-jA_jw_gwPowP48P4MD6MD-PD-DA-jA_jw_gwPowP48P4MD6MD-PD-DA-jA_jw_gwPowP48P4MD6MD-PD-PCGDwc';

// ---- refusals --------------------------------------------------------------------------

function refused(value: unknown): string {
  const result = decodeScenarioLink(value);
  expect(result.ok).toBe(false);
  return result.ok ? '' : say(englishT, result.reason);
}

describe('links that cannot be opened', () => {
  const good = encodeScenarioLink(exampleJson('minimal'));

  it('names a newer version for a future format', () => {
    expect(refused('2.' + good.slice(2))).toMatch(/newer version of HWF Scenario Lab/);
    expect(refused('17.abc')).toMatch(/link format 17/);
  });

  it('says a foreign link was not made by the app', () => {
    for (const v of [
      'abc',
      'eyJzY2hlbWEiOiJod2YifQ',
      '{"schema":"hwf-scenario/1"}',
      '.1',
      'v1.xyz',
    ]) {
      expect(refused(v)).toBe(say(englishT, LINK_REASONS.foreign));
    }
    expect(refused('0.abc')).toMatch(/never made/);
  });

  it('says an empty link holds no scenario', () => {
    expect(refused('')).toBe(say(englishT, LINK_REASONS.empty));
    expect(refused('  \n')).toBe(say(englishT, LINK_REASONS.empty));
    expect(refused(undefined)).toBe(say(englishT, LINK_REASONS.empty));
  });

  it('says a cut link is damaged or incomplete', () => {
    for (let n = 2; n < good.length; n++)
      expect(refused(good.slice(0, n))).toBe(say(englishT, LINK_REASONS.damaged));
  });

  it('reads a link broken over lines', () => {
    const broken = `${good.slice(0, 10)}\n ${good.slice(10)}`;
    expect(decodeScenarioLink(broken)).toStrictEqual({
      ok: true,
      document: exampleJson('minimal'),
    });
  });

  it('refuses a link that unpacks to more than 5 MB, quickly', () => {
    const bomb = deflateSync(new Uint8Array(50 * 1024 * 1024).fill(32), { level: 9 });
    const link = `1.${toBase64Url(new Uint8Array([0, 0, 0, 0, ...bomb]))}`;
    const start = performance.now();
    expect(refused(link)).toBe(say(englishT, LINK_REASONS.bomb));
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('refuses compressed text that is not JSON, or packed lists format 1 never writes', () => {
    const pack = (text: string) => {
      const bytes = new TextEncoder().encode(text);
      const crc = new Uint8Array(4);
      const view = new DataView(crc.buffer);
      // A correct checksum: only the content is wrong.
      view.setUint32(0, crc32Of(bytes));
      return `1.${toBase64Url(new Uint8Array([...crc, ...deflateSync(bytes)]))}`;
    };
    expect(refused(pack('function(){}'))).toBe(say(englishT, LINK_REASONS.notJson));
    expect(refused(pack('{"a":["~z",1]}'))).toBe(say(englishT, LINK_REASONS.damaged));
    expect(refused(pack('["~d",1,2]'))).toBe(say(englishT, LINK_REASONS.damaged));
    expect(decodeScenarioLink(pack('{"a":1}'))).toStrictEqual({ ok: true, document: { a: 1 } });
  });
});

function crc32Of(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

// ---- fuzzing: 10 000 links -------------------------------------------------------------

function wellFormed(result: LinkDecodeResult): void {
  if (result.ok) expect(result.document).not.toBeUndefined();
  else expect(say(englishT, result.reason).length).toBeGreaterThan(0);
}

describe('10 000 fuzzed links never throw', () => {
  const samples = [
    encodeScenarioLink(exampleJson('minimal')),
    encodeScenarioLink(exampleJson('exampleland')),
    ...fc.sample(scenarioArb, { numRuns: 6, seed: 1 }).map((s) => encodeScenarioLink(s)),
  ];
  const documents = samples.map((link) => {
    const r = decodeScenarioLink(link);
    if (!r.ok) throw new Error(say(englishT, r.reason));
    return r.document;
  });

  it('random strings (2 500)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({ maxLength: 300 }).map((s) => `1.${s}`),
          fc.stringMatching(/^[0-9]{0,3}\.?[A-Za-z0-9_=-]{0,200}$/),
        ),
        (value) => {
          expect(() => wellFormed(decodeScenarioLink(value))).not.toThrow();
        },
      ),
      { numRuns: 2500 },
    );
  });

  it('random bytes after our prefix (2 500)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        wellFormed(decodeScenarioLink(`1.${toBase64Url(bytes)}`));
      }),
      { numRuns: 2500 },
    );
  });

  it('truncations of valid links are always refused (2 500)', () => {
    fc.assert(
      fc.property(fc.nat({ max: samples.length - 1 }), fc.nat(), (i, cut) => {
        const link = samples[i];
        const result = decodeScenarioLink(link.slice(0, cut % link.length));
        expect(result.ok).toBe(false);
        wellFormed(result);
      }),
      { numRuns: 2500 },
    );
  });

  it('bit flips of valid links never open a different scenario (2 500)', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: samples.length - 1 }),
        fc.nat(),
        fc.nat({ max: 7 }),
        fc.boolean(),
        (i, at, bit, inText) => {
          const link = samples[i];
          let damaged: string;
          if (inText) {
            // A character of the link changed (as a mangling mail program might).
            const p = at % link.length;
            const c = String.fromCharCode(link.charCodeAt(p) ^ (1 << (bit % 7)));
            damaged = link.slice(0, p) + c + link.slice(p + 1);
          } else {
            const bytes = fromBase64Url(link.slice(2));
            if (!bytes) throw new Error('a valid link did not decode');
            bytes[at % bytes.length] ^= 1 << bit;
            damaged = `1.${toBase64Url(bytes)}`;
          }
          const result = decodeScenarioLink(damaged);
          wellFormed(result);
          if (result.ok) expect(result.document).toStrictEqual(documents[i]);
        },
      ),
      { numRuns: 2500 },
    );
  });
});
