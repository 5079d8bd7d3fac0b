/**
 * Costs in the editor: the currency a scenario starts with, adding and removing costs, the
 * discount rate typed as a percent, the Costs section and the programme cost of a policy as
 * markup (labels with the currency, unique ids, every control labelled), and the Problems
 * list's words for cost paths.
 */
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import {
  addCosts,
  currencyOf,
  defaultCurrency,
  hasCosts,
  percentToShare,
  removeCosts,
  shareToPercent,
} from '../../app/editor/costs.ts';
import { costUnit } from '../../app/editor/costs-section.tsx';
import { setIn } from '../../app/editor/draft.ts';
import { fieldId } from '../../app/editor/field-id.ts';
import { ScenarioEditor } from '../../app/editor/scenario-editor.tsx';
import { RenderClosedSections } from '../../app/editor/section.tsx';
import { labelFor } from '../../app/scenario/labels.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import {
  duplicateIds,
  renderMarkup,
  textOf,
  unlabelledControls as unlabelled,
} from '../helpers/markup.ts';
import { exampleJson } from '../helpers/scenarios.ts';

const withCosts = (): Record<string, unknown> =>
  JSON.parse(
    readFileSync(
      new URL('../../app/data/examples/exampleland-costs.json', import.meta.url),
      'utf8',
    ),
  ) as Record<string, unknown>;

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

describe('the currency a scenario starts with', () => {
  it('is the currency of the country whose population the scenario uses', () => {
    expect(defaultCurrency({ population: { dataset: 'wpp2019-pl' } }, 'en-US')).toBe('PLN');
    expect(defaultCurrency({ population: { dataset: 'wpp2019-se' } }, 'de-DE')).toBe('SEK');
    expect(defaultCurrency({ population: { dataset: 'wpp2019-it' } }, 'sv-SE')).toBe('EUR');
  });

  it('else the browser’s, when its country is one of the 19, else the euro', () => {
    expect(defaultCurrency({}, 'cs-CZ')).toBe('CZK');
    expect(defaultCurrency({}, 'nb-NO')).toBe('NOK');
    expect(defaultCurrency({}, 'hu')).toBe('HUF');
    expect(defaultCurrency({}, 'de-DE')).toBe('EUR');
    expect(defaultCurrency({}, 'en-US')).toBe('EUR');
    expect(defaultCurrency({}, 'not a locale')).toBe('EUR');
  });
});

describe('adding and removing costs', () => {
  it('adds the settings once, with no discounting', () => {
    const draft = exampleJson('exampleland');
    expect(hasCosts(draft)).toBe(false);
    const next = addCosts(draft, 'ro-RO');
    expect(getCosts(next)).toEqual({ currency: 'RON', discountRate: 0 });
    expect(addCosts(next, 'pl-PL')).toBe(next);
    expect(parseScenario(next).ok).toBe(true);
  });

  it('removes every cost figure, and leaves the rest as it was', () => {
    const draft = withCosts();
    const next = removeCosts(draft) as Record<string, unknown>;
    expect(hasCosts(next)).toBe(false);
    expect(JSON.stringify(next)).not.toMatch(/"costs"|"costPerYear"/);
    expect(next.professions).toHaveLength(2);
    expect(draft.costs).toBeDefined();
  });

  it('keeps a percent and a share apart without float noise', () => {
    expect(shareToPercent(0.07)).toBe(7);
    expect(shareToPercent(0.035)).toBe(3.5);
    expect(percentToShare(3.5)).toBe(0.035);
    expect(percentToShare(7)).toBe(0.07);
    expect(percentToShare('3 x')).toBe('3 x');
    expect(shareToPercent(undefined)).toBe(undefined);
  });

  it('writes the currency into the units of money, not of rates', () => {
    expect(costUnit('trainingCost', 'EUR')).toBe('EUR per student and study year');
    expect(costUnit('salaryPerFte', 'PLN')).toBe('PLN per FTE and year');
    expect(costUnit('salaryGrowth', 'PLN')).toBe('share per year');
    expect(currencyOf(withCosts())).toBe('EUR');
    expect(currencyOf(setIn(withCosts(), 'costs.currency', 'eu'))).toBe('money');
  });
});

function getCosts(d: unknown): unknown {
  return (d as { costs?: unknown }).costs;
}

describe('the Costs section', () => {
  it('offers to add costs to a scenario without them', () => {
    const text = textOf(render(exampleJson('exampleland')));
    expect(text).toContain('This scenario has no costs.');
    expect(text).toContain('Add costs');
    expect(text).not.toContain('Programme cost per year');
  });

  it('labels every cost input with the currency, each control labelled, each id once', () => {
    const html = render(withCosts());
    const text = textOf(html);
    expect(text).toContain('EUR per student and study year');
    expect(text).toContain('EUR per FTE and year');
    expect(text).toContain('EUR per immigrant');
    expect(text).toContain('Programme cost per year');
    expect(text).toContain('EUR per year');
    expect(text).toContain('% a year');
    expect(unlabelled(html)).toEqual([]);
    expect(duplicateIds(html)).toEqual([]);
    for (const path of [
      'costs.currency',
      'costs.discountRate',
      'professions[0].costs.salaryPerFte',
      'professions[1].costs.recruitmentPerImmigrant',
      'policies[1].costPerYear',
    ]) {
      expect(html, path).toContain(`id="${fieldId(path)}"`);
    }
    // The discount rate shows as a percent: 0.03 is 3.
    expect(html).toMatch(new RegExp(`id="${fieldId('costs.discountRate')}"[^>]*value="3"`));
  });

  it('shows a code field for a currency not in the list, and the error at it', () => {
    const draft = setIn(withCosts(), 'costs.currency', 'chf');
    const html = render(draft);
    expect(html).toMatch(
      new RegExp(`<input[^>]*id="${fieldId('costs.currency')}"[^>]*value="chf"`),
    );
    expect(textOf(html)).toMatch(/three-letter currency code/);
    expect(unlabelled(html)).toEqual([]);
    expect(duplicateIds(html)).toEqual([]);
  });

  it('shows a negative salary as a problem named in words', () => {
    const draft = setIn(withCosts(), 'professions[0].costs.salaryPerFte', -5);
    const r = parseScenario(draft);
    expect(r.ok).toBe(false);
    const issue = r.ok ? undefined : r.errors.find((e) => e.path.includes('salaryPerFte'));
    expect(issue?.path).toBe('professions[0].costs.salaryPerFte');
    expect(labelFor(issue!.path, draft)).toBe('Nurses › Costs: salary cost');
    expect(textOf(render(draft))).toMatch(/Costs \(EUR\) \(1 problem\)/);
  });

  it('words the cost paths for the Problems list', () => {
    const d = withCosts();
    expect(labelFor('costs.currency', d)).toBe('Costs: currency');
    expect(labelFor('costs.discountRate', d)).toBe('Costs: discount rate');
    expect(labelFor('professions[1].costs.trainingPerStudentYear.min', d)).toBe(
      'General practitioners › Costs: training cost, lowest value',
    );
    expect(labelFor('policies[1].costPerYear', d)).toBe(
      'Policy 2 (Nurses, attrition): programme cost per year',
    );
  });
});
