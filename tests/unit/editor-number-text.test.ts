/**
 * Numbers as planners type them, in their browser's locale: "30,162" is thirty thousand in
 * English and "30.162" in Italian; decimal commas, thousands, percents; an entry that could
 * mean two numbers far apart is asked about, never guessed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  draftValueOfText,
  parseNumberText,
  spellNumber,
  textMatchesValue,
  textOfValue,
} from '../../app/editor/number-text.ts';

const LOCALES = ['en', 'it', 'de', 'fr', 'es', 'pl'] as const;
const en = { locale: 'en-US' };
const it_ = { locale: 'it-IT' };

function valueOf(text: string, options: { locale: string; current?: unknown }): number {
  const r = parseNumberText(text, options);
  if (r.kind !== 'number') throw new Error(`${text} reads as ${r.kind}`);
  return r.value;
}

describe('parseNumberText', () => {
  it.each([
    ['0.025', 0.025],
    ['0,025', 0.025],
    ['0,0', 0],
    [' 12 ', 12],
    ['-0,5', -0.5],
    ['−0.5', -0.5],
    ['1 200', 1200],
    ['1\u00a0200,5', 1200.5],
    ['1\u202f200', 1200],
    ["1'200", 1200],
    ['1’200.5', 1200.5],
    ['1.200,5', 1200.5],
    ['1,200.5', 1200.5],
    ['1,200,000', 1200000],
    ['1.200.000', 1200000],
    ['2.5%', 0.025],
    ['7%', 0.07],
    ['1e3', 1000],
    ['1e-3', 0.001],
    ['1,5e3', 1500],
    ['1.234e3', 1234],
    ['.5', 0.5],
    ['5.', 5],
    ['+3', 3],
  ])('reads %j as %d in English', (text, value) => {
    expect(valueOf(text, en)).toBe(value);
  });

  it.each(['1e', 'abc', '1,2,3', '1.2.3', '1,20,000', '--1', '1e999', '0x10', 'Infinity', '12a'])(
    'keeps %j as text that is not a number',
    (text) => {
      for (const locale of ['en-US', 'it-IT']) {
        expect(parseNumberText(text, { locale })).toEqual({ kind: 'invalid', text });
      }
    },
  );

  it('reads blank text as empty', () => {
    expect(parseNumberText('', en)).toEqual({ kind: 'empty' });
    expect(parseNumberText('   ', it_)).toEqual({ kind: 'empty' });
  });

  it('reads thousands the way the browser’s language writes them', () => {
    expect(valueOf('30,162', en)).toBe(30162);
    expect(valueOf('30.162', it_)).toBe(30162);
    expect(valueOf('30.162', { locale: 'de-DE' })).toBe(30162);
    expect(valueOf('30.162', { locale: 'es-ES' })).toBe(30162);
    expect(valueOf('30 162', { locale: 'pl-PL' })).toBe(30162);
    expect(valueOf('30 162', { locale: 'fr-FR' })).toBe(30162);
    // A mark the language does not group with is a decimal mark.
    expect(valueOf('30.162', en)).toBe(30.162);
    expect(valueOf('30,162', it_)).toBe(30.162);
    expect(valueOf('30.162', { locale: 'fr-FR' })).toBe(30.162);
  });

  it('reads the other convention where only it fits', () => {
    expect(valueOf('1.200,5', en)).toBe(1200.5);
    expect(valueOf('1,200.5', it_)).toBe(1200.5);
    expect(valueOf('1,200,000', it_)).toBe(1200000);
    expect(valueOf('0.025', it_)).toBe(0.025);
    expect(valueOf('2.25', it_)).toBe(2.25);
    expect(valueOf('1,5', en)).toBe(1.5);
    expect(valueOf('1234,567', en)).toBe(1234.567);
  });

  it('reads shares as percents in both conventions', () => {
    expect(valueOf('2,5 %', it_)).toBe(0.025);
    expect(valueOf('2.5 %', en)).toBe(0.025);
    expect(valueOf('2,5 %', en)).toBe(0.025);
    expect(valueOf('2.5 %', it_)).toBe(0.025);
    expect(valueOf('2,5\u00a0%', { locale: 'fr-FR' })).toBe(0.025);
    expect(valueOf('−0,5 %', { locale: 'de-DE' })).toBe(-0.005);
  });

  it('says how an entry that fits both readings was read', () => {
    expect(parseNumberText('30,162', en)).toEqual({
      kind: 'number',
      value: 30162,
      marks: { group: ',' },
      doubt: { mark: ',', readAs: 'group', other: 30.162 },
    });
    expect(parseNumberText('0,025', en)).toEqual({
      kind: 'number',
      value: 0.025,
      marks: { decimal: ',' },
    });
  });

  it('reads back every number its locale writes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        (locale, n, digits, asPercent) => {
          // A number with at most three decimals: what Intl writes by default, exactly.
          const x = Number(`${n}e-${digits}`);
          const style = asPercent ? 'percent' : 'decimal';
          const text = new Intl.NumberFormat(locale, {
            style,
            maximumFractionDigits: 3,
          }).format(x);
          expect(valueOf(text, { locale })).toBe(x);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads back what a field shows, whatever the value', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (locale, x) => {
          const v = Object.is(x, -0) ? 0 : x;
          expect(valueOf(textOfValue(v, locale), { locale, current: v })).toBe(v);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('an entry that could mean two numbers far apart', () => {
  it('asks when only the other reading is near the value before it', () => {
    // English: 30.162 is a decimal, but 30 162 was there: ask.
    expect(parseNumberText('30.162', { ...en, current: 32280 })).toEqual({
      kind: 'ambiguous',
      text: '30.162',
      readings: [30.162, 30162],
    });
    // Italian: 30,162 is a decimal, but 30 162 was there: ask.
    expect(parseNumberText('30,162', { ...it_, current: 32280 })).toEqual({
      kind: 'ambiguous',
      text: '30,162',
      readings: [30.162, 30162],
    });
    // English: 1,125 is 1 125, but 1 FTE per head was there: ask.
    expect(parseNumberText('1,125', { ...en, current: 1 })).toEqual({
      kind: 'ambiguous',
      text: '1,125',
      readings: [1125, 1.125],
    });
    // Italian: 1.125 is 1 125, but 1 was there: ask.
    expect(parseNumberText('1.125', { ...it_, current: 1 })).toMatchObject({
      kind: 'ambiguous',
      readings: [1125, 1.125],
    });
  });

  it('does not ask when the locale’s reading is near, nothing was there, or only one fits', () => {
    expect(valueOf('30,162', { ...en, current: 32280 })).toBe(30162);
    expect(valueOf('30.162', { ...it_, current: 32280 })).toBe(30162);
    expect(valueOf('1.125', { ...en, current: 1 })).toBe(1.125);
    expect(valueOf('30.162', { ...en, current: '' })).toBe(30.162);
    expect(valueOf('30.162', { ...en, current: 0 })).toBe(30.162);
    expect(valueOf('30.162', en)).toBe(30.162);
    expect(valueOf('0,025', { ...en, current: 25 })).toBe(0.025);
    expect(valueOf('30.1625', { ...en, current: 30162 })).toBe(30.1625);
    expect(valueOf('30 162', { ...en, current: 30 })).toBe(30162);
  });

  it('follows the rule for every one-mark entry, in every locale', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom('.', ','),
        fc.double({ min: 0.01, max: 1e7, noNaN: true }),
        (locale, int, frac, mark, current) => {
          const text = `${int}${mark}${String(frac).padStart(3, '0')}`;
          const thousands = int * 1000 + frac;
          const decimal = Number(`${int}.${String(frac).padStart(3, '0')}`);
          const groups = new Intl.NumberFormat(locale)
            .formatToParts(12345)
            .find((p) => p.type === 'group')?.value;
          const [own, alt] = groups === mark ? [thousands, decimal] : [decimal, thousands];
          const near = (x: number) => x / current >= 0.5 && x / current <= 2;
          const far = (x: number) => x / current > 10 || x / current < 0.1;
          const r = parseNumberText(text, { locale, current });
          if (near(alt) && far(own)) {
            expect(r).toEqual({ kind: 'ambiguous', text, readings: [own, alt] });
          } else {
            expect(r).toMatchObject({ kind: 'number', value: own });
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('never writes an asked entry into the draft: the value before it stays', () => {
    expect(draftValueOfText('30.162', 'text', { ...en, current: 32280 })).toBe(32280);
    expect(textMatchesValue('30.162', 32280, 'text', { ...en, current: 32280 })).toBe(true);
    expect(textMatchesValue('30.162', 30.162, 'text', { ...en, current: 32280 })).toBe(false);
  });
});

describe('what a field writes into the draft', () => {
  it('writes numbers, raw text and blanks as chosen', () => {
    expect(draftValueOfText('0,5', 'text', en)).toBe(0.5);
    expect(draftValueOfText('1e', 'text', en)).toBe('1e');
    expect(draftValueOfText('', 'text', en)).toBe('');
    expect(draftValueOfText('', 'null', en)).toBeNull();
    expect(draftValueOfText('', 'remove', en)).toBeUndefined();
  });

  it('keeps typed text while it stands for the draft value', () => {
    expect(textMatchesValue('0,', 0, 'text', en)).toBe(true);
    expect(textMatchesValue('0,0', 0, 'text', en)).toBe(true);
    expect(textMatchesValue('1e', '1e', 'text', en)).toBe(true);
    expect(textMatchesValue('', '', 'text', en)).toBe(true);
    expect(textMatchesValue('', null, 'null', en)).toBe(true);
    expect(textMatchesValue('', undefined, 'remove', en)).toBe(true);
    // Changed elsewhere: the field shows the new value.
    expect(textMatchesValue('0,5', 0.7, 'text', en)).toBe(false);
    expect(textMatchesValue('1e', 3, 'text', en)).toBe(false);
    expect(textMatchesValue('', 0, 'text', en)).toBe(false);
  });

  it('shows draft values as text, with the locale’s decimal mark', () => {
    expect(textOfValue(0.025)).toBe('0.025');
    expect(textOfValue(0.025, 'en-US')).toBe('0.025');
    expect(textOfValue(0.025, 'it-IT')).toBe('0,025');
    expect(textOfValue(32280, 'it-IT')).toBe('32280');
    expect(textOfValue(1e-7, 'de-DE')).toBe('1e-7');
    expect(textOfValue('1e')).toBe('1e');
    expect(textOfValue(null)).toBe('');
    expect(textOfValue(undefined)).toBe('');
    expect(textOfValue([1, 2])).toBe('[1,2]');
  });

  it('spells numbers so they cannot be misread', () => {
    expect(spellNumber(30162, 'en-US')).toBe('30\u00a0162');
    expect(spellNumber(30.162, 'en-US')).toBe('30.162');
    expect(spellNumber(30162, 'it-IT')).toBe('30\u00a0162');
    expect(spellNumber(30.162, 'it-IT')).toBe('30,162');
    expect(spellNumber(1200, 'it-IT')).toBe('1\u00a0200');
    expect(spellNumber(-1234567.5, 'de-DE')).toBe('-1\u00a0234\u00a0567,5');
    expect(spellNumber(0.025, 'fr-FR')).toBe('0,025');
  });
});
