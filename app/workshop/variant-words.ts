/**
 * What a variant changes, in words: every lever that stands elsewhere in the variant than in
 * the baseline, by its label and the change ("training places +15 %, attrition −0.5
 * percentage points"). Derived from the two documents, so it is right whichever way the
 * variant was made (levers, the editor, a loaded file); what no lever measures is said as
 * "other edits". Pure, no React.
 */
import { deleteAtPath } from '../../model/scenario/json-path.ts';
import { MINUS, type Formats } from '../format.ts';
import type { MessageKey } from '../i18n/translate.ts';
import type { Lever, LeverUnit } from './levers.ts';
import {
  LEVER_KINDS,
  draftProfessions,
  leverKindInSentence,
  makeLever,
  readLever,
} from './levers.ts';

const numberText = (x: number, decimals: number, locale?: string): string =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: decimals, signDisplay: 'exceptZero' })
    .format(x)
    .replace('-', MINUS);

/** A change in each unit ("+2 years", "−0.5 percentage points a year"). */
const CHANGE_WORDS: Readonly<Record<LeverUnit, MessageKey>> = {
  change: 'workshop.lever.change.change',
  percent: 'workshop.lever.change.percent',
  percentYear: 'workshop.lever.change.percentYear',
  years: 'workshop.lever.change.years',
  peopleYear: 'workshop.lever.change.peopleYear',
};

/**
 * The change of one lever from `from` to `to` (display units) in words, or null when it
 * does not move by half a step of its grid: "+15 %" (a percent change), "+2 years",
 * "+100 people a year", "−0.5 percentage points" (a share or a rate in percent).
 */
export function changeText(lever: Lever, from: number, to: number, f: Formats): string | null {
  const delta = Number((to - from).toFixed(lever.decimals));
  if (Math.abs(to - from) < 10 ** -lever.decimals / 2 || delta === 0) return null;
  return f.t(CHANGE_WORDS[lever.unit], { change: numberText(delta, lever.decimals, f.locale) });
}

/** The levers of `kind`s every profession of `baseline` has, measured from `baseline`. */
function allLevers(baseline: unknown): Lever[] {
  return draftProfessions(baseline).flatMap((p) =>
    LEVER_KINDS.map((kind) => makeLever({ professionId: p.id, kind }, baseline)).filter(
      (l): l is Lever => l !== null,
    ),
  );
}

/** A copy of `draft` without the inputs of `levers` (and the trends left empty). */
function withoutLevers(draft: unknown, levers: readonly Lever[]): string {
  const copy = structuredClone(draft);
  for (const l of levers) deleteAtPath(copy, l.path);
  for (const l of levers) {
    const trends = l.path.slice(0, l.path.lastIndexOf('.'));
    if (trends.endsWith('demand.trends')) deleteAtPath(copy, trends);
  }
  return JSON.stringify(copy);
}

/**
 * What `variant` changes against `baseline`, in words: "training places +15 %", with the
 * profession after its changes when the scenario has several ("training places +15 %
 * (Nurses); immigration +20 people a year (General practitioners)"); "other edits" for what
 * no lever measures; "no change from the baseline" when they are the same.
 */
export function variantChanges(baseline: unknown, variant: unknown, f: Formats): string {
  const { t } = f;
  const levers = allLevers(baseline);
  const professions = draftProfessions(baseline);
  const groups: string[] = [];
  for (const p of professions) {
    const changes: string[] = [];
    for (const l of levers) {
      if (l.professionId !== p.id) continue;
      const from = readLever(l, baseline);
      const to = readLever(l, variant);
      if (from === undefined || to === undefined) continue;
      const change = changeText(l, from, to, f);
      if (change) {
        changes.push(
          t('workshop.variant.change', { lever: leverKindInSentence(l.kind, t), change }),
        );
      }
    }
    if (changes.length === 0) continue;
    const list = changes.join(', ');
    groups.push(
      professions.length > 1
        ? t('workshop.variant.ofProfession', { changes: list, profession: p.name })
        : list,
    );
  }
  const other = withoutLevers(baseline, levers) !== withoutLevers(variant, levers);
  if (groups.length === 0)
    return t(other ? 'workshop.variant.otherEdits' : 'workshop.variant.noChange');
  return other
    ? t('workshop.variant.withOtherEdits', { changes: groups.join(t('app.list.clauses')) })
    : groups.join(t('app.list.clauses'));
}
