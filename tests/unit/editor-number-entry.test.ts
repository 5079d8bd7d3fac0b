/**
 * Number entry in the editor's markup: share fields say they take "0.025 or 2.5 %", an
 * ambiguous entry asks with two labelled buttons, and the readout spells how a number was
 * read.
 */
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { PARAMETERS } from '../../model/catalog.ts';
import { fieldId } from '../../app/editor/field-id.ts';
import { isShareField } from '../../app/editor/field.tsx';
import { AmbiguityQuestion, numberReadout } from '../../app/editor/number-field.tsx';
import { parseNumberText } from '../../app/editor/number-text.ts';
import { ENGLISH, makeTranslate } from '../../app/i18n/translate.ts';
import { RenderClosedSections } from '../../app/editor/section.tsx';
import { ScenarioEditor } from '../../app/editor/scenario-editor.tsx';
import { SHARE_PARAMETER_PATHS, shareHint } from '../../app/scenario/parameter-words.ts';
import { parseScenario } from '../../model/scenario/parse.ts';
import { decodeEntities, renderMarkup } from '../helpers/markup.ts';
import { exampleJson } from '../helpers/scenarios.ts';

function render(draft: unknown): string {
  const r = parseScenario(draft);
  return decodeEntities(
    renderMarkup(
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
    ),
  );
}

/** The help line of the field with `id`, as text. */
function helpOf(html: string, id: string): string {
  const at = html.indexOf(`id="${id}-help">`);
  if (at < 0) throw new Error(`no help for ${id}`);
  const start = at + `id="${id}-help">`.length;
  return html.slice(start, html.indexOf('</span></', start)).replace(/<[^>]+>/g, '');
}

describe('share fields', () => {
  it('are the catalog’s probabilities and rates', () => {
    const expected = Object.values(PARAMETERS)
      .filter((p) => p.valid === 'probability' || p.valid === 'rate')
      .map((p) => p.path)
      .sort();
    expect([...SHARE_PARAMETER_PATHS].sort()).toEqual(expected);
    expect(expected).toContain('exits.attrition');
    expect(expected).not.toContain('training.intake');
  });

  it('include the parameters of their ranges and fields whose unit is a share', () => {
    expect(isShareField('professions[3].exits.attrition', '')).toBe(true);
    expect(isShareField('professions[3].exits.attrition.max', '')).toBe(true);
    expect(isShareField('professions[3].exits.attrition.gsd', 'share per year')).toBe(false);
    expect(isShareField('professions[0].training.intake', 'students per year')).toBe(false);
    expect(isShareField('professions[0].training.entrants.femaleShare', 'share')).toBe(true);
    expect(isShareField('policies[0].value', 'share or the lever’s unit')).toBe(false);
  });

  it('know a share by its unit in the reader’s language too', () => {
    const it_ = JSON.parse(
      readFileSync(new URL('../../app/i18n/messages/it/scenario.json', import.meta.url), 'utf8'),
    ) as Record<string, string>;
    const t = makeTranslate('it', { ...ENGLISH, ...it_ });
    const path = 'professions[0].training.entrants.femaleShare';
    expect(isShareField(path, t('scenario.unit.share'), t)).toBe(true);
    expect(isShareField(path, t('scenario.unit.shareOfGraduates'), t)).toBe(true);
    expect(t('scenario.unit.share')).not.toBe('share');
    expect(isShareField('policies[0].value', t('scenario.unit.shareOrLeverUnit'), t)).toBe(false);
    expect(isShareField('professions[0].training.intake', t('scenario.unit.students'), t)).toBe(
      false,
    );
  });

  it('say so in their help, with the decimal mark of the language', () => {
    expect(shareHint('.')).toBe('a share: 0.025 or 2.5 %');
    expect(shareHint(',')).toBe('a share: 0,025 or 2,5 %');
    const html = render(exampleJson('exampleland'));
    const hint = /a share: 0[.,]025 or 2[.,]5 %$/;
    expect(helpOf(html, fieldId('professions[0].exits.attrition'))).toMatch(
      /^share leaving the profession each year for reasons other than retirement · a share: /,
    );
    expect(helpOf(html, fieldId('professions[0].exits.emigration'))).toMatch(hint);
    expect(helpOf(html, fieldId('professions[0].training.completion'))).toMatch(hint);
    expect(helpOf(html, fieldId('professions[0].training.intake'))).not.toMatch(/a share/);
    expect(helpOf(html, fieldId('professions[0].exits.retirement.sd'))).not.toMatch(/a share/);
  });
});

describe('the question about an ambiguous entry', () => {
  it('names both readings, spelled, with a labelled button for each', () => {
    const html = decodeEntities(
      renderMarkup(
        createElement(AmbiguityQuestion, {
          id: 'f',
          readings: [30.162, 30162],
          choose: () => undefined,
          locale: 'en-US',
        }),
      ),
    );
    expect(html).toBe(
      '<span class="hwf-ask" role="group" aria-labelledby="f-ask">' +
        '<span id="f-ask" role="status">Did you mean 30.162 or 30\u00a0162?</span> ' +
        '<button type="button" aria-label="Use 30.162">30.162</button>' +
        '<button type="button" aria-label="Use 30\u00a0162">30\u00a0162</button></span>',
    );
  });
});

describe('the readout', () => {
  const readout = (text: string, share: boolean, locale: string) =>
    numberReadout(parseNumberText(text, { locale }), text, share, locale);

  it('spells how a number with marks was read, and says nothing of plain ones', () => {
    expect(readout('30,162', false, 'en-US')).toBe('read as 30\u00a0162');
    expect(readout('30.162', false, 'it-IT')).toBe('read as 30\u00a0162');
    expect(readout('30.162', false, 'en-US')).toBe('');
    expect(readout('30,162', false, 'it-IT')).toBe('');
    expect(readout('1e3', false, 'en-US')).toBe('read as 1\u00a0000');
    expect(readout('abc', false, 'en-US')).toBe('');
  });

  it('shows a share as a percent', () => {
    expect(readout('0,025', true, 'it-IT')).toMatch(/^= 2[.,]5\s?%$/);
  });
});
