import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { ChartFrame } from '../../app/charts/chart-frame.tsx';
import { fileNameFor } from '../../app/charts/export.ts';
import { ToggleGroup } from '../../app/charts/toggle-group.tsx';
import { buttons, renderMarkup } from '../helpers/markup.ts';

const chart = createElement('svg', { className: 'hwf-chart-svg', role: 'img', 'aria-label': 'x' });
const table = createElement('table', null, createElement('caption', null, 'the table'));

describe('chart frame', () => {
  it('labels every button, and the download buttons say what they download', () => {
    const html = renderMarkup(
      createElement(ChartFrame, { title: 'Gap and shortage probability', chart, table }),
    );
    const all = buttons(html);
    expect(all.map((b) => b.text)).toEqual(['Chart', 'Table', 'SVG', 'PNG']);
    for (const b of all) {
      expect(b.label.trim().length).toBeGreaterThan(0);
      expect(b.attributes).toContain('type="button"');
      // The accessible name holds the visible text.
      expect(b.label).toContain(b.text);
    }
    expect(all[2].label).toBe('Download Gap and shortage probability as SVG');
    expect(all[3].label).toBe('Download Gap and shortage probability as PNG');
  });

  it('is a labelled toggle group with the chart pressed at first', () => {
    const html = renderMarkup(createElement(ChartFrame, { title: 'Fan', chart, table }));
    expect(html).toMatch(/role="group" aria-label="Show Fan as"/);
    const [chartButton, tableButton] = buttons(html);
    expect(chartButton.attributes).toContain('aria-pressed="true"');
    expect(tableButton.attributes).toContain('aria-pressed="false"');
    expect(html).not.toContain('the table');
    expect(html).toMatch(/<h3 id="[^"]+" class="hwf-frame-title">Fan<\/h3>/);
  });

  it('shows the table and keeps the chart mounted but hidden in table view', () => {
    const html = renderMarkup(
      createElement(ChartFrame, { title: 'Fan', chart, table, defaultView: 'table' }),
    );
    expect(html).toContain('the table');
    expect(html).toMatch(/<div class="hwf-frame-chart" hidden="">/);
    expect(buttons(html)[1].attributes).toContain('aria-pressed="true"');
  });

  it('leaves out the downloads when there is nothing to export', () => {
    const html = renderMarkup(
      createElement(ChartFrame, { title: 'Intake', chart, table, exportable: false }),
    );
    expect(buttons(html).map((b) => b.text)).toEqual(['Chart', 'Table']);
  });

  it('shows extra controls, such as a measure switch', () => {
    const controls = createElement(ToggleGroup<'fte' | 'headcount'>, {
      label: 'Measure',
      options: [
        { value: 'fte', label: 'FTE' },
        { value: 'headcount', label: 'Headcount' },
      ],
      value: 'headcount',
      onChange: () => {},
    });
    const html = renderMarkup(createElement(ChartFrame, { title: 'Fan', chart, table, controls }));
    const [fte, headcount] = buttons(html);
    expect([fte.text, headcount.text]).toEqual(['FTE', 'Headcount']);
    expect(headcount.attributes).toContain('aria-pressed="true"');
    expect(html).toContain('aria-label="Measure"');
  });
});

describe('export file names', () => {
  it('are made from the title', () => {
    expect(fileNameFor('Nurses Supply and demand (FTE)')).toBe('nurses-supply-and-demand-fte');
    expect(fileNameFor('Médecins généralistes: l’âge')).toBe('medecins-generalistes-l-age');
    expect(fileNameFor('—')).toBe('chart');
  });
});
