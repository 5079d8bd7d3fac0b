/**
 * The least-cost plan in the built app, in real Chromium: "Exampleland with costs" (from
 * the Examples menu, or from a link while the menu does not list it), with fewer futures
 * than a planner would run; the Plan view's question, a search with its progress, the plan
 * in words, the frontier (chart and table), the road map; a second search cancelled midway
 * keeps the plan; "Apply this plan" sets the policies and the app's undo restores them;
 * the search run from the keyboard alone; axe; the report's action plan; and screenshots
 * at a laptop's and a large screen's size (and printed) for a person to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { encodeScenarioLink } from '../../app/share/link-codec.ts';
import { axeViolations, chartFrame, reveal, settled } from '../helpers/app-page.ts';
import { freshContextPerTest } from '../helpers/fresh-context.ts';
import { REPO_ROOT } from '../helpers/vite-server.ts';

const SHOTS = join(REPO_ROOT, 'tests/e2e/screenshots');
const EXAMPLE = 'Exampleland with costs';
/** Futures per candidate: enough for a plan, few enough for a busy test machine. */
const RUNS = 200;

const browser = freshContextPerTest();
let page: Page;
let errors: string[];

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

beforeEach(async () => {
  ({ page, errors } = await browser.open(inject('appOrigin')));
  await page.setViewportSize({ width: 1366, height: 768 });
  await settled(page);
});

const shot = (name: string) => page.screenshot({ path: join(SHOTS, name), fullPage: true });

/** Opens the example with costs and sets its futures to RUNS. */
async function openCostsExample(): Promise<void> {
  await page.getByText('Examples and new').click();
  const entry = page.getByRole('button', { name: new RegExp(`Open example: ${EXAMPLE}`) });
  if ((await entry.count()) > 0) {
    await entry.click();
    const runs = await reveal(page, 'field-simulation-runs');
    await runs.fill(String(RUNS));
    await runs.blur();
  } else {
    await page.keyboard.press('Escape');
    const doc = JSON.parse(
      readFileSync(
        new URL('../../app/data/examples/exampleland-costs.json', import.meta.url),
        'utf8',
      ),
    ) as Record<string, unknown>;
    const small = { ...doc, simulation: { ...(doc.simulation as object), runs: RUNS } };
    await page.goto(`${inject('appOrigin')}/#s=${encodeScenarioLink(small)}`);
  }
  await expect.poll(() => page.locator('h1').innerText()).toMatch(/Exampleland with costs/);
  await expect
    .poll(async () => (await settled(page), page.locator('.hwf-based-on').innerText()))
    .toMatch(/200 futures/);
}

const planView = () => page.locator('.hwf-plan-view');
const runButton = () => page.getByRole('button', { name: 'Find the cheapest plan' });
const status = () => page.locator('.hwf-plan-status');
const resultHeading = () =>
  page.getByRole('heading', { name: /^(The cheapest plan found|No plan meets the target)$/ });

async function openPlanView(): Promise<void> {
  await page.getByRole('button', { name: 'Least-cost plan', exact: true }).click();
  await expect.poll(() => page.getByRole('heading', { name: 'Least-cost plan' }).count()).toBe(1);
}

/** Records every text the search's status line shows, from now on. */
async function recordStatus(): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { planStatus: string[] };
    w.planStatus = [];
    const el = document.querySelector('.hwf-plan-status')!;
    new MutationObserver(() => w.planStatus.push(el.textContent ?? '')).observe(el, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
}

const statusTexts = () =>
  page.evaluate(() => (window as unknown as { planStatus: string[] }).planStatus);

/** Elements under `selector` that stick out of the page or scroll inside their box. */
function outside(p: Page, selector: string): Promise<string[]> {
  return p.evaluate((sel) => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const e of document.querySelectorAll(`${sel}, ${sel} *`)) {
      const box = e.getBoundingClientRect();
      const name = `${e.tagName.toLowerCase()} ${(e.textContent ?? '').slice(0, 40)}`;
      if (box.width > 0 && box.right > width + 0.5) out.push(`${name} ends at ${box.right}`);
      if (e.scrollWidth > e.clientWidth + 0.5 && getComputedStyle(e).overflowX !== 'visible') {
        out.push(`${name}: ${e.scrollWidth} wide in ${e.clientWidth}`);
      }
    }
    return out;
  }, selector);
}

/** Runs the search and waits for its plan. */
async function findPlan(): Promise<void> {
  await recordStatus();
  await runButton().click();
  await expect.poll(() => resultHeading().count(), { timeout: 60_000 }).toBe(1);
  await expect.poll(() => status().innerText()).toBe('');
}

