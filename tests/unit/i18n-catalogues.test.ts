/**
 * The message catalogues (app/i18n): every shipped language has exactly the English keys,
 * each message valid ICU with the English placeholders and the plurals its language needs
 * (the checks themselves shown to catch each fault); the pseudo-language keeps every message
 * working; a message never throws; and the language picked at start.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCatalogue } from '../../app/i18n/catalogue-check.ts';
import { LANGUAGES, PSEUDO, SOURCE_LANGUAGE, pickLanguage } from '../../app/i18n/languages.ts';
import { accent, pseudoCatalogue, pseudoMessage } from '../../app/i18n/pseudo.ts';
import { ENGLISH, makeTranslate } from '../../app/i18n/translate.ts';

const DIR = new URL('../../app/i18n/messages/', import.meta.url);
const folders = readdirSync(DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const parts = (code: string) =>
  readdirSync(new URL(`${code}/`, DIR)).filter((f) => f.endsWith('.json'));
const part = (code: string, file: string) =>
  JSON.parse(readFileSync(new URL(`${code}/${file}`, DIR), 'utf8')) as Record<string, string>;
const catalogue = (code: string) =>
  Object.assign({}, ...parts(code).map((f) => part(code, f))) as Record<string, string>;

describe('the shipped catalogues', () => {
  it('are the languages listed, a folder each with the files of English, English first', () => {
    expect(LANGUAGES[0].code).toBe(SOURCE_LANGUAGE);
    expect([...folders].sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
    for (const code of folders) expect(parts(code)).toEqual(parts('en'));
  });

  it('give each key to one file, named by the file', () => {
    const seen = new Set<string>();
    for (const file of parts('en')) {
      const area = file.replace(/\.json$/, '');
      for (const key of Object.keys(part('en', file))) {
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
        expect(key.split('.')[0], key).toBe(area);
      }
    }
    expect([...seen].sort()).toEqual(Object.keys(ENGLISH).sort());
  });

  it.each(LANGUAGES.map((l) => l.code))('%s passes every check against English', (code) => {
    expect(checkCatalogue(ENGLISH, catalogue(code), code)).toEqual([]);
  });

  it('hold their keys in order, so a new key is easy to find', () => {
    for (const code of folders) {
      for (const file of parts(code)) {
        const keys = Object.keys(part(code, file));
        expect(keys, `${code}/${file}`).toEqual([...keys].sort());
      }
    }
  });
});

describe('the checks catch', () => {
  const en = { a: 'Files', b: '{n, plural, one {# file} other {# files}}', c: 'Hello {name}' };
  const ok = {
    a: 'Pliki',
    b: '{n, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}}',
    c: 'Cześć {name}',
  };

  it('nothing in a good catalogue', () => {
    expect(checkCatalogue(en, ok, 'pl')).toEqual([]);
  });
  it('a missing and an extra key', () => {
    const rest: Record<string, string> = { ...ok };
    delete rest.a;
    expect(checkCatalogue(en, { ...rest, d: 'x' }, 'pl')).toEqual([
      'a: missing',
      'd: not in the English catalogue',
    ]);
  });
  it('a broken message', () => {
    expect(checkCatalogue(en, { ...ok, c: 'Cześć {name' }, 'pl')[0]).toMatch(/^c: not valid ICU/);
  });
  it('a placeholder renamed or gone', () => {
    expect(checkCatalogue(en, { ...ok, c: 'Cześć {imie}' }, 'pl')).toEqual([
      'c: placeholders {imie} instead of {name}',
    ]);
    expect(checkCatalogue(en, { ...ok, c: 'Cześć' }, 'pl')).toEqual([
      'c: placeholders (none) instead of {name}',
    ]);
  });
  it('a plural without the categories its language needs', () => {
    expect(
      checkCatalogue(en, { ...ok, b: '{n, plural, one {# plik} other {# pliki}}' }, 'pl'),
    ).toEqual(['b: the plural of {n} lacks few, many (pl)']);
  });
  it('an empty message', () => {
    expect(checkCatalogue(en, { ...ok, a: ' ' }, 'pl')).toEqual(['a: empty']);
  });
});

describe('the pseudo-language', () => {
  it('accents letters and leaves the rest', () => {
    expect(accent('Files 2040!')).toBe('Ƒíļéš 2040!');
  });

  it('keeps every message working, 40 % longer, its placeholders intact', () => {
    const pseudo = pseudoCatalogue(ENGLISH);
    expect(checkCatalogue(ENGLISH, pseudo, 'en')).toEqual([]);
    const t = makeTranslate(PSEUDO.code, pseudo);
    // 40 % longer than the English (a plural or a choice: longer than its longest branch,
    // as its padding counts every branch).
    for (const key of Object.keys(ENGLISH)) {
      if (/,\s*(plural|select|selectordinal)\s*,/.test(ENGLISH[key])) continue;
      expect(pseudo[key].length, key).toBeGreaterThanOrEqual(Math.floor(ENGLISH[key].length * 1.4));
    }
    expect(t('app.undo.opened', { what: 'XYZ' })).toContain('XYZ');
  });

  it('keeps plurals choosing by number', () => {
    const t = makeTranslate(PSEUDO.code, {
      x: pseudoMessage('{n, plural, one {# round} other {# rounds}}'),
    });
    const say = t as unknown as (k: string, v: Record<string, number>) => string;
    expect(say('x', { n: 1 })).toMatch(/^⟦1 ŕóúñḓ~+⟧$/);
    expect(say('x', { n: 3 })).toMatch(/^⟦3 ŕóúñḓš~+⟧$/);
  });
});

describe('a message', () => {
  it('fills its placeholders and never throws, even broken or unknown', () => {
    const t = makeTranslate('en');
    expect(t('app.simulationFailed', { error: 'out of memory' })).toBe(
      'The simulation failed: out of memory. Change the scenario to try again.',
    );
    const broken = makeTranslate('xx', { 'app.dismiss': 'Dismiss {' });
    expect(() => broken('app.dismiss')).not.toThrow();
    const say = t as unknown as (k: string) => string;
    expect(() => say('no.such.key')).not.toThrow();
  });

  it('falls back to English for a key a catalogue lacks', () => {
    const t = makeTranslate('it', { 'app.dismiss': 'Chiudi' });
    expect(t('app.dismiss')).toBe('Chiudi');
    expect(t('app.results')).toBe('Results');
  });
});

describe('the language at start', () => {
  const offered = ['en', 'it', 'pl', 'pt'];
  it('is the reader’s choice when offered', () => {
    expect(pickLanguage('pl', ['it-IT'], offered)).toBe('pl');
    expect(pickLanguage('xx', ['it-IT'], offered)).toBe('it');
  });
  it('else the first browser language offered, by its base language too', () => {
    expect(pickLanguage(null, ['fr-FR', 'pt-BR', 'it'], offered)).toBe('pt');
    expect(pickLanguage(null, ['IT-it'], offered)).toBe('it');
  });
  it('else English', () => {
    expect(pickLanguage(null, ['fr-FR', 'de'], offered)).toBe('en');
    expect(pickLanguage(null, [], offered)).toBe('en');
  });
});
