/**
 * The editor as rendered markup (no browser): every control has a label, ids are unique,
 * issues appear next to their fields, and the Problems list words issues for planners.
 */
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { fieldId } from '../../app/editor/field-id.ts';
import { ProblemsList } from '../../app/editor/problems-list.tsx';
import { ScenarioEditor } from '../../app/editor/scenario-editor.tsx';
import { RenderClosedSections } from '../../app/editor/section.tsx';
import { setIn } from '../../app/editor/draft.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import type { ScenarioIssue } from '../../model/scenario/parse.ts';
import { newScenarioTemplate } from '../../app/scenario/templates.ts';
import { duplicateIds, renderMarkup, unlabelledControls as unlabelled } from '../helpers/markup.ts';
import { exampleJson } from '../helpers/scenarios.ts';

/** The editor's markup, closed sections' bodies included unless `renderClosed` is false. */
function render(draft: unknown, deterministic = false, renderClosed = true): string {
  const r = parseScenario(draft);
  return renderMarkup(
    createElement(
      RenderClosedSections,
      { value: renderClosed },
      createElement(ScenarioEditor, {
        draft,
        onChange: () => undefined,
        issues: { errors: r.ok ? [] : r.errors, warnings: r.warnings },
        deterministic,
        onDeterministicChange: () => undefined,
      }),
    ),
  );
}

describe('the label check itself', () => {
  it('finds a control without a label, and accepts the ways of labelling', () => {
    expect(unlabelled('<input id="a" type="text"/>')).toHaveLength(1);
    expect(unlabelled('<select></select><label for="b">B</label><input id="b"/>')).toHaveLength(1);
    expect(unlabelled('<label for="a">A</label><input id="a"/>')).toEqual([]);
    expect(unlabelled('<input id="a" aria-label="Women aged 20"/>')).toEqual([]);
    expect(
      unlabelled('<span id="l">L</span><button></button><input aria-labelledby="l"/>'),
    ).toEqual([]);
    expect(unlabelled('<label><input type="radio"/> once per future</label>')).toEqual([]);
    expect(() => unlabelled('<p>no control at all</p>')).toThrow('no form control');
  });
});

