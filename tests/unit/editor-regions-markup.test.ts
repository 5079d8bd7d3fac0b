/**
 * The editor and the import dialog as rendered markup (no browser) for a scenario with
 * regions: every control labelled, ids unique, the region picker, the grids with their row
 * sums and problems next to them, the population of each region, a Region for policies, and
 * nothing thrown by a regional draft in a half-edited state.
 */
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { fieldId } from '../../app/editor/field-id.ts';
import { ScenarioEditor } from '../../app/editor/scenario-editor.tsx';
import { RenderClosedSections } from '../../app/editor/section.tsx';
import { setIn } from '../../app/editor/draft.ts';
import { addRegion } from '../../app/editor/regions.ts';
import { ImportDialog } from '../../app/files/import-dialog.tsx';
import { parseScenario } from '../../model/scenario/parse.ts';
import {
  duplicateIds,
  renderMarkup,
  textOf,
  unlabelledControls as unlabelled,
} from '../helpers/markup.ts';
import { twoRegionExampleland } from '../helpers/app-page.ts';

function render(draft: unknown): string {
  const r = parseScenario(draft);
  return renderMarkup(
    createElement(
      RenderClosedSections,
      { value: true },
      createElement(ScenarioEditor, {
        draft,
        onChange: () => undefined,
        issues: { errors: r.ok ? [] : r.errors, warnings: r.warnings },
        deterministic: false,
        onDeterministicChange: () => undefined,
      }),
    ),
  );
}

/** The label text of the control with id `id`. */
function labelOf(html: string, id: string): string | undefined {
  const m = new RegExp(`<label[^>]*for="${id}"[^>]*>(.*?)</label>`).exec(html);
  return m ? textOf(m[1]).trim() : undefined;
}

