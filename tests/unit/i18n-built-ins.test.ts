/**
 * The built-in documents and the country names in the reader's language: an example opened in
 * Italian has its name, description, professions, regions and crises in Italian and every
 * number as written; in English nothing changes, byte for byte; a planner's own names are
 * never touched; an untouched example is recognised in either language; and a country's name
 * comes from the browser's list of region names.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, exampleDocument } from '../../app/data/examples/index.ts';
import { localizeBuiltIn } from '../../app/data/examples/localize.ts';
import { POPULATION_DATASETS, editionWords } from '../../app/data/population/catalog.ts';
import { HEROES_COUNTRIES } from '../../app/data/workforce/catalog.ts';
import { lowerFirst } from '../../app/i18n/case.ts';
import { countryName } from '../../app/i18n/country-name.ts';
import { ENGLISH, englishT, makeTranslate, type Translate } from '../../app/i18n/translate.ts';
import { isUntouchedExample } from '../../app/library/working-copy.ts';
import { parseScenario } from '../../model/scenario/parse.ts';

/** A translator that marks every message, so a replaced word is plain to see. */
const marked: Translate = (key) => `«${ENGLISH[key]}»`;

type Doc = {
  name: string;
  description: string;
  professions: { id: string; name: string }[];
  regions?: { id: string; name: string }[];
  shocks?: { name: string }[];
};

/** The document with every name and description taken out: what must never change. */
function numbers(doc: unknown): string {
  return JSON.stringify(doc, (key, value: unknown) =>
    key === 'name' || key === 'description' ? undefined : value,
  );
}

describe('the built-in examples in the reader’s language', () => {
  it.each(EXAMPLES.map((e) => [e.id, e] as const))('%s: unchanged in English', (_, example) => {
    expect(JSON.stringify(exampleDocument(example, englishT))).toBe(
      JSON.stringify(example.document()),
    );
  });

  it.each(EXAMPLES.map((e) => [e.id, e] as const))(
    '%s: every built-in word translated, every number kept',
    (_, example) => {
      const doc = exampleDocument(example, marked) as Doc;
      const original = example.document() as Doc;
      expect(doc.name).toBe(`«${original.name}»`);
      expect(doc.description).toBe(`«${original.description}»`);
      for (const p of doc.professions) expect(p.name).toMatch(/^«.+»$/);
      for (const r of doc.regions ?? []) expect(r.name).toMatch(/^«.+»$/);
      for (const s of doc.shocks ?? []) expect(s.name).toMatch(/^«.+»$/);
      expect(numbers(doc)).toBe(numbers(original));
      expect(parseScenario(doc).ok).toBe(true);
    },
  );

  it('leaves a planner’s own names as they are', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (name, region) => {
        const doc = EXAMPLES[2].document() as Doc;
        doc.name = name;
        doc.professions[0].name = name;
        doc.regions![1].name = region;
        const out = localizeBuiltIn(doc, marked) as Doc;
        expect(out.name).toBe(name);
        expect(out.professions[0].name).toBe(name === 'Nurses' ? '«Nurses»' : name);
        expect(out.regions![1].name).toBe(region === 'North' ? '«North»' : region);
        expect(out.professions[1].name).toBe('«General practitioners»');
      }),
    );
  });

  it('takes anything that is not a scenario object back as it is', () => {
    for (const x of [null, 3, 'text', [1, 2], { professions: 'none', regions: [null, 4] }]) {
      expect(localizeBuiltIn(x, marked)).toEqual(x);
    }
  });

  it('recognises an untouched example in English and in the reader’s language', () => {
    const italian = makeTranslate('it', { ...ENGLISH, 'examples.profession.gp': 'Medici di base' });
    for (const example of EXAMPLES) {
      expect(isUntouchedExample(example.document(), italian)).toBe(true);
      expect(isUntouchedExample(exampleDocument(example, italian), italian)).toBe(true);
    }
    const edited = exampleDocument(EXAMPLES[0], italian) as Doc & { horizonYears: number };
    edited.horizonYears += 1;
    expect(isUntouchedExample(edited, italian)).toBe(false);
    expect((exampleDocument(EXAMPLES[0], italian) as Doc).professions[1].name).toBe(
      'Medici di base',
    );
  });
});

describe('a country’s name', () => {
  it('is the browser’s name in the reader’s language', () => {
    expect(countryName('IT', 'Italy', 'it')).toBe('Italia');
    expect(countryName('DE', 'Germany', 'pl')).toBe('Niemcy');
    expect(countryName('nl', 'Netherlands', 'fr')).toBe('Pays-Bas');
  });

  it('stays English in English, in the pseudo-language, and outside a page', () => {
    expect(countryName('IT', 'Italy', 'en')).toBe('Italy');
    expect(countryName('IT', 'Italy', 'en-XA')).toBe('Italy');
    expect(countryName('IT', 'Italy')).toBe('Italy');
    expect(HEROES_COUNTRIES.find((c) => c.iso2 === 'IT')?.name).toBe('Italy');
  });

  it('falls back to English for a code or a language the browser does not know', () => {
    expect(countryName('XX', 'Nowhere', 'it')).toBe('Nowhere');
    expect(countryName('IT', 'Italy', 'not a language!')).toBe('Italy');
  });

  it('has a name for each of the 19 countries in the languages of the app', () => {
    for (const language of ['it', 'es', 'de', 'fr', 'pl', 'pt', 'nl', 'ro']) {
      for (const c of HEROES_COUNTRIES) {
        const name = countryName(c.iso2, c.name, language);
        expect(name.length, `${c.iso2} ${language}`).toBeGreaterThan(2);
        expect(name).not.toBe(c.iso2);
      }
    }
  });
});

describe('a name inside a sentence', () => {
  it('loses its capital in English, Italian, Polish; keeps it in German', () => {
    expect(lowerFirst('Nurses', 'en')).toBe('nurses');
    expect(lowerFirst('Infermieri', 'it')).toBe('infermieri');
    expect(lowerFirst('Pielęgniarki', 'pl')).toBe('pielęgniarki');
    expect(lowerFirst('Pflegekräfte', 'de')).toBe('Pflegekräfte');
    expect(lowerFirst('Pflegekräfte', 'de-AT')).toBe('Pflegekräfte');
  });

  it('keeps an abbreviation and an empty text as they are', () => {
    expect(lowerFirst('FTE needed per FTE moved', 'en')).toBe('FTE needed per FTE moved');
    expect(lowerFirst('GPs', 'en')).toBe('GPs');
    expect(lowerFirst('', 'en')).toBe('');
  });

  it('changes nothing but the first letter, and at most that', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('en', 'it', 'de', 'pl', 'tr'), (text, language) => {
        const out = lowerFirst(text, language);
        expect(out.endsWith(text.slice(1))).toBe(true);
        if (language === 'de') expect(out).toBe(text);
      }),
    );
  });
});

describe('a data set’s edition', () => {
  it('is said in the reader’s language, and as written in English', () => {
    const info = POPULATION_DATASETS[0];
    expect(editionWords(info, englishT)).toBe(info.edition);
    const italian = JSON.parse(
      readFileSync(new URL('../../app/i18n/messages/it/population.json', import.meta.url), 'utf8'),
    ) as Record<string, string>;
    const t = makeTranslate('it', { ...ENGLISH, ...italian });
    expect(editionWords(info, t)).toBe('WPP 2019, variante media');
    expect(editionWords({ ...info, edition: 'WPP 2024, low variant' }, t)).toBe(
      'WPP 2024, low variant',
    );
  });
});
