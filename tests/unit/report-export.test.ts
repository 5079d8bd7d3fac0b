/**
 * The words around an exported chart that need no browser: its title names the profession
 * once, and long lines wrap between words at the chart's width.
 */
import { describe, expect, it } from 'vitest';
import { exportTitle, wrapText } from '../../app/charts/export.ts';
import { englishT } from '../../app/i18n/translate.ts';

describe('an exported chart’s words', () => {
  it('title the chart with the profession it is about, once', () => {
    expect(exportTitle('Supply and demand (FTE)', 'Nurses', englishT)).toBe(
      'Nurses: Supply and demand (FTE)',
    );
    expect(exportTitle('Age pyramid of Nurses', 'Nurses', englishT)).toBe('Age pyramid of Nurses');
    expect(exportTitle('Gap and shortage probability', null, englishT)).toBe(
      'Gap and shortage probability',
    );
  });

  it('wrap long lines between words, losing none', () => {
    const credit =
      'Population: United Nations, DESA, Population Division, World Population Prospects 2019 (CC BY 3.0 IGO)';
    const lines = wrapText(credit, 40);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(lines.join(' ')).toBe(credit);
    expect(wrapText('short', 40)).toEqual(['short']);
    expect(wrapText('', 40)).toEqual([]);
    // A word longer than a line keeps a line of its own.
    expect(wrapText('a verylongwordthatdoesnotfit b', 8)).toEqual([
      'a',
      'verylongwordthatdoesnotfit',
      'b',
    ]);
  });
});
