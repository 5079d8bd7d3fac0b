/**
 * A link whose scenario holds a text longer than a scenario allows (model/scenario/limits.ts)
 * is refused by the decoder, before the scenario is parsed or shown, with a message that
 * names the field; a text within its limit opens.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeScenarioLink, encodeScenarioLink } from '../../app/share/link-codec.ts';
import { MAX_ANY_TEXT_CHARS, tooLongText } from '../../app/share/link-texts.ts';
import { readScenarioLink } from '../../app/share/read-link.ts';
import { createDatasetStore } from '../../app/population/dataset-store.ts';
import {
  MAX_DESCRIPTION_CHARS,
  MAX_ID_CHARS,
  MAX_NAME_CHARS,
} from '../../model/scenario/limits.ts';
import * as parse from '../../model/scenario/parse.ts';
import { setIn } from '../../app/editor/draft.ts';
import { exampleJson } from '../helpers/scenarios.ts';
import { englishT } from '../../app/i18n/translate.ts';
import { say } from '../../app/shell/words.ts';

const noData = () => createDatasetStore(() => Promise.reject(new Error('offline')));

/** Each limited text: its path in Exampleland, its limit and how the message names it. */
const FIELDS: [path: string, max: number, label: RegExp][] = [
  ['name', MAX_NAME_CHARS, /the scenario’s name \(“name”\)/],
  ['description', MAX_DESCRIPTION_CHARS, /the scenario’s description \(“description”\)/],
  ['professions[0].id', MAX_ID_CHARS, /the id of profession 1 \(“professions\[0\]\.id”\)/],
  ['professions[1].name', MAX_NAME_CHARS, /the name of profession 2 \(“professions\[1\]\.name”\)/],
  ['shocks[0].name', MAX_NAME_CHARS, /the name of crisis 1 \(“shocks\[0\]\.name”\)/],
];

describe('texts longer than a scenario allows', () => {
  it('each limited text one character too long is refused, naming it; at the limit it decodes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIELDS),
        fc.constantFrom('x', 'é', '名', ' '),
        fc.integer({ min: 1, max: 50 }),
        ([path, max, label], char, extra) => {
          const base = exampleJson('exampleland');
          const over = setIn(base, path, char.repeat(max + extra));
          const refused = decodeScenarioLink(encodeScenarioLink(over));
          expect(refused.ok).toBe(false);
          if (refused.ok) return;
          expect(say(englishT, refused.reason)).toMatch(label);
          expect(say(englishT, refused.reason)).toMatch(
            new RegExp(
              `${(max + extra).toLocaleString('en-US')} characters long, more than the ${max.toLocaleString('en-US')}`,
            ),
          );
          const within = setIn(base, path, char.repeat(max));
          expect(decodeScenarioLink(encodeScenarioLink(within)).ok).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('any other text or key longer than the longest limit is refused, wherever it is', () => {
    const long = 'y'.repeat(MAX_ANY_TEXT_CHARS + 1);
    const base = exampleJson('exampleland') as Record<string, unknown>;
    expect(tooLongText(setIn(base, 'policies[0].profession', long))).toMatchObject({
      path: 'policies[0].profession',
    });
    expect(tooLongText({ ...base, [long]: 1 })).toMatchObject({
      label: { key: 'share.text.anyKey' },
    });
    expect(tooLongText(setIn(base, 'population', { dataset: long }))).toMatchObject({
      path: 'population.dataset',
    });
    expect(tooLongText(base)).toBeNull();
    expect(tooLongText([long])).toBeNull(); // not a scenario: the parser says so
  });

  it('a link carrying a name of megabytes is refused at once, before the scenario is parsed', async () => {
    const doc = setIn(exampleJson('exampleland'), 'name', 'x'.repeat(4_900_000));
    const link = encodeScenarioLink(doc);
    expect(link.length).toBeLessThan(20_000);
    const parses = { count: 0 };
    const real = parse.parseScenario;
    // The parser is never reached: readScenarioLink refuses from the decoder's verdict.
    const spy = (await import('vitest')).vi
      .spyOn(parse, 'parseScenario')
      .mockImplementation((...args) => {
        parses.count++;
        return real(...args);
      });
    try {
      const started = performance.now();
      const read = await readScenarioLink(link, noData());
      const took = performance.now() - started;
      const result = read.ok ? read : { ok: false, message: say(englishT, read.message) };
      expect(result).toEqual({
        ok: false,
        message:
          'The link could not be opened: the scenario’s name (“name”) in it is 4,900,000 characters long, more than the 200 a scenario allows. Your scenario is unchanged.',
      });
      expect(parses.count).toBe(0);
      expect(took).toBeLessThan(2_000);
    } finally {
      spy.mockRestore();
    }
  });
});
