/**
 * Whitespace in a share link is not part of it: a link broken over lines by a mail client,
 * a space the browser wrote as `%20`, or any other whitespace, literal or percent-escaped,
 * anywhere in the link, opens the same scenario as the link without it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeScenarioLink,
  encodeScenarioLink,
  LINK_REASONS,
} from '../../app/share/link-codec.ts';
import { linkValueOf } from '../../app/share/share-state.ts';
import { exampleJson, scenarioArb } from '../helpers/scenarios.ts';

/** Whitespace as it reaches the link: literal, or percent-escaped by a browser or a mailer. */
const WHITESPACE = [
  ' ',
  '\n',
  '\r\n',
  '\t',
  '\u00a0',
  '\u2028',
  '\u3000',
  '\u200b',
  '\ufeff',
  '%20',
  '%0A',
  '%0d%0a',
  '%09',
  '%C2%A0',
  '%e2%80%8b',
  '%E3%80%80',
];

const whitespace = fc
  .array(fc.constantFrom(...WHITESPACE), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join(''));

/** `link` with whitespace put in at the given places (each taken modulo the length). */
function inserted(link: string, places: [number, string][]): string {
  const at = places
    .map(([i, s]): [number, string] => [i % (link.length + 1), s])
    .sort((a, b) => b[0] - a[0]);
  let out = link;
  for (const [i, s] of at) out = out.slice(0, i) + s + out.slice(i);
  return out;
}

const documents = fc.oneof(
  fc.constant(exampleJson('exampleland')),
  fc.constant(exampleJson('minimal')),
  scenarioArb as fc.Arbitrary<unknown>,
);

describe('whitespace in a share link', () => {
  it('any valid link with whitespace put in anywhere opens the same scenario', () => {
    fc.assert(
      fc.property(
        documents,
        fc.array(fc.tuple(fc.nat(), whitespace), { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(), whitespace), { maxLength: 4 }),
        (document, places, again) => {
          const link = encodeScenarioLink(document);
          // The second round may fall inside an escape of the first (`%2` `%0A` `0`).
          const spaced = inserted(inserted(link, places), again);
          const decoded = decodeScenarioLink(spaced);
          expect(decoded).toEqual({ ok: true, document });
          expect(decodeScenarioLink(spaced)).toEqual(decodeScenarioLink(link));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the address a browser makes of a link with spaces opens', () => {
    const link = encodeScenarioLink(exampleJson('exampleland'));
    const spaced = `${link.slice(0, 40)} ${link.slice(40, 90)}\n${link.slice(90)}`;
    // What Chromium keeps in location.hash for a pasted address with spaces in its fragment.
    const hash = new URL(`https://example.org/#s=${spaced}`).hash;
    expect(hash).toMatch(/%20/);
    const value = linkValueOf(hash);
    expect(value).not.toBeNull();
    expect(decodeScenarioLink(value)).toEqual({ ok: true, document: exampleJson('exampleland') });
  });

  it('a stray or broken escape is refused, never thrown', () => {
    const link = encodeScenarioLink(exampleJson('minimal'));
    for (const junk of ['%', '%2', '%zz', '%E2%80', '%FF', '%00']) {
      const result = decodeScenarioLink(`${link.slice(0, 5)}${junk}${link.slice(5)}`);
      expect(result.ok).toBe(false);
    }
    // An escaped space at the end is whitespace; escaped whitespace alone is an empty link.
    expect(decodeScenarioLink(`${link}%20`)).toEqual(decodeScenarioLink(link));
    expect(decodeScenarioLink(`%20%0A`)).toEqual({ ok: false, reason: LINK_REASONS.empty });
  });
});
