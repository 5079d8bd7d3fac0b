/** Numbers as people type them: decimal commas, thousands, percents; nothing guessed. */
import { describe, expect, it } from 'vitest';
import {
  draftValueOfText,
  parseNumberText,
  textMatchesValue,
  textOfValue,
} from '../../app/editor/number-text.ts';

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
    ["1'200", 1200],
    ['1.200,5', 1200.5],
    ['1,200.5', 1200.5],
    ['1,200,000', 1200000],
    ['2.5%', 0.025],
    ['1e3', 1000],
    ['.5', 0.5],
    ['5.', 5],
  ])('reads %j as %d', (text, value) => {
    const r = parseNumberText(text);
    expect(r.kind).toBe('number');
    if (r.kind === 'number') expect(r.value).toBeCloseTo(value, 12);
  });

  it.each(['1e', 'abc', '1,2,3', '1.2.3', '--1', '1e999', '0x10', 'Infinity', '12a'])(
    'keeps %j as text that is not a number',
    (text) => {
      expect(parseNumberText(text)).toEqual({ kind: 'invalid', text });
    },
  );

  it('reads blank text as empty', () => {
    expect(parseNumberText('')).toEqual({ kind: 'empty' });
    expect(parseNumberText('   ')).toEqual({ kind: 'empty' });
  });
});

describe('what a field writes into the draft', () => {
  it('writes numbers, raw text and blanks as chosen', () => {
    expect(draftValueOfText('0,5')).toBe(0.5);
    expect(draftValueOfText('1e')).toBe('1e');
    expect(draftValueOfText('')).toBe('');
    expect(draftValueOfText('', 'null')).toBeNull();
    expect(draftValueOfText('', 'remove')).toBeUndefined();
  });

  it('keeps typed text while it stands for the draft value', () => {
    expect(textMatchesValue('0,', 0)).toBe(true);
    expect(textMatchesValue('0,0', 0)).toBe(true);
    expect(textMatchesValue('1e', '1e')).toBe(true);
    expect(textMatchesValue('', '')).toBe(true);
    expect(textMatchesValue('', null, 'null')).toBe(true);
    expect(textMatchesValue('', undefined, 'remove')).toBe(true);
    // Changed elsewhere: the field shows the new value.
    expect(textMatchesValue('0,5', 0.7)).toBe(false);
    expect(textMatchesValue('1e', 3)).toBe(false);
    expect(textMatchesValue('', 0)).toBe(false);
  });

  it('shows draft values as text', () => {
    expect(textOfValue(0.025)).toBe('0.025');
    expect(textOfValue('1e')).toBe('1e');
    expect(textOfValue(null)).toBe('');
    expect(textOfValue(undefined)).toBe('');
    expect(textOfValue([1, 2])).toBe('[1,2]');
  });
});
