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
 *  (in workshop mode) no variant still running. */
export async function settled(p: Page, timeout = 60_000): Promise<void> {
  await p.waitForFunction(
    () =>
      !document.querySelector('[role="progressbar"]') &&
      /Based on/.test(document.body.innerText) &&
      !document.querySelector('[data-stale]') &&
      !/Running (Baseline|Variant)/.test(document.body.innerText),
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