describe('the editor of a scenario with regions', () => {
  const draft = twoRegionExampleland();
  const html = render(draft);

  it('labels every control and uses each id once', () => {
    expect(unlabelled(html)).toEqual([]);
    expect(duplicateIds(html)).toEqual([]);
  });

  it('lists the regions with their names, and a way to add one', () => {
    expect(labelOf(html, fieldId('regions[1].name'))).toBe('Name');
    expect(html).toMatch(new RegExp(`id="${fieldId('regions[1].name')}"[^>]*value="Rural"`));
    expect(labelOf(html, `${fieldId('regions')}-new`)).toBe('Name of a new region');
    // Two regions are the fewest: none can be removed.
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>Remove Rural…<\/button>/);
  });

  it("shows the first region's entries in each profession, by path, with a picker", () => {
    const picker = `${fieldId('professions[0]')}-region`;
    expect(labelOf(html, picker)).toBe('Region shown');
    expect(html).toMatch(new RegExp(`<select id="${picker}"[^>]*><option value="capital"`));
    expect(html).toContain('Headcount by age in Capital');
    expect(html).toContain(`id="${fieldId('professions[0].stock.capital.female[0]')}"`);
    expect(html).not.toContain(`id="${fieldId('professions[0].stock.rural.female[0]')}"`);
    expect(html).toContain(`id="${fieldId('professions[0].training.intake.capital')}"`);
    expect(html).toContain(`id="${fieldId('professions[0].training.pipeline.capital[0]')}"`);
    expect(html).toContain('Give today’s FTE need of each region');
  });

  it('labels each cell of the grids, with the sum of each row', () => {
    const cell = fieldId('professions[0].mobility.rural.capital');
    expect(labelOf(html, cell)).toBe('From Rural to Capital, probability per year');
    expect(html).toMatch(new RegExp(`id="${cell}"[^>]*value="0.02"`));
    expect(textOf(html)).toContain(
      'Leaving Rural for other regions each year, in all: 2 % (middle values)',
    );
    const dest = fieldId('professions[0].training.graduateDestinations.rural.capital');
    expect(labelOf(html, dest)).toBe('From Rural’s schools to work in Capital');
    expect(textOf(html)).toContain('All start work in Capital.');
    const share = fieldId('professions[0].immigration.regionShares.rural');
    expect(labelOf(html, share)).toBe('Share of immigrants settling in Rural');
    expect(textOf(html)).toMatch(/Share of immigrants settling in Rural .*Sum: 1 \(100 %\)/);
  });

  it('shows the population of each region', () => {
    expect(textOf(html)).toMatch(
      /Inhabitants of each region \(all ages\) Region 2025 2045 Capital [\d,]+ [\d,]+ Rural/,
    );
  });

  it('gives each policy a Region, and offers moving out as a lever', () => {
    const region = fieldId('policies[1].region');
    expect(labelOf(html, region)).toBe('Region');
    expect(html).toMatch(
      new RegExp(`<select id="${region}"[^>]*>.*?<option value="rural" selected="">Rural`),
    );
    expect(html).toContain('<option value="mobility.out">Moving out to other regions');
  });

  it('puts the problem of a row that sums to more than 1 next to the row', () => {
    let d: unknown = addRegion(draft, 'Islands').draft;
    d = setIn(d, 'professions[0].mobility.rural', { capital: 0.6, islands: 0.6 });
    const out = render(d);
    const row = fieldId('professions[0].mobility.rural');
    const issues = new RegExp(`<ul class="hwf-issues" id="${row}-issues">(.*?)</ul>`).exec(out);
    expect(textOf(issues?.[1] ?? '')).toContain(
      'the probabilities of moving out of Rural can add up to 1.2',
    );
    expect(textOf(out)).toContain(
      'Check: Leaving Rural for other regions each year, in all: 120 % (middle values), more than everyone',
    );
    expect(out).toMatch(new RegExp(`<fieldset[^>]*id="${row}" tabindex="-1"`));
  });

  it('does not throw on a regional draft in a half-edited state', () => {
    const odd: [string, unknown][] = [
      ['regions not a list', { ...draft, regions: 'north' }],
      ['a national stock', setIn(draft, 'professions[0].stock', { female: [1], male: [1] })],
      ['a missing region', setIn(draft, 'professions[0].stock.rural', undefined)],
      ['a broken mobility map', setIn(draft, 'professions[0].mobility', 'north')],
      ['a broken row', setIn(draft, 'professions[0].training.graduateDestinations.rural', 3)],
      ['no population', setIn(draft, 'population', undefined)],
      ['a national population', setIn(draft, 'population.regions', undefined)],
      ['shares', setIn(draft, 'population', { dataset: 'x', regionShares: { capital: 1 } })],
      ['a null intake map', setIn(draft, 'professions[1].training.intake', null)],
    ];
    for (const [what, d] of odd) {
      expect(() => render(d), what).not.toThrow();
    }
    const shares = render(
      setIn(draft, 'population', { dataset: 'x', regionShares: { capital: 0.5, rural: 0.4 } }),
    );
    expect(labelOf(shares, fieldId('population.regionShares.rural'))).toBe(
      'Share of the population living in Rural',
    );
    expect(textOf(shares)).toContain('Check: Sum: 0.9 — must be 1 (100 %)');
  });
});

describe('the import dialog of a scenario with regions', () => {
  const draft = twoRegionExampleland();
  const dialog = (text: string) =>
    renderMarkup(
      createElement(ImportDialog, {
        draft,
        initial: { text, fileName: 'table.csv' },
        dragging: false,
        onImport: () => undefined,
        onClose: () => undefined,
      }),
    );

  it('asks which region a table without a region column is for', () => {
    const html = dialog('age,sex,value\n20,F,7\n');
    expect(unlabelled(html)).toEqual([]);
    expect(textOf(html)).toContain('Which region is this table for?');
    expect(textOf(html)).toContain('the table has no region column: choose the region');
  });

  it('previews each region of a table with a region column', () => {
    const html = dialog('region,age,sex,value\ncapital,20,F,7\nrural,20,F,3\nrural,20,M,1\n');
    expect(unlabelled(html)).toEqual([]);
    const text = textOf(html);
    expect(text).toContain(
      'Leave out rows of regions that are not in this scenario (such as the national total)',
    );
    expect(html).toContain('aria-label="Preview of Capital"');
    expect(text).toMatch(/Rural .*Totals: 3 female, 1 male, 4 in all; the scenario has [\d,]+ and/);
    expect(text).toContain('Ready to import into the stock of Nurses for Capital and Rural');
  });
});
