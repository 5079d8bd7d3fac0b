/**
 * What the browser tests of the app do again and again: wait for settled results, read a
 * chart's table alternative, open editor sections, and run axe.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { pathAndAncestors, pathFromFieldId } from '../../app/editor/field-id.ts';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** The results are complete: no progress bar, no out-of-date mark, a "Based on" note, and
 *  (in workshop mode) no variant still running; in English or in the tests'
 *  pseudo-language (app/i18n/pseudo.ts). */
export async function settled(p: Page, timeout = 60_000): Promise<void> {
  await p.waitForFunction(
    () =>
      !document.querySelector('[role="progressbar"]') &&
      // "Based on 1 000 futures", in any language.
      (/Based on|Ɓášéḓ óñ/.test(document.body.innerText) ||
        [...document.querySelectorAll('.hwf-based-on')].some(
          (e) => (e.textContent ?? '').trim() !== '',
        )) &&
      !document.querySelector('[data-stale]') &&
      !/Running (Baseline|Variant)|Ŕúññíñğ (Ɓášéļíñé|Ṽáŕíáñţ)/.test(document.body.innerText),
    null,
    { timeout },
  );
}

/** The chart frame titled `title` inside `scope` (a page or a part of it). */
export function chartFrame(scope: Page | Locator, title: RegExp): Locator {
  const page = 'page' in scope && typeof scope.page === 'function' ? scope.page() : (scope as Page);
  return scope
    .locator('section.hwf-frame')
    .filter({ has: page.getByRole('heading', { name: title }) });
}

/** The table alternative of a chart, as text (switches the frame to Table and back). */
export async function chartTable(scope: Page | Locator, title: RegExp): Promise<string> {
  const f = chartFrame(scope, title);
  await f.getByRole('button', { name: 'Table', exact: true }).click();
  const text = await f.locator('table').first().innerText();
  await f.getByRole('button', { name: 'Chart', exact: true }).click();
  return text;
}

/**
 * Opens the editor sections around a field by clicking their headings, as a planner does.
 * A closed section renders its body only once opened, so the field may not be on the page
 * yet: the closed sections that hold its path (`data-paths`) are opened first, outermost
 * first, until the field shows.
 */
export async function reveal(p: Page, id: string): Promise<Locator> {
  const path = pathFromFieldId(id);
  const ancestors = path === undefined ? [] : pathAndAncestors(path);
  for (let round = 0; round < 60; round++) {
    const field = p.locator(`#${id}`);
    const present = (await field.count()) > 0;
    const closed = present
      ? p.locator('details:not([open])', { has: field })
      : p.locator('details[data-paths]:not([open])');
    let clicked = false;
    for (const section of await closed.all()) {
      const paths = ((await section.getAttribute('data-paths')) ?? '').split(' ');
      if (!present && !paths.some((q) => ancestors.includes(q))) continue;
      await section.locator(':scope > summary').click();
      clicked = true;
      break;
    }
    if (!clicked && present) return field;
    // A section just opened renders its body a moment later.
    if (!clicked) await p.waitForTimeout(50);
  }
  throw new Error(`${id} did not show after opening its sections`);
}

/** axe-core's violations on the page (or under `selector`), one line each. */
export async function axeViolations(p: Page, selector?: string): Promise<string[]> {
  await p.evaluate(axeSource);
  return p.evaluate(async (context) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Element | Document,
          ): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    const root = context ? document.querySelector(context) : document;
    if (!root) throw new Error(`nothing matches ${context}`);
    const r = await axe.run(root);
    return r.violations.map(
      (v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`,
    );
  }, selector);
}

/** The parts of Exampleland's document that the split into regions changes. */
interface ExampleDoc {
  name: string;
  regions?: { id: string; name: string }[];
  population: Record<string, unknown> & { female?: number[][]; male?: number[][] };
  professions: (Record<string, unknown> & {
    stock: unknown;
    training: Record<string, unknown>;
    immigration: Record<string, unknown>;
    mobility?: unknown;
  })[];
  policies: Record<string, unknown>[];
}

/**
 * Exampleland (the built-in example) split into two regions, Capital and Rural, for the
 * tests of the regional editor and import: 60 % of every headcount, training place,
 * student and inhabitant in Capital, the rest in Rural; graduates of Rural partly start
 * work in Capital, immigrants settle by fixed shares, nurses move both ways, and one policy
 * acts in Rural only. Valid as it is.
 */
export function twoRegionExampleland(): Record<string, unknown> {
  const doc = JSON.parse(
    readFileSync(new URL('../../app/data/examples/exampleland.json', import.meta.url), 'utf8'),
  ) as ExampleDoc;
  const part = (x: number, r: number) => (r === 0 ? Math.round(x * 0.6) : x - Math.round(x * 0.6));
  const split = <T>(f: (r: number) => T) => ({ capital: f(0), rural: f(1) });
  const rows = (t: number[][], r: number) => t.map((row) => row.map((x) => part(x, r)));
  doc.name = 'Exampleland in two regions';
  doc.regions = [
    { id: 'capital', name: 'Capital' },
    { id: 'rural', name: 'Rural' },
  ];
  const { female = [], male = [] } = doc.population;
  doc.population = {
    ages: doc.population.ages,
    years: doc.population.years,
    regions: split((r) => ({ female: rows(female, r), male: rows(male, r) })),
  };
  for (const p of doc.professions) {
    const stock = p.stock as { female: number[]; male: number[] };
    p.stock = split((r) => ({
      female: stock.female.map((x) => part(x, r)),
      male: stock.male.map((x) => part(x, r)),
    }));
    const intake = p.training.intake;
    p.training.intake = split((r) => (typeof intake === 'number' ? part(intake, r) : intake));
    const pipe = p.training.pipeline;
    if (Array.isArray(pipe)) {
      p.training.pipeline = split((r) => (pipe as number[]).map((x) => part(x, r)));
    }
    p.training.graduateDestinations = { rural: { rural: 0.8, capital: 0.2 } };
    p.immigration.regionShares = { capital: 0.7, rural: 0.3 };
    p.mobility = { rural: { capital: 0.02 }, capital: { rural: 0.01 } };
  }
  doc.policies[1].region = 'rural';
  return doc as unknown as Record<string, unknown>;
}
