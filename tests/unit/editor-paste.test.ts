/** Pasting spreadsheet columns into an age table. */
import { describe, expect, it } from 'vitest';
import {
  blockMarkUse,
  isBlockPaste,
  planPaste,
  readPastedCell,
  splitPasted,
} from '../../app/editor/paste.ts';
import type { PasteTarget } from '../../app/editor/paste.ts';

const target = (startRow = 0, startCol = 0, rows = 5): PasteTarget => ({
  startRow,
  startCol,
  rows,
  columns: ['Women', 'Men'],
  rowName: (r) => `age ${20 + r}`,
});

function values(text: string, t = target(), locale = 'en-US') {
  const plan = planPaste(text, t, locale);
  if (!plan.ok) throw new Error(plan.message);
  return plan;
}

describe('splitPasted', () => {
  it('splits tabs and line breaks and drops trailing blank lines', () => {
    expect(splitPasted('1\t2\r\n3\t4\n\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(splitPasted('1\n2\n3\n')).toEqual([['1'], ['2'], ['3']]);
    expect(splitPasted('1;2\n3;4')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('tells one value from a block', () => {
    expect(isBlockPaste('12')).toBe(false);
    expect(isBlockPaste('12\n')).toBe(false);
    expect(isBlockPaste('12\n13')).toBe(true);
    expect(isBlockPaste('12\t13')).toBe(true);
  });
});

describe('marks', () => {
  it('learns how the block uses a mark from the cells that read one way only', () => {
    expect(blockMarkUse(['0,5', '12'], 'en-US')).toEqual({ ',': 'decimal' });
    expect(blockMarkUse(['1,200', '12,345', '7'], 'en-US')).toEqual({});
    expect(blockMarkUse(['1,200,000', '1,200'], 'en-US')).toEqual({ ',': 'group' });
    expect(blockMarkUse(['1.200,5', '3'], 'en-US')).toEqual({ '.': 'group', ',': 'decimal' });
    expect(blockMarkUse(['1,200,000', '0,5'], 'en-US')).toEqual({});
    expect(blockMarkUse(['1 200', '3'], 'en-US')).toEqual({});
  });

  it('reads cells in the browser’s language, or as the rest of the block', () => {
    expect(readPastedCell('1,200', {}, 'en-US')).toEqual({
      value: 1200,
      doubt: { text: '1,200', mark: ',', readAs: 'group', value: 1200, by: 'locale' },
    });
    expect(readPastedCell('1.200', {}, 'it-IT').value).toBe(1200);
    expect(readPastedCell('1,200', { ',': 'decimal' }, 'en-US')).toEqual({
      value: 1.2,
      doubt: { text: '1,200', mark: ',', readAs: 'decimal', value: 1.2, by: 'block' },
    });
    expect(readPastedCell('1,200', { ',': 'group' }, 'en-US').doubt?.by).toBe('block');
    expect(readPastedCell('1,25', {}, 'en-US')).toEqual({ value: 1.25 });
    expect(readPastedCell(' 1 200 ', {}, 'en-US')).toEqual({ value: 1200 });
    expect(readPastedCell('2,5 %', {}, 'it-IT')).toEqual({ value: 0.025 });
    expect(readPastedCell('', {}, 'en-US')).toEqual({ value: null });
    expect(readPastedCell('n/a', {}, 'en-US')).toEqual({ value: 'n/a' });
  });
});

describe('planPaste', () => {
  it('fills a column from the focused cell down', () => {
    const plan = values('10\n11,5\n12', target(1, 1));
    expect(plan.writes).toEqual([
      { row: 1, col: 1, value: 10 },
      { row: 2, col: 1, value: 11.5 },
      { row: 3, col: 1, value: 12 },
    ]);
    expect(plan.message).toContain('Pasted 3 values from Men, age 21');
  });

  it('fills women and men from a two-column block', () => {
    const plan = values('1\t2\n3\t4');
    expect(plan.writes.map((w) => [w.row, w.col, w.value])).toEqual([
      [0, 0, 1],
      [0, 1, 2],
      [1, 0, 3],
      [1, 1, 4],
    ]);
  });

  it('reads blanks as 0 and says so', () => {
    const plan = values('5\n\n7');
    expect(plan.writes.map((w) => w.value)).toEqual([5, 0, 7]);
    expect(plan.message).toContain('1 blank cell was read as 0');
  });

  it('keeps text that is not a number, so the checks can point at it', () => {
    const plan = values('5\nabout 6\n7');
    expect(plan.writes[1].value).toBe('about 6');
    expect(plan.message).toContain('1 cell is not a number');
  });

  it('reads thousands separators in counts, and says how', () => {
    const plan = values('1,200\n12,345\n800');
    expect(plan.writes.map((w) => w.value)).toEqual([1200, 12345, 800]);
    expect(plan.message).toBe(
      'Pasted 3 values from Women, age 20. 2 numbers such as “1,200” were read as 1\u00a0200: ' +
        'the comma separates thousands, as this browser’s language writes numbers.',
    );
  });

  it('reads the same column in Italian with the Italian marks', () => {
    const plan = values('1.200\n12.345\n0,5', target(), 'it-IT');
    expect(plan.writes.map((w) => w.value)).toEqual([1200, 12345, 0.5]);
    expect(plan.message).toContain(
      '2 numbers such as “1.200” were read as 1\u00a0200: the point separates thousands',
    );
  });

  it('reads a doubtful number as the other numbers of the block do, and says so', () => {
    const plan = values('1,200\n0,5\n12,25');
    expect(plan.writes.map((w) => w.value)).toEqual([1.2, 0.5, 12.25]);
    expect(plan.message).toContain(
      '“1,200” was read as 1.2: the comma is the decimal mark, as in the other pasted numbers.',
    );
  });

  it('says nothing about marks when every number reads one way only', () => {
    const plan = values('1 200\n0,5\n7');
    expect(plan.writes.map((w) => w.value)).toEqual([1200, 0.5, 7]);
    expect(plan.message).toBe('Pasted 3 values from Women, age 20.');
  });

  it('skips a heading line', () => {
    const plan = values('Women\tMen\n1\t2');
    expect(plan.writes).toHaveLength(2);
    expect(plan.message).toContain('heading');
  });

  it('pastes nothing when there are too many rows, and says why', () => {
    const plan = planPaste('1\n2\n3\n4', target(2, 0, 5), 'en-US');
    expect(plan.ok).toBe(false);
    expect(plan.message).toBe(
      'The pasted block has 4 rows, but only 3 rows from age 22 down to age 24; nothing was pasted. Select a higher cell, or paste fewer rows.',
    );
    expect('writes' in plan).toBe(false);
  });

  it('pastes nothing when there are too many columns', () => {
    const plan = planPaste('1\t2\n3\t4', target(0, 1), 'en-US');
    expect(plan.ok).toBe(false);
    expect(plan.message).toContain('2 columns, but only 1 column from Men on');
  });
});
