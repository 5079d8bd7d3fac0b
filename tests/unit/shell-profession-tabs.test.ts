/**
 * The professions' results: tabs for a few professions, a labelled list for many (30 tabs
 * took eight rows of a 1366 px screen).
 */
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { MAX_TABS, ProfessionTabs, panelLabelId, tabId } from '../../app/shell/profession-tabs.tsx';
import { renderMarkup, unlabelledControls } from '../helpers/markup.ts';

const professions = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: `Profession ${i + 1}` }));

const render = (n: number, selected = 'p0') =>
  renderMarkup(
    createElement(ProfessionTabs, {
      professions: professions(n),
      selected,
      onSelect: () => undefined,
      panelId: 'panel',
    }),
  );

describe('the professions’ results', () => {
  it('are tabs up to MAX_TABS professions, the panel labelled by the selected tab', () => {
    const html = render(MAX_TABS, 'p2');
    expect(html.match(/role="tab"/g)).toHaveLength(MAX_TABS);
    expect(html).toContain(`id="${tabId('p2')}" aria-selected="true"`);
    expect(html).not.toContain('<select');
    expect(panelLabelId(MAX_TABS, 'p2')).toBe(tabId('p2'));
  });

  it('are a labelled list beyond, every profession in it, the panel labelled by the list', () => {
    for (const n of [MAX_TABS + 1, 30]) {
      const html = render(n, 'p4');
      expect(html).not.toContain('role="tab"');
      expect(html.match(/<option /g)).toHaveLength(n);
      expect(html).toContain(`Profession 5 (5 of ${n})`);
      expect(html).toMatch(/<select id="profession-picker"[^>]*aria-controls="panel"/);
      expect(unlabelledControls(html)).toEqual([]);
      expect(html).toContain(
        '<label id="profession-picker-label" for="profession-picker">Results of</label>',
      );
      expect(html).toContain(`id="${panelLabelId(n, 'p4')}"`);
    }
  });
});
