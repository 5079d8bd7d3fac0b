/** Pasting spreadsheet columns into an age table. */
import { describe, expect, it } from 'vitest';
import {
  detectCommaStyle,
  isBlockPaste,
  parsePastedCell,
  planPaste,
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

function values(text: string, t = target()) {
  const plan = planPaste(text, t);
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

describe('commas', () => {
  it('reads commas as decimals unless every one groups thousands', () => {
    expect(detectCommaStyle(['0,5', '12'])).toBe('decimal');
    expect(detectCommaStyle(['1,200', '12,345', '7'])).toBe('thousands');
    expect(detectCommaStyle(['1,200', '0,5'])).toBe('decimal');
    expect(detectCommaStyle(['0,025'])).toBe('decimal');
    expect(detectCommaStyle(['1 200', '3'])).toBe('decimal');
  });

  it('reads cells', () => {
    expect(parsePastedCell('1,200', 'thousands')).toBe(1200);
    expect(parsePastedCell('1,25', 'decimal')).toBe(1.25);
    expect(parsePastedCell(' 1 200 ', 'decimal')).toBe(1200);
    expect(parsePastedCell('', 'decimal')).toBeNull();
    expect(parsePastedCell('n/a', 'decimal')).toBe('n/a');
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

  it('reads thousands separators in counts', () => {
    const plan = values('1,200\n12,345\n800');
    expect(plan.writes.map((w) => w.value)).toEqual([1200, 12345, 800]);
    expect(plan.message).toContain('thousands');
  });

  it('skips a heading line', () => {
    const plan = values('Women\tMen\n1\t2');
    expect(plan.writes).toHaveLength(2);
    expect(plan.message).toContain('heading');
  });

  it('pastes nothing when there are too many rows, and says why', () => {
    const plan = planPaste('1\n2\n3\n4', target(2, 0, 5));
    expect(plan.ok).toBe(false);
    expect(plan.message).toBe(
      'The pasted block has 4 rows, but only 3 rows from age 22 down to age 24; nothing was pasted. Select a higher cell, or paste fewer rows.',
    );
    expect('writes' in plan).toBe(false);
  });

  it('pastes nothing when there are too many columns', () => {
    const plan = planPaste('1\t2\n3\t4', target(0, 1));
    expect(plan.ok).toBe(false);
    expect(plan.message).toContain('2 columns, but only 1 column from Men on');
  });
});
