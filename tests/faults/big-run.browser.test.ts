/**
 * A long run must not re-render the editor, in Chromium against the built site. A scenario
 * of Exampleland's professions repeated to 10 over 40 years (bench/big-scenario.ts, scaled
 * down) opens by its share link; the seed is changed, and while the new run reports its
 * progress (dozens of chunks) the editor must not render again.
 *
 * How a render is seen without React's developer tools: React gives each element's DOM
 * node the props object it was last rendered with (a `__reactProps$…` key) and replaces
 * it whenever its component renders again, even when nothing on screen changes. The
 * editor's outer element is watched after every change of the results area (each progress
 * update is one): a new props object there is one more render of the editor.
 */
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { encodeScenarioLink } from '../../app/share/link-codec.ts';
import { bigScenarioDocument } from '../../bench/big-scenario.ts';
import { freshContextPerTest } from '../helpers/fresh-context.ts';
import { reveal, settled } from '../helpers/app-page.ts';

const browser = freshContextPerTest();
let origin: string;

beforeEach(() => {
  origin = inject('appOrigin');
});

const RUNS = 2000;
const document = bigScenarioDocument({ professions: 10, horizonYears: 40, runs: RUNS });

interface Watch {
  progressUpdates: number;
  editorRenders: number;
  watching: boolean;
}

describe('a long run in the app', () => {
  it('updates the progress bar without re-rendering the editor', async () => {
    const { page, errors } = await browser.open(`${origin}/#s=${encodeScenarioLink(document)}`);
    await page.waitForFunction(
      () => /Based on 2.000 futures/.test(window.document.body.innerText),
      null,
      { timeout: 120_000 },
    );
    await settled(page, 120_000);

    // From the moment the next run's progress bar shows: every change of the results area,
    // and whether the editor rendered again by then.
    await page.evaluate(() => {
      const w = window as unknown as { __watch: Watch };
      const editor = window.document.querySelector('.hwf-editor')!;
      const key = Object.keys(editor).find((k) => k.startsWith('__reactProps$'))!;
      const propsNow = () => (editor as unknown as Record<string, unknown>)[key];
      let last: unknown = null;
      w.__watch = { progressUpdates: 0, editorRenders: 0, watching: false };
      const results = window.document.querySelector('.results-pane')!;
      new MutationObserver(() => {
        const bar = window.document.querySelector('[role="progressbar"]');
        if (!w.__watch.watching) {
          if (!bar) return;
          w.__watch.watching = true;
          last = propsNow();
          return;
        }
        if (bar) w.__watch.progressUpdates++;
        if (propsNow() !== last) {
          w.__watch.editorRenders++;
          last = propsNow();
        }
      }).observe(results, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
    const seed = await reveal(page, 'field-simulation-seed');
    await seed.fill('12345');
    await page.waitForFunction(
      () => (window as unknown as { __watch: Watch }).__watch.watching,
      null,
      { timeout: 60_000 },
    );
    await settled(page, 120_000);
    const watch = await page.evaluate(() => (window as unknown as { __watch: Watch }).__watch);
    console.log(
      `big run: ${watch.progressUpdates} progress updates, ${watch.editorRenders} editor renders`,
    );
    expect(watch.progressUpdates).toBeGreaterThanOrEqual(5);
    expect(watch.editorRenders).toBe(0);
    // The edit is kept and the results are of the new seed's run.
    expect(await page.locator('#field-simulation-seed').inputValue()).toBe('12345');
    // Ten professions are chosen from a list ("Results of"), not from rows of tabs.
    const picker = page.locator('#profession-picker');
    expect(await picker.locator('option').count()).toBe(10);
    expect(await page.getByRole('tab').count()).toBe(0);
    const last = await picker.locator('option').last().getAttribute('value');
    await picker.selectOption(last);
    await expect
      .poll(() => page.locator('#results-panel').getAttribute('aria-labelledby'))
      .toBe('profession-picker-label');
    await expect.poll(() => page.locator('.hwf-headline-text').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