describe('the rendered editor', () => {
  const drafts: [string, unknown][] = [
    ['exampleland', exampleJson('exampleland')],
    ['minimal', exampleJson('minimal')],
    ['a new scenario', newScenarioTemplate(2025)],
  ];

  it.each(drafts)('labels every control of %s', (_, draft) => {
    const html = render(draft);
    expect(unlabelled(html)).toEqual([]);
  });

  it.each(drafts)('uses each id once in %s', (_, draft) => {
    expect(duplicateIds(render(draft))).toEqual([]);
  });

  it('has the sections of the model in planner words', () => {
    const html = render(exampleJson('exampleland'));
    for (const title of [
      'Scenario',
      'Workforce today',
      'Training',
      'Migration',
      'Leaving the profession',
      'Demand',
      'Policies',
      'Task shifting',
      'Crises',
      'Use point values only (one run)',
      'Headcount by age',
    ]) {
      expect(html).toContain(title);
    }
    expect(html).toMatch(/In total 15\D?197 women and 2\D?496 men/);
  });

  it('renders a closed section only as its heading, naming the paths it holds', () => {
    // Exampleland has two professions, so each profession's panel starts closed.
    const html = render(exampleJson('exampleland'), false, false);
    const at = fieldId('professions[1]');
    expect(html).toMatch(
      new RegExp(
        `<details class="hwf-section hwf-profession" data-paths="professions\\[1\\]"><summary id="${at}"`,
      ),
    );
    expect(html).not.toContain(`id="${fieldId('professions[1].exits.attrition')}"`);
    expect(html).not.toContain('Leaving the profession');
    // The open Scenario section keeps its fields.
    expect(html).toContain(`id="${fieldId('name')}"`);
  });

  it('gives every field of a Dist path its id, and each a described unit and help', () => {
    const html = render(exampleJson('exampleland'));
    const id = fieldId('professions[0].exits.attrition');
    const tag = new RegExp(`<button[^>]*id="${id}"[^>]*>`).exec(html)?.[0] ?? '';
    expect(tag).toContain(`aria-describedby="${id}-unit ${id}-help"`);
    expect(html).toContain(
      `id="${id}-help">share leaving the profession each year for reasons other than retirement`,
    );
    expect(html).toContain('pert 0.015 – 0.025 – 0.045'.replace('pert', 'PERT'));
    // A fixed value is a number field with its range button.
    const gp = fieldId('professions[1].exits.emigration');
    expect(html).toMatch(new RegExp(`<input[^>]*id="${gp}"[^>]*value="0.004"`));
    expect(html).toContain('aria-label="range… for emigration"');
  });

  it('shows an error at its field and below, and keeps what was typed', () => {
    let draft = setIn(exampleJson('exampleland'), 'professions[0].exits.emigration', '1e');
    draft = setIn(draft, 'professions[0].exits.attrition.max', 1.4);
    const html = render(draft);
    const em = fieldId('professions[0].exits.emigration');
    expect(html).toMatch(new RegExp(`<input[^>]*id="${em}"[^>]*aria-invalid="true"`));
    expect(html).toMatch(new RegExp(`id="${em}"[^>]*value="1e"`));
    expect(html).toContain(`id="${em}-issues"`);
    const at = fieldId('professions[0].exits.attrition');
    const issues = new RegExp(`<ul class="hwf-issues" id="${at}-issues">(.*?)</ul>`).exec(html);
    expect(issues?.[1]).toContain('highest value: probability must be between 0 and 1 (got 1.4)');
    expect(html).toContain(
      'Leaving the profession</span><span class="hwf-section-count"> (2 problems)',
    );
  });

  it('marks a bad cell of an age table', () => {
    const draft = setIn(exampleJson('minimal'), 'professions[0].stock.female[2]', -3);
    const html = render(draft);
    const cell = fieldId('professions[0].stock.female[2]');
    expect(html).toMatch(new RegExp(`<input[^>]*id="${cell}"[^>]*aria-invalid="true"`));
    expect(html).toMatch(
      new RegExp(`<input[^>]*id="${cell}"[^>]*aria-label="Women aged 27, people"`),
    );
    const table = fieldId('professions[0].stock');
    expect(html).toContain(
      `<ul class="hwf-issues" id="${table}-issues"><li class="hwf-error">women aged 27: headcount cannot be negative (got -3)</li></ul>`,
    );
  });

  it('shows the deterministic switch as given', () => {
    expect(render(exampleJson('minimal'), true)).toMatch(
      /<input id="field-deterministic"[^>]*checked=""/,
    );
    expect(render(exampleJson('minimal'), false)).not.toMatch(
      /<input id="field-deterministic"[^>]*checked/,
    );
  });

  it('does not break on a draft that is not an object', () => {
    expect(render([1, 2])).toContain('not a JSON object');
  });
});

describe('ProblemsList', () => {
  const errors: ScenarioIssue[] = [
    {
      path: 'professions[0].exits.attrition',
      message: 'probability must be between 0 and 1 (got 1.4)',
    },
    { path: '', message: 'the scenario could not be read' },
  ];
  const html = renderMarkup(
    createElement(ProblemsList, {
      errors,
      warnings: [{ path: 'professions[0]', message: 'unknown field "x" is ignored' }],
      onFocus: () => undefined,
      draft: exampleJson('exampleland'),
    }),
  );

  it('words each problem for a planner, with its path, as a button', () => {
    expect(html).toContain('Problems (2)');
    expect(html).toContain(
      '<button type="button" class="hwf-problem"><span class="hwf-problem-where">Nurses › Leaving the profession: attrition</span>: <span class="hwf-problem-what">probability must be between 0 and 1 (got 1.4)</span><code class="hwf-problem-path">professions[0].exits.attrition</code></button>',
    );
    expect(html).toContain('The scenario as a whole');
    expect(html).toContain('Notes (1)');
  });

  it('says when there is no problem', () => {
    const none = renderMarkup(
      createElement(ProblemsList, { errors: [], warnings: [], onFocus: () => undefined }),
    );
    expect(none).toContain('No problems');
  });
});
