/**
 * Opening a link goes through parseScenario: a valid scenario opens, one with problems is
 * explained and not opened, a named population data set is loaded first. The working
 * link: only a valid draft has one, and one too long for the address bar is not made.
 * The Share button's markup: labelled, with a status region.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { createDatasetStore } from '../../app/population/dataset-store.ts';
import type { PopulationInline } from '../../model/scenario/types.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import { encodeScenarioLink } from '../../app/share/link-codec.ts';
import { readScenarioLink } from '../../app/share/read-link.ts';
import { ShareButton, TOO_BIG } from '../../app/share/share-button.tsx';
import {
  createShareStore,
  linkFor,
  linkValueOf,
  MAX_URL_CHARS,
  pageAddress,
} from '../../app/share/share-state.ts';
import { renderMarkup } from '../helpers/markup.ts';
import { exampleJson } from '../helpers/scenarios.ts';
import { englishT } from '../../app/i18n/translate.ts';
import { say } from '../../app/shell/words.ts';

type Doc = Record<string, unknown> & { professions: Record<string, unknown>[] };

const exampleland = () => exampleJson('exampleland') as Doc;
const population = exampleland().population as PopulationInline;
const APP = fileURLToPath(new URL('../../app/', import.meta.url));
const noData = () => createDatasetStore(() => Promise.reject(new Error('offline')));

describe('readScenarioLink', () => {
  it('opens a valid scenario as the document in the link', async () => {
    const doc = exampleland();
    const result = await readScenarioLink(encodeScenarioLink(doc), noData());
    expect(result).toEqual({ ok: true, document: doc });
  });

  it('lists the problems of an invalid scenario and does not open it', async () => {
    const doc = exampleland();
    doc.horizonYears = -3;
    doc.professions[0].fte = 'lots';
    const result = await readScenarioLink(encodeScenarioLink(doc), noData());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const message = say(englishT, result.message);
    expect(message).toMatch(/^The link could not be opened: the scenario in it has problems: /);
    expect(message).toMatch(/horizonYears/);
    expect(message).toMatch(/Your scenario is unchanged\.$/);
  });

  it('says when a link is not a scenario at all', async () => {
    const result = await readScenarioLink(encodeScenarioLink([1, 2, 3]), noData());
    expect(result.ok).toBe(false);
    const read = await readScenarioLink(encodeScenarioLink(exampleland()).slice(0, 40), noData());
    const cut = read.ok ? read : { ok: false, message: say(englishT, read.message) };
    expect(cut).toEqual({
      ok: false,
      message:
        'The link could not be opened: this link is damaged or incomplete (it may have been cut off when copied). Your scenario is unchanged.',
    });
  });

  it('loads the population data set the scenario names before checking it', async () => {
    const doc = exampleland();
    doc.population = { dataset: 'wpp2019-be' };
    const asked: string[] = [];
    const store = createDatasetStore((id) => {
      asked.push(id);
      return Promise.resolve(population);
    });
    expect(await readScenarioLink(encodeScenarioLink(doc), store)).toEqual({
      ok: true,
      document: doc,
    });
    expect(asked).toEqual(['wpp2019-be']);
    const offline = await readScenarioLink(encodeScenarioLink(doc), noData());
    expect(offline.ok).toBe(false);
    if (!offline.ok)
      expect(say(englishT, offline.message)).toMatch(
        /population of Belgium, which could not be loaded/,
      );
  });
});

describe('the working link', () => {
  const address = 'https://example.org/lab/?x=1';

  it('is the page address with #s= and the encoded draft', () => {
    const doc = exampleland();
    const state = linkFor(doc, parseScenario(doc).ok, address);
    expect(state).toEqual({
      kind: 'link',
      value: encodeScenarioLink(doc),
      url: `${address}#s=${encodeScenarioLink(doc)}`,
    });
  });

  it('does not exist for an invalid draft', () => {
    const doc = exampleland();
    doc.baseYear = 'soon';
    expect(linkFor(doc, parseScenario(doc).ok, address)).toEqual({ kind: 'invalid' });
    expect(linkFor(undefined, false, address)).toEqual({ kind: 'invalid' });
  });

  it('is too big past the address bar limit', () => {
    const doc = exampleland();
    // Numbers deflate cannot shrink: a population of random fractional numbers (a text
    // that long would be refused by its length limit instead).
    let seed = 1;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    const noisy = (rows: number[][]) => rows.map((row) => row.map((v) => v + random()));
    doc.population = {
      ...population,
      female: noisy(population.female),
      male: noisy(population.male),
    };
    const state = linkFor(doc, parseScenario(doc).ok, address);
    expect(state.kind).toBe('too-big');
    if (state.kind === 'too-big') expect(state.length).toBeGreaterThan(MAX_URL_CHARS);
  });

  it('reads the fragment and the address', () => {
    expect(linkValueOf('#s=1.abc')).toBe('1.abc');
    expect(linkValueOf('s=1.abc')).toBe('1.abc');
    expect(linkValueOf('#t=1')).toBeNull();
    expect(linkValueOf('')).toBeNull();
    expect(pageAddress('https://a.b/c?d#s=1.x')).toBe('https://a.b/c?d');
    expect(pageAddress('https://a.b/c')).toBe('https://a.b/c');
  });
});

describe('ShareButton', () => {
  it('is a labelled button with a status region', () => {
    const html = renderMarkup(
      createElement(ShareButton, { draft: exampleland(), valid: true, store: createShareStore() }),
    );
    expect(html).toMatch(/<button type="button"[^>]*>Copy link<\/button>/);
    expect(html).toMatch(/role="status"/);
    expect(html).not.toMatch(/too big/);
  });

  it('explains a scenario too big for a link', () => {
    const store = createShareStore();
    store.set({ kind: 'too-big', length: 40_000 });
    const html = renderMarkup(
      createElement(ShareButton, { draft: exampleland(), valid: true, store }),
    );
    expect(html).toContain(englishT(TOO_BIG));
    expect(html).toMatch(/aria-describedby="[^"]+"/);
  });

  it('has no way for a name in a link to become markup: no component sets HTML', () => {
    // Names and descriptions from links reach the page only as React text.
    const sources = readdirSync(APP, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.(tsx?|jsx?)$/.test(f),
    );
    expect(sources.length).toBeGreaterThan(20);
    const offenders = sources.filter((f) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|document\.write/.test(
        readFileSync(join(APP, f), 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
