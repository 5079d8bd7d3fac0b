/**
 * The editor's "does not apply" choices: "No training pipeline", "No immigration" and "No
 * retirement curve" as labelled tick boxes that show whether the part is left out, hide its
 * fields while it is, and (through the draft functions they call) take the part out of the
 * draft or put it back; the FTE trend, attrition and emigration are left out by a blank field.
 */
import { createElement } from 'react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScenarioEditor } from '../../app/editor/scenario-editor.tsx';
import { RenderClosedSections } from '../../app/editor/section.tsx';
import {
  isLeftOut,
  LEFT_OUT_CHOICES,
  leftOutTemplate,
  setLeftOut,
  type LeftOutChoice,
} from '../../app/editor/left-out.ts';
import { getAtPath } from '../../model/scenario/json-path.ts';
import { setIn } from '../../app/editor/draft.ts';
import { formatIssue, parseScenario } from '../../model/scenario/parse.ts';
import {
  attr,
  duplicateIds,
  labelledId,
  openingTags,
  renderMarkup,
  textOf,
  unlabelledControls,
} from '../helpers/markup.ts';
import { exampleJson } from '../helpers/scenarios.ts';
import { defaultLeverChoices, makeLever } from '../../app/workshop/levers.ts';

const CHOICES = Object.keys(LEFT_OUT_CHOICES) as LeftOutChoice[];
const AGES = { min: 20, max: 74 };
const AT = 'professions[0]';

/** The fields each choice hides while its part is left out. */
const HIDDEN: Readonly<Record<LeftOutChoice, string>> = {
  training: 'field-professions-0-training-intake',
  immigration: 'field-professions-0-immigration-perYear',
  retirement: 'field-professions-0-exits-retirement-meanAge',
};

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

/** The tick box labelled `label`'s opening tag. */
function box(html: string, label: string): string {
  const id = labelledId(html, label);
  expect(id, label).toBeDefined();
  const tag = openingTags(html, 'input').find((t) => attr(t, 'id') === id);
  expect(tag).toBeDefined();
  expect(attr(tag!, 'type')).toBe('checkbox');
  return tag!;
}

const ticked = (tag: string) => /\schecked=""/.test(tag);

function errorsOf(draft: unknown): string[] {
  const r = parseScenario(draft);
  return r.ok ? [] : r.errors.map(formatIssue);
}

describe('the tick boxes in the rendered editor', () => {
  it('are unticked, and the fields shown, when the parts are given', () => {
    const html = render(exampleJson('minimal'));
    for (const choice of CHOICES) {
      expect(ticked(box(html, LEFT_OUT_CHOICES[choice].label))).toBe(false);
      expect(html).toContain(`id="${HIDDEN[choice]}"`);
      expect(textOf(html)).not.toContain(LEFT_OUT_CHOICES[choice].note);
    }
  });

  it.each(CHOICES)('is ticked for %s left out; its fields give way to a note', (choice) => {
    const draft = setLeftOut(exampleJson('minimal'), AT, choice, true, AGES);
    const html = render(draft);
    expect(ticked(box(html, LEFT_OUT_CHOICES[choice].label))).toBe(true);
    expect(html).not.toContain(`id="${HIDDEN[choice]}"`);
    expect(textOf(html)).toContain(LEFT_OUT_CHOICES[choice].note);
    for (const other of CHOICES.filter((c) => c !== choice)) {
      expect(ticked(box(html, LEFT_OUT_CHOICES[other].label))).toBe(false);
    }
    expect(unlabelledControls(html)).toEqual([]);
    expect(duplicateIds(html)).toEqual([]);
  });

  it('offers a blank FTE trend, attrition and emigration as "no change" and "none"', () => {
    const draft = structuredClone(exampleJson('minimal')) as {
      professions: { fteTrend?: unknown; exits: Record<string, unknown> }[];
    };
    delete draft.professions[0].fteTrend;
    delete draft.professions[0].exits.attrition;
    delete draft.professions[0].exits.emigration;
    expect(errorsOf(draft)).toEqual([]);
    const html = render(draft);
    const input = (id: string) => openingTags(html, 'input').find((t) => attr(t, 'id') === id);
    for (const [id, placeholder] of [
      ['field-professions-0-fteTrend', 'no change'],
      ['field-professions-0-exits-attrition', 'none'],
      ['field-professions-0-exits-emigration', 'none'],
    ]) {
      expect(input(id), id).toBeDefined();
      expect(attr(input(id)!, 'placeholder')).toBe(placeholder);
      expect(attr(input(id)!, 'value')).toBe('');
    }
    expect(unlabelledControls(html)).toEqual([]);
  });

  it('labels every control and uses each id once with everything left out', () => {
    let draft = exampleJson('exampleland');
    for (const at of ['professions[0]', 'professions[1]'])
      for (const choice of CHOICES) draft = setLeftOut(draft, at, choice, true, AGES);
    const html = render(draft);
    expect(unlabelledControls(html)).toEqual([]);
    expect(duplicateIds(html)).toEqual([]);
  });
});

