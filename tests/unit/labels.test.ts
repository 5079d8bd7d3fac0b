/**
 * Planner words for paths: every input the engine samples (the tornado's inputs), cells of
 * age tables, range parameters and list items read as words, never as JSON paths.
 */
import { describe, expect, it } from 'vitest';
import { allPaths, getAtPath } from '../../model/scenario/json-path.ts';
import {
  FIELD_HELP,
  genericPath,
  helpFor,
  labelFor,
  PARAMETER_HELP,
} from '../../app/scenario/labels.ts';
import { PARAMETER_KEYS, PARAMETERS } from '../../model/catalog.ts';
import { parsePath } from '../../model/scenario/json-path.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import { compile } from '../../model/projection/compile.ts';
import { EXAMPLES, exampleJson } from '../helpers/scenarios.ts';

/** Every path of a sampled input of a compiled example (its DistSlots). */
function distSlotPaths(name: (typeof EXAMPLES)[number]): string[] {
  const parsed = parseScenario(exampleJson(name));
  if (!parsed.ok) throw new Error('example does not parse');
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === 'object' && v !== null && !ArrayBuffer.isView(v)) {
      const rec = v as Record<string, unknown>;
      if (typeof rec.path === 'string' && 'flat' in rec) out.add(rec.path);
      Object.values(rec).forEach(walk);
    }
  };
  walk(compile(parsed.scenario, undefined));
  return [...out];
}

/** A JSON path or code word leaking into planner text. */
function looksRaw(s: string): boolean {
  return /[[\]{}]|[a-z]\.[a-z]|[a-z][A-Z]|per1000|undefined|NaN/.test(s);
}

describe('labelFor', () => {
  it.each(EXAMPLES)('words every sampled input of the %s example', (name) => {
    const draft = exampleJson(name);
    const paths = distSlotPaths(name);
    expect(paths.length).toBeGreaterThan(8);
    for (const p of paths) {
      const label = labelFor(p, draft);
      expect(looksRaw(label), `${p} → ${label}`).toBe(false);
      expect(label.length).toBeGreaterThan(8);
      expect(helpFor(p)?.dist, p).toBe(true);
    }
  });

  it('gives the examples of the design', () => {
    const d = exampleJson('exampleland');
    expect(labelFor('professions[0].exits.attrition', d)).toBe(
      'Nurses › Leaving the profession: attrition',
    );
    expect(labelFor('policies[0].value', d)).toBe('Policy 1 (Nurses, training places): change');
    expect(labelFor('policies[1].value', d)).toBe('Policy 2 (Nurses, attrition): change');
    expect(labelFor('substitution[0].share', d)).toBe(
      'Task shifting General practitioners → Nurses: share moved',
    );
    expect(labelFor('shocks[0].extraExit', d)).toBe('Crisis 1 (pandemic): extra leavers');
    expect(labelFor('professions[1].demand.ratio.targetPer1000', d)).toBe(
      'General practitioners › Demand: target per 1 000 people',
    );
    expect(labelFor('professions[0].fte', d)).toBe('Nurses › Workforce today: FTE per head');
  });

  it('words cells, range parameters and the document', () => {
    const d = exampleJson('exampleland');
    expect(labelFor('professions[0].stock.female[3]', d)).toBe(
      'Nurses › Workforce today: women aged 23',
    );
    expect(labelFor('professions[0].demand.utilisation.male[80]', d)).toBe(
      'Nurses › Demand: use of services by age, men aged 80',
    );
    expect(labelFor('professions[0].training.pipeline[2]', d)).toBe(
      'Nurses › Training: students in study year 3',
    );
    expect(labelFor('professions[0].exits.attrition.max', d)).toBe(
      'Nurses › Leaving the profession: attrition, highest value',
    );
    expect(labelFor('professions[0].exits.retirement.meanAge.max', d)).toBe(
      'Nurses › Leaving the profession: average retirement age, upper bound',
    );
    expect(labelFor('population.female[5][45]', d)).toBe('Population: women aged 45, 2030');
    expect(labelFor('simulation.runs', d)).toBe('Scenario: futures (runs)');
    expect(labelFor('')).toBe('The scenario as a whole');
  });

  it('falls back to numbers and codes without a draft', () => {
    expect(labelFor('professions[2].exits.attrition')).toBe(
      'Profession 3 › Leaving the profession: attrition',
    );
    expect(labelFor('professions[0].stock.male[0]')).toBe(
      'Profession 1 › Workforce today: men in age row 1',
    );
    expect(
      labelFor('policies[0].value', { policies: [{ profession: 'gp', parameter: 'fte' }] }),
    ).toBe('Policy 1 (gp, FTE per head): change');
  });

  it('words every path of the examples without code', () => {
    for (const name of EXAMPLES) {
      const d = exampleJson(name);
      for (const p of allPaths(d)) {
        if (p.startsWith('population')) continue;
        const label = labelFor(p, d);
        expect(looksRaw(label), `${p} → ${label}`).toBe(false);
      }
    }
  });
});

/** The editor's section of each part of a profession. */
const SECTION_OF: Readonly<Record<string, string>> = {
  fteTrend: 'Workforce today',
  fte: 'Workforce today',
  training: 'Training',
  immigration: 'Migration',
  exits: 'Leaving the profession',
  demand: 'Demand',
  costs: 'Costs',
};

