/**
 * The report in the built app, in real Chromium: "Report" opens every profession's headline,
 * assumptions, charts and tables from the results on screen (no new run), Esc goes back;
 * printed (print media at A4's width, and as a PDF) it shows the report alone with nothing
 * cut at the page's edge, the headline, the data credit and the link. A chart downloaded as
 * SVG or PNG carries its title, legend, the scenario's name and, for a country, the credit.
 * Screenshots and the PDF go to tests/e2e/screenshots/ (not committed) for a person to look at.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { WPP2019_ATTRIBUTION } from '../../app/data/population/catalog.ts';
import { freshContextPerTest } from '../helpers/fresh-context.ts';
import { REPO_ROOT } from '../helpers/vite-server.ts';
import { axeViolations, chartFrame, settled } from '../helpers/app-page.ts';

const SHOTS = join(REPO_ROOT, 'tests/e2e/screenshots');
const SCENARIO = 'Exampleland: nurses and GPs';
const CREDIT = `Population: ${WPP2019_ATTRIBUTION} (CC BY 3.0 IGO)`;
/** A4 at 96 px an inch, and the width of its text inside the report's 14 mm margins. */
const A4_WIDTH = 794;
const A4_TEXT_WIDTH = 688;

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

const report = () => page.getByRole('dialog', { name: SCENARIO });
const reportButton = () => page.getByRole('button', { name: 'Report', exact: true });

/** Chooses Italy's population (a shipped data set) and waits for its results. */
async function useItaly(): Promise<void> {
  const population = page.getByLabel('Population', { exact: true });
  const before = await page.locator('.hwf-headline-text').innerText();
  await population.selectOption('wpp2019-it');
  await expect.poll(() => population.inputValue()).toBe('wpp2019-it');
  await expect
    .poll(async () => (await settled(page), page.locator('.hwf-population').innerText()))
    .toMatch(/Italy/);
  // The data set loads, then the run starts: the results on screen are Italy's once the
  // headline has changed and the page has settled again.
  await expect
    .poll(async () => (await settled(page), page.locator('.hwf-headline-text').innerText()))
    .not.toBe(before);
  await settled(page);
}

/** Opens the report and waits until its charts are drawn. */
async function openReport(): Promise<Locator> {
  await reportButton().click();
  const dialog = report();
  await expect.poll(() => dialog.count()).toBe(1);
  await expect.poll(() => dialog.locator('svg.hwf-chart-svg path').count()).toBeGreaterThan(10);
  return dialog;
}

/** The headline sentences on the main screen, one per profession (each tab in turn). */
async function headlines(): Promise<string[]> {
  const out: string[] = [];
  for (const tab of await page.getByRole('tab').all()) {
    await tab.click();
    out.push((await page.locator('.hwf-headline-text').innerText()).trim());
  }
  return out;
}

/** Elements of the report that stick out of the page: a box past its right edge, or a chart
 *  or table that is wider than its box (cut or scrolling). */