describe('ticking and unticking (the draft functions)', () => {
  it.each(CHOICES)('ticking "no %s" removes the part; unticking writes an example', (choice) => {
    const path = `${AT}.${LEFT_OUT_CHOICES[choice].part}`;
    const before = exampleJson('minimal');
    const out = setLeftOut(before, AT, choice, true, AGES);
    expect(getAtPath(out, path)).toBeUndefined();
    expect(isLeftOut(out, AT, choice)).toBe(true);
    expect(getAtPath(before, path)).toBeDefined(); // the old draft is untouched
    expect(errorsOf(out)).toEqual([]);
    const back = setLeftOut(out, AT, choice, false, AGES);
    expect(getAtPath(back, path)).toEqual(leftOutTemplate(choice, AGES));
    expect(isLeftOut(back, AT, choice)).toBe(false);
    expect(errorsOf(back)).toEqual([]);
  });

  it('unticking puts back what was there before, when known', () => {
    const before = exampleJson('exampleland');
    for (const choice of CHOICES) {
      const path = `${AT}.${LEFT_OUT_CHOICES[choice].part}`;
      const previous = getAtPath(before, path);
      const out = setLeftOut(before, AT, choice, true, AGES);
      expect(setLeftOut(out, AT, choice, false, AGES, previous)).toEqual(before);
    }
  });

  it('leaves a draft alone when the part is already as asked', () => {
    const draft = exampleJson('minimal');
    for (const choice of CHOICES) expect(setLeftOut(draft, AT, choice, false, AGES)).toBe(draft);
    const out = setLeftOut(draft, AT, 'training', true, AGES);
    expect(setLeftOut(out, AT, 'training', true, AGES)).toBe(out);
  });

  it('keeps any workforce ages valid: every mix of ticks parses', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 10, max: 60 }),
        fc.array(fc.tuple(fc.constantFrom(...CHOICES), fc.boolean()), { maxLength: 8 }),
        (min, span, ticks) => {
          const ages = { min, max: Math.min(120, min + span) };
          const draft = structuredClone(exampleJson('minimal')) as Record<string, unknown>;
          const n = ages.max - ages.min + 1;
          draft.ages = ages;
          const p = (draft.professions as Record<string, unknown>[])[0];
          p.stock = { female: new Array<number>(n).fill(5), male: new Array<number>(n).fill(1) };
          delete p.training;
          delete p.immigration;
          let out: unknown = draft;
          for (const [choice, leftOut] of ticks) out = setLeftOut(out, AT, choice, leftOut, ages);
          expect(errorsOf(out)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the workshop', () => {
  it('offers no lever for a part the profession leaves out', () => {
    let draft = exampleJson('minimal');
    expect(defaultLeverChoices(draft, 'midwife').map((c) => c.kind)).toEqual([
      'intake',
      'retirementMeanAge',
      'attrition',
      'immigration',
      'fte',
    ]);
    for (const choice of CHOICES) draft = setLeftOut(draft, AT, choice, true, AGES);
    draft = setIn(draft, `${AT}.exits.attrition`, undefined);
    expect(defaultLeverChoices(draft, 'midwife').map((c) => c.kind)).toEqual(['fte']);
    expect(makeLever({ professionId: 'midwife', kind: 'completion' }, draft)).toBeNull();
  });
});