/** A label's words as they continue a sentence ("FTE per head" keeps its capitals). */
const asWords = (label: string): string =>
  /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);

/** The words of each value of a range, as the distribution editor labels it. */
const RANGE_WORDS: Readonly<Record<string, string>> = {
  min: 'lowest value',
  mode: 'most likely value',
  max: 'highest value',
  mean: 'mean',
  sd: 'standard deviation',
  median: 'median',
  gsd: 'geometric standard deviation',
};

/** Does the label end with the JSON key its path ends with, read as it is (a fallback)? */
function endsWithRawKey(path: string, label: string): boolean {
  const steps = parsePath(path) ?? [];
  const last = steps[steps.length - 1];
  if (typeof last !== 'string') return false;
  const chosen = FIELD_HELP[genericPath(path)];
  if (chosen && asWords(chosen.label) === last) return false;
  if (RANGE_WORDS[last] === last) return false; // "mean", "median": the form's words too
  return new RegExp(`[:,›] ${last}$`).test(label);
}

describe('labelFor over the catalog', () => {
  it.each(EXAMPLES)(
    'words every parameter of every profession of %s, and each value of its range',
    (name) => {
      const d = exampleJson(name);
      const professions = getAtPath(d, 'professions') as { name: string }[];
      professions.forEach((p, i) => {
        for (const key of PARAMETER_KEYS) {
          const path = `professions[${i}].${PARAMETERS[key].path}`;
          const section = SECTION_OF[PARAMETERS[key].path.split('.')[0]];
          const words = `${p.name} › ${section}: ${asWords(PARAMETER_HELP[key].label)}`;
          expect(labelFor(path, d)).toBe(words);
          expect(labelFor(path)).toBe(words.replace(p.name, `Profession ${i + 1}`));
          if (PARAMETERS[key].q === null) continue;
          const normal = getAtPath(d, `${path}.dist`) === 'normal';
          for (const [param, word] of Object.entries(RANGE_WORDS)) {
            const bound = normal && (param === 'min' || param === 'max');
            const shown = bound ? (param === 'min' ? 'lower bound' : 'upper bound') : word;
            expect(labelFor(`${path}.${param}`, d)).toBe(`${words}, ${shown}`);
          }
        }
      });
    },
  );

  it('words every part that holds fields, never by its JSON key alone', () => {
    const d = exampleJson('exampleland');
    expect(labelFor('professions[0].exits', d)).toBe('Nurses › Leaving the profession');
    expect(labelFor('professions[1].training', d)).toBe('General practitioners › Training');
    expect(labelFor('professions[0].immigration', d)).toBe('Nurses › Migration');
    expect(labelFor('professions[0].demand', d)).toBe('Nurses › Demand');
    expect(labelFor('professions[0].stock.female', d)).toBe(
      'Nurses › Workforce today: headcount by age, women',
    );
    expect(labelFor('professions[0].demand.utilisation.male', d)).toBe(
      'Nurses › Demand: use of services by age, men',
    );
    expect(labelFor('professions[0].exits.retirement', d)).toBe(
      'Nurses › Leaving the profession: retirement curve',
    );
    expect(labelFor('simulation', d)).toBe('Scenario: futures');
    expect(labelFor('ages', d)).toBe('Scenario: workforce ages');
    expect(labelFor('schema', d)).toBe('Scenario: format version');
    expect(labelFor('population.female', d)).toBe('Population: women');
    expect(labelFor('population.dataset', d)).toBe('Population: data set');
    for (const name of EXAMPLES) {
      const ex = exampleJson(name);
      for (const p of allPaths(ex)) {
        if (p.startsWith('population')) continue;
        const label = labelFor(p, ex);
        expect(endsWithRawKey(p, label), `${p} → ${label}`).toBe(false);
      }
    }
  });
});

describe('FIELD_HELP', () => {
  it('has a label and an explanation for every field, and a unit for every number', () => {
    for (const [key, help] of Object.entries(FIELD_HELP)) {
      expect(help.label, key).toMatch(/^[A-Z]/);
      expect(help.help.length, key).toBeGreaterThan(10);
      if (help.dist) expect(help.unit, key).not.toBe('');
    }
  });

  it('covers every value of the examples (outside the population)', () => {
    for (const name of EXAMPLES) {
      const d = exampleJson(name);
      for (const p of allPaths(d)) {
        const v = getAtPath(d, p);
        if (p.startsWith('population') || p === 'schema' || typeof v === 'object') continue;
        expect(helpFor(p), p).toBeDefined();
      }
    }
  });

  it('explains attrition as the design does', () => {
    expect(helpFor('professions[4].exits.attrition')).toEqual({
      label: 'Attrition',
      unit: 'share per year',
      help: 'share leaving the profession each year for reasons other than retirement',
      dist: true,
    });
    expect(genericPath('policies[12].value')).toBe('policies[].value');
  });
});

describe('an unknown key of a field', () => {
  it('is quoted as the planner wrote it (an unknown demand trend)', () => {
    const draft = {
      professions: [{ id: 'nurse', name: 'Nurses', demand: { trends: { dist: 'pert' } } }],
    };
    expect(labelFor('professions[0].demand.trends.dist', draft)).toBe(
      'Nurses › Demand: trends, "dist"',
    );
    expect(labelFor('professions[0].demand.trends.epidemiology', draft)).not.toContain('"');
  });
});