function overflowing(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} ${(e.getAttribute('aria-label') ?? e.textContent ?? '').slice(0, 60)}`;
    const out: string[] = [];
    for (const e of document.querySelectorAll('.hwf-report *')) {
      const box = e.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 0.5) out.push(`${name(e)} ends at ${box.right}`);
    }
    for (const e of document.querySelectorAll(
      '.hwf-report .hwf-chart, .hwf-report .hwf-chart-svg, .hwf-report .hwf-chart-table, .hwf-report table',
    )) {
      if (e.scrollWidth > e.clientWidth + 0.5) {
        out.push(`${name(e)}: ${e.scrollWidth} wide in ${e.clientWidth}`);
      }
    }
    return out;
  });
}

/** The number of pages of a PDF file. */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** The PDF's text, read back by PDF.js: every page's text in reading order, and the text
 *  items that stand (even in part) outside their page. */
async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string; outside: string[] }> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const texts: string[] = [];
  const outside: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [x0, y0, x1, y1] = page.view;
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (!('str' in item)) continue;
      texts.push(item.str, item.hasEOL ? '\n' : '');
      const x = Number(item.transform[4]);
      const y = Number(item.transform[5]);
      if (item.str.trim() !== '' && (x < x0 || x + item.width > x1 + 0.5 || y < y0 || y > y1)) {
        outside.push(`page ${n}: “${item.str}”`);
      }
    }
  }
  await doc.cleanup();
  return { pages: doc.numPages, text: texts.join(''), outside };
}

/** Text with its runs of white space as one space (a PDF breaks lines where it likes). */
const squeeze = (t: string) => t.replace(/\s+/g, ' ').trim();

/** The texts an SVG file draws, in order (a long line is wrapped over several). */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
}

/** Downloads the chart of the frame titled `title` as `kind`; the file's bytes. */
async function download(title: RegExp, kind: 'SVG' | 'PNG'): Promise<Buffer> {
  const frame = chartFrame(page, title);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    frame.getByRole('button', { name: new RegExp(`as ${kind}$`) }).click(),
  ]);
  return readFileSync(await file.path());
}

describe.sequential('the report in Chromium', () => {
  it('opens from the header with every profession, and Esc goes back', async () => {
    const expected = await headlines();
    expect(expected).toHaveLength(2);
    const runsBefore = await page.locator('.hwf-based-on').innerText();
    const dialog = await openReport();
    const text = await dialog.innerText();
    for (const sentence of expected) expect(text).toContain(sentence);
    expect(text).toContain('Assumptions');
    expect(text).toContain('PERT 0.015 – 0.025 – 0.045');
    expect(text).toContain('Nurses, training places:');
    expect(text).toContain('pandemic:');
    expect(text).not.toContain('World Population Prospects');
    // Every profession's five charts, each with its table alternative.
    for (const name of ['Nurses', 'General practitioners']) {
      const part = dialog.locator(`[data-chart-subject="${name}"]`);
      expect(await part.locator('.hwf-report-figure').count()).toBe(5);
      expect(await part.locator('.hwf-report-table table').count()).toBe(5);
    }
    // The link of the scenario, as the address bar has it.
    const link = await dialog.locator('a.hwf-report-url').getAttribute('href');
    expect(link).toBe(page.url());
    // No new simulation: the page shows no progress, the numbers rest on the same runs.
    expect(await page.locator('[role="progressbar"]').count()).toBe(0);
    expect(text).toContain(runsBefore);

    await page.screenshot({ path: join(SHOTS, 'report-1366x768.png') });
    await dialog.getByRole('heading', { name: 'Results: Nurses' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'report-charts-1366x768.png') });
    expect(await axeViolations(page, '.hwf-report')).toEqual([]);

    await page.keyboard.press('Escape');
    await expect.poll(() => report().count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Report');
    expect(await page.locator('#root[inert]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('prints a country’s report on A4 with nothing cut, the headline, the credit and the link', async () => {
    await useItaly();
    const expected = await headlines();
    const dialog = await openReport();
    // The button prints the page (the browser's print dialog, stubbed here).
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await dialog.getByRole('button', { name: 'Print or save as PDF' }).click();
    expect(await page.locator('body[data-printed="yes"]').count()).toBe(1);
    const link = (await dialog.locator('a.hwf-report-url').innerText()).trim();
    expect(link).toMatch(/#s=/);

    // The report shows the results on screen: wait until it holds the latest of them.
    for (const sentence of expected) {
      await expect.poll(() => dialog.innerText(), { timeout: 30_000 }).toContain(sentence);
    }

    await page.emulateMedia({ media: 'print' });
    for (const width of [A4_WIDTH, A4_TEXT_WIDTH]) {
      await page.setViewportSize({ width, height: 1123 });
      // The charts follow the page's width before anything is measured.
      await page.waitForTimeout(300);
      const shown = await page.evaluate(() => ({
        root: getComputedStyle(document.getElementById('root')!).display,
        bar: getComputedStyle(document.querySelector('.hwf-report-bar')!).display,
        position: getComputedStyle(document.querySelector('.hwf-report')!).position,
      }));
      expect(shown).toEqual({ root: 'none', bar: 'none', position: 'static' });
      expect(await overflowing(page), `at ${width} px`).toEqual([]);
      const text = await page.locator('body').innerText();
      for (const sentence of expected) expect(text).toContain(sentence);
      expect(text).toContain(WPP2019_ATTRIBUTION);
      expect(text).toContain('CC BY 3.0 IGO');
      expect(text).toContain(link);
    }
    await page.setViewportSize({ width: A4_WIDTH, height: 1123 });
    await page.screenshot({ path: join(SHOTS, 'report-print-a4.png'), fullPage: true });

    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    writeFileSync(join(SHOTS, 'report-italy.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // A few pages: the summary and assumptions, then each profession's charts and tables.
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(16);
    // The PDF itself, read back: the headlines and the credit, and no text off its page.
    const read = await pdfText(pdf);
    expect(read.pages).toBe(pages);
    const inPdf = squeeze(read.text);
    for (const sentence of expected) expect(inPdf).toContain(squeeze(sentence));
    expect(inPdf).toContain(squeeze(WPP2019_ATTRIBUTION));
    expect(inPdf).toContain('CC BY 3.0 IGO');
    expect(read.outside).toEqual([]);
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
  });

  it('exports a chart as SVG and PNG with its title, legend, scenario and credit', async () => {
    // Exampleland's own population: the scenario's name, and no credit.
    const own = (await download(/^Supply and demand/, 'SVG')).toString('utf8');
    expect(own).toMatch(/^<\?xml/);
    expect(own).toContain('Nurses: Supply and demand (FTE)');
    expect(own).toContain(`Scenario: ${SCENARIO}`);
    expect(own).not.toContain('World Population Prospects');

    await useItaly();
    const svg = (await download(/^Supply and demand/, 'SVG')).toString('utf8');
    const texts = svgTexts(svg);
    const all = texts.join(' ');
    expect(all).toContain('Nurses: Supply and demand (FTE)');
    // The legend: the series' names and the bands in words.
    expect(texts).toContain('Supply');
    expect(texts).toContain('Demand');
    expect(all).toMatch(/9 in 10 futures/);
    expect(all).toContain(`Scenario: ${SCENARIO}`);
    expect(all).toContain(CREDIT);

    await page.getByRole('tab', { name: 'General practitioners' }).click();
    const gap = (await download(/^Gap and shortage/, 'SVG')).toString('utf8');
    expect(svgTexts(gap).join(' ')).toContain(
      'General practitioners: Gap and shortage probability',
    );
    expect(svgTexts(gap).join(' ')).toContain(CREDIT);

    // The PNG is the drawing with the words around it: taller than the chart alone.
    const png = await download(/^Gap and shortage/, 'PNG');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const pngHeight = png.readUInt32BE(20) / 2;
    const chartHeight = Number(/<svg[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(gap)?.[1]);
    const drawn = await chartFrame(page, /^Gap and shortage/)
      .locator('svg.hwf-chart-svg')
      .evaluate((s) => s.getBoundingClientRect().height);
    expect(chartHeight).toBeGreaterThan(drawn);
    expect(pngHeight).toBeCloseTo(chartHeight, 0);
    expect(errors).toEqual([]);
  });
});