describe.sequential('the least-cost plan in Chromium', () => {
  it('finds the plan with its frontier and road map, applies it and undoes it', async () => {
    await openCostsExample();
    await openPlanView();
    // The question of the example: the nurses' target and three levers, in words.
    await expect.poll(() => page.getByLabel('Nurses', { exact: true }).isChecked()).toBe(true);
    expect(await page.locator('#field-plan-target-fromYear').inputValue()).toBe('2032');
    expect(await page.locator('#field-plan-target-maxShortageProbability').inputValue()).toBe('20');
    const legends = await planView().locator('.hwf-plan-lever > legend').allInnerTexts();
    expect(legends).toEqual([
      'Lever 1: Nurses: training places, +% from 2027 to 2029',
      'Lever 2: Nurses: attrition, +% from 2026 to 2030',
      'Lever 3: Nurses: recruitment from abroad, + people a year from 2027 to 2028',
    ]);
    expect(await page.locator('#field-plan-levers-0-max').inputValue()).toBe('50');
    expect(await page.locator('#field-plan-levers-1-min').inputValue()).toBe('-40');

    await findPlan();
    expect((await statusTexts()).some((t) => /candidate \d+ of about \d+/.test(t))).toBe(true);
    const result = await page.locator('.hwf-plan-result').innerText();
    expect(result).toMatch(/The cheapest plan found meets the target/);
    expect(result).toMatch(/Nurses: attrition/);
    expect(result).toMatch(/EUR [\d.]+ billion on average \(90\s?%: [\d.]+–[\d.]+ billion\)/);
    const shortage = await page.locator('.hwf-plan-shortage tbody tr').innerText();
    expect(shortage).toMatch(/Nurses\s+\d+% \(in 20\d\d\)\s+\d+% \(in 20\d\d\)/);

    // The frontier: a mark per candidate, the plan chosen, and the same in the table.
    const frontier = chartFrame(page, /Cost and chance of a shortage of every candidate/);
    expect(await frontier.locator('svg.hwf-chart-svg circle').count()).toBeGreaterThan(20);
    expect(await frontier.locator('.hwf-plan-chosen').count()).toBe(1);
    await frontier.getByRole('button', { name: 'Table', exact: true }).click();
    const rows = frontier.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(20);
    expect(await frontier.locator('tbody').innerText()).toMatch(/\(plan chosen\)/);
    await frontier.getByRole('button', { name: /Chance of a shortage, worst year/ }).click();
    const risks = await rows.evaluateAll((trs) =>
      trs.map((tr) => parseFloat((tr.children[4].textContent ?? '').replace(/[<> ]/g, ''))),
    );
    expect(risks).toEqual([...risks].sort((a, b) => a - b));
    await frontier.getByRole('button', { name: 'Chart', exact: true }).click();

    // The road map: actions in order, the timeline and every year with its cost.
    const road = page.locator('.hwf-plan-roadmap');
    expect(await road.locator('.hwf-plan-actions li').first().innerText()).toMatch(/^From 2026:/);
    expect(await road.locator('.hwf-plan-years tbody tr').count()).toBe(20);
    expect(await road.locator('.hwf-plan-years').innerText()).toMatch(/2045/);

    expect(await axeViolations(page)).toEqual([]);
    await shot('plan-1366x768.png');
    await page.locator('.hwf-plan-question').screenshot({ path: join(SHOTS, 'plan-question.png') });
    await frontier.screenshot({ path: join(SHOTS, 'plan-frontier.png') });
    await road.screenshot({ path: join(SHOTS, 'plan-road-map.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await shot('plan-1920x1080.png');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(SHOTS, 'plan-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1366, height: 768 });

    // The report carries the action plan.
    await page.getByRole('button', { name: 'Report', exact: true }).click();
    const report = page.getByRole('dialog');
    await expect.poll(() => report.getByRole('heading', { name: 'Action plan' }).count()).toBe(1);
    expect(await report.locator('.hwf-report-plan').innerText()).toMatch(/Road map[\s\S]*2045/);
    await report.getByRole('heading', { name: 'Action plan' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'plan-report-1366x768.png') });
    // Printed on A4, nothing of the action plan sticks out of the page.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 688, height: 1123 });
    await page.waitForTimeout(300);
    expect(await outside(page, '.hwf-report-plan')).toEqual([]);
    await report.locator('.hwf-report-plan .hwf-plan-years').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'plan-report-print.png') });
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.keyboard.press('Escape');

    // Apply: the levers' policies get the plan's values; the app's undo restores them.
    const attrition = await reveal(page, 'field-policies-1-value');
    expect(await attrition.inputValue()).toBe('-0.2');
    await page.getByRole('button', { name: 'Apply this plan' }).click();
    await expect.poll(() => page.locator('.hwf-plan-applied').count()).toBe(1);
    await expect.poll(() => page.locator('#field-policies-1-value').inputValue()).not.toBe('-0.2');
    const applied = await page.locator('#field-policies-1-value').inputValue();
    expect(result).toContain(`${Math.round(-parseFloat(applied) * 1000) / 10}%`);
    await page.getByRole('button', { name: 'Go back to it' }).click();
    await expect.poll(() => page.locator('#field-policies-1-value').inputValue()).toBe('-0.2');
    await expect.poll(() => page.getByRole('button', { name: 'Apply this plan' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('keeps the plan when a second search is cancelled midway', async () => {
    await openCostsExample();
    await openPlanView();
    await findPlan();
    const before = await page.locator('.hwf-plan-result').innerText();
    await recordStatus();
    await runButton().click();
    await expect.poll(() => status().innerText()).toMatch(/candidate [1-9]\d* of about/);
    await page.getByRole('button', { name: 'Cancel the search' }).click();
    await expect
      .poll(() => status().innerText())
      .toBe('The search was cancelled. The plan found before is still shown.');
    expect(await page.locator('.hwf-plan-result').innerText()).toBe(before);
    // The keyboard is not lost: it is back on the button that runs the search.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Find the cheapest plan',
    );
    // A changed question marks the plan as for an earlier version; a target out of reach
    // gets the safest candidate, said plainly.
    // From the first year on, before any policy has an effect: out of reach.
    const from = page.locator('#field-plan-target-fromYear');
    await from.fill('2026');
    await from.blur();
    await expect.poll(() => page.locator('.hwf-plan-result .hwf-stale-banner').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Apply this plan' }).count()).toBe(0);
    await findPlan();
    expect(await resultHeading().innerText()).toBe('No plan meets the target');
    expect(await page.locator('.hwf-plan-outcome').innerText()).toMatch(
      /^No plan within these bounds meets the target .* The safest candidate is shown instead: it still has a [<> \d]+% chance of a shortage in 20\d\d\./,
    );
    expect(await page.locator('.hwf-plan-result .hwf-stale-banner').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('runs the search from the keyboard alone', async () => {
    await openCostsExample();
    const toggle = page.getByRole('button', { name: 'Least-cost plan', exact: true });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => runButton().count()).toBe(1);
    let on = '';
    for (let i = 0; i < 80 && on !== 'Find the cheapest plan'; i++) {
      await page.keyboard.press('Tab');
      on = await page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(on).toBe('Find the cheapest plan');
    await recordStatus();
    await page.keyboard.press('Enter');
    // The keyboard moves to Cancel while the search runs, then to the plan found.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''), {
        timeout: 60_000,
      })
      .toMatch(/^(The cheapest plan found|No plan meets the target)$/);
    expect((await statusTexts()).some((t) => /candidate \d+ of about/.test(t))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('says what is missing, in words, at the field and before the search', async () => {
    // The built-in example has no costs and no plan question.
    await openPlanView();
    await page.getByRole('button', { name: 'Start a plan' }).click();
    expect(await page.locator('.hwf-plan-problem').innerText()).toMatch(
      /needs what the workforce costs/,
    );
    expect(await runButton().isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Go to the costs in the editor' }).click();
    // The editor's Costs section, when the app has one, takes the keyboard.
    if ((await page.locator('#field-costs').count()) > 0) {
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-costs');
    }
    const max = page.locator('#field-plan-target-maxShortageProbability');
    await max.fill('140');
    await max.blur();
    await expect
      .poll(() => page.locator('#field-plan-target-maxShortageProbability-issues').innerText())
      .toBe('must be at least 0 % and below 100 % (you typed 140 %)');
    expect(await page.locator('.hwf-plan-problem').innerText()).toMatch(
      /Correct the marked fields of the plan first/,
    );
    // A new lever from the common ones: its bounds typed with a decimal comma.
    await page.getByText('Make a new lever').click();
    await page.locator('#field-newLever-kind').selectOption('retirement');
    await page.locator('#field-newLever-max').fill('2,5');
    await page.locator('.hwf-plan-new').screenshot({ path: join(SHOTS, 'plan-new-lever.png') });
    await page.getByRole('button', { name: 'Make this lever' }).click();
    await expect
      .poll(() => planView().locator('.hwf-plan-lever > legend').allInnerTexts())
      .toEqual([
        'Lever 1: Nurses: training places, +% from 2027 to 2029',
        'Lever 2: Nurses: retirement age, + years from 2027 to 2029',
      ]);
    expect(await page.locator('#field-plan-levers-1-max').inputValue()).toBe('2.5');
    // Task shifting: a lever on the rule's share (Exampleland moves GP work to nurses).
    if (!(await page.locator('#field-newLever-kind').isVisible())) {
      await page.getByText('Make a new lever').click();
    }
    await page.locator('#field-newLever-kind').selectOption('taskShifting');
    await page.getByRole('button', { name: 'Make this lever' }).click();
    await expect
      .poll(() => planView().locator('.hwf-plan-lever > legend').allInnerTexts())
      .toContain('Lever 3: Task shifting from General practitioners to Nurses');
    await max.fill('25');
    await max.blur();
    await expect
      .poll(() => page.locator('.hwf-plan-problem').innerText())
      .toMatch(/needs what the workforce costs/);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
