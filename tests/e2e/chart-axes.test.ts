/**
 * Axis labels in real Chromium: in the fan chart, the gap chart and the age pyramid of the
 * built-in example and of a country scenario, at a laptop's, a large screen's and a phone's
 * width, the rendered tick labels (getBoundingClientRect) never overlap, stay inside their
 * chart, and are never wider than the estimate the layout is made with. Screenshots of the
 * results go to tests/e2e/screenshots/ (not committed) for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { textWidth } from '../../app/charts/tick-labels.ts';
import { settled as settledPage } from '../helpers/app-page.ts';
import { freshContextPerTest } from '../helpers/fresh-context.ts';
import { REPO_ROOT } from '../helpers/vite-server.ts';

const SHOTS = join(REPO_ROOT, 'tests/e2e/screenshots');
const browser = freshContextPerTest();
let page: Page;
let errors: string[];

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

beforeEach(async () => {
  ({ page, errors } = await browser.open(inject('appOrigin')));
  await page.setViewportSize({ width: 1366, height: 768 });
  await settledPage(page);
});

/** A rendered label: its text, font size and box in the page. */
interface Measured {
  chart: string;
  text: string;
  fontSize: number;
  bold: boolean;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The axis labels of every chart on the page, measured, with each chart's box. */
async function measure(): Promise<{ labels: Measured[]; charts: Record<string, Measured> }> {
  return page.evaluate(() => {
    const labels: Measured[] = [];
    const charts: Record<string, Measured> = {};
    const svgs = document.querySelectorAll<SVGSVGElement>(
      '.results-pane svg.hwf-chart-svg[role="img"]',
    );
    svgs.forEach((svg) => {
      const name = (svg.getAttribute('aria-label') ?? '').split(',')[0];
      const box = svg.getBoundingClientRect();
      if (box.width === 0) return; // a chart hidden behind its table
      const { left, right, top, bottom } = box;
      charts[name] = { chart: name, text: '', fontSize: 0, bold: false, left, right, top, bottom };
      svg.querySelectorAll<SVGTextElement>('.hwf-axis text').forEach((text) => {
        const r = text.getBoundingClientRect();
        if (r.width === 0 || !text.textContent) return;
        labels.push({
          chart: name,
          text: text.textContent,
          fontSize: parseFloat(getComputedStyle(text).fontSize),
          bold: Number(getComputedStyle(text).fontWeight) >= 600,
          left: r.left,
          right: r.right,
          top: r.top,
          bottom: r.bottom,
        });
      });
    });
    return { labels, charts };
  });
}

/** The overlapping pairs, the labels out of their chart and those wider than estimated. */
async function problems(): Promise<{
  overlaps: string[];
  outside: string[];
  underestimated: string[];
  charts: string[];
}> {
  const { labels, charts } = await measure();
  const overlaps: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const [a, b] = [labels[i], labels[j]];
      if (a.chart !== b.chart) continue;
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
        overlaps.push(`${a.chart}: "${a.text}" × "${b.text}"`);
      }
    }
  }
  const outside = labels
    .filter((l) => l.left < charts[l.chart].left - 0.5 || l.right > charts[l.chart].right + 0.5)
    .map((l) => `${l.chart}: "${l.text}"`);
  const underestimated = labels
    .filter((l) => l.right - l.left > textWidth(l.text, l.fontSize, l.bold))
    .map((l) => `${l.chart}: "${l.text}" ${(l.right - l.left).toFixed(1)} px`);
  return { overlaps, outside, underestimated, charts: Object.keys(charts) };
}

const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 400, height: 900 },
];

async function expectNoCollisions(name: string): Promise<void> {
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    // Let the ResizeObserver give the charts their new width.
    await page.waitForTimeout(300);
    const found = await problems();
    expect(found.charts.some((c) => c.startsWith('Age pyramid'))).toBe(true);
    expect(found.charts.some((c) => c.startsWith('Supply and demand'))).toBe(true);
    expect(found.overlaps, `${name} at ${viewport.width} px`).toEqual([]);
    expect(found.outside, `${name} at ${viewport.width} px`).toEqual([]);
    expect(found.underestimated, `${name} at ${viewport.width} px`).toEqual([]);
    await page.screenshot({
      path: join(SHOTS, `axes-${name}-${viewport.width}x${viewport.height}.png`),
      fullPage: true,
    });
  }
}

describe.sequential('axis labels in Chromium', () => {
  it('never overlap in the built-in example', async () => {
    await expectNoCollisions('example');
    expect(errors).toEqual([]);
  });

  it('never overlap in a country scenario (Germany, the largest numbers)', async () => {
    const details = page
      .locator('.hwf-population details')
      .filter({ has: page.locator(':scope > summary', { hasText: /Start from a country/ }) });
    await details.locator(':scope > summary').click();
    await details.getByLabel('Country', { exact: true }).selectOption({ label: 'Germany' });
    await details.getByRole('button', { name: 'Start a new scenario for Germany' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toMatch(/^Germany/);
    await settledPage(page);
    await expectNoCollisions('germany');
    expect(errors).toEqual([]);
  });
});
