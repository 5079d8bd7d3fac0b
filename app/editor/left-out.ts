/**
 * The editor's "does not apply" choices of a profession: no training pipeline, no
 * immigration, no retirement curve. Ticking one takes the part out of the draft (a left-out
 * part means none: docs/scenario-format.md, Defaults); unticking puts back what was there
 * before, or an example to replace.
 */
import { getAtPath } from '../../model/scenario/json-path.ts';
import { englishT, type MessageKey, type Translate } from '../i18n/translate.ts';
import {
  immigrationTemplate,
  retirementTemplate,
  trainingTemplate,
} from '../scenario/templates.ts';
import type { AgeSpan } from './age-range.ts';
import { setIn } from './draft.ts';
import { isRegionalDraft, regionaliseProfession, regionsOf } from './regions.ts';

export type LeftOutChoice = 'training' | 'immigration' | 'retirement';

interface ChoiceWords {
  /** Path under `professions[i]`. */
  part: string;
  label: string;
  help: string;
  /** Shown instead of the fields while the part is left out. */
  note: string;
}

type ChoiceKeys = { part: string } & Record<Exclude<keyof ChoiceWords, 'part'>, MessageKey>;

const CHOICES: Readonly<Record<LeftOutChoice, ChoiceKeys>> = {
  training: {
    part: 'training',
    label: 'editor.leftOut.training.label',
    help: 'editor.leftOut.training.help',
    note: 'editor.leftOut.training.note',
  },
  immigration: {
    part: 'immigration',
    label: 'editor.leftOut.immigration.label',
    help: 'editor.leftOut.immigration.help',
    note: 'editor.leftOut.immigration.note',
  },
  retirement: {
    part: 'exits.retirement',
    label: 'editor.leftOut.retirement.label',
    help: 'editor.leftOut.retirement.help',
    note: 'editor.leftOut.retirement.note',
  },
};

/** The words of a choice in the language of `t`. */
export function leftOutWords(choice: LeftOutChoice, t: Translate): ChoiceWords {
  const c = CHOICES[choice];
  return { part: c.part, label: t(c.label), help: t(c.help), note: t(c.note) };
}

/** The choices with their words in English (the editor uses `leftOutWords(choice, t)`). */
export const LEFT_OUT_CHOICES: Readonly<Record<LeftOutChoice, ChoiceWords>> = {
  training: leftOutWords('training', englishT),
  immigration: leftOutWords('immigration', englishT),
  retirement: leftOutWords('retirement', englishT),
};

/** The ages examples are fitted to when the draft's are not valid. */
const FALLBACK_AGES: AgeSpan = { min: 20, max: 74 };

/** `professions[i].<part>` of a choice. */
export function leftOutPath(at: string, choice: LeftOutChoice): string {
  return `${at}.${CHOICES[choice].part}`;
}

/** Does the profession at `at` leave the part out? */
export function isLeftOut(draft: unknown, at: string, choice: LeftOutChoice): boolean {
  return getAtPath(draft, leftOutPath(at, choice)) === undefined;
}

/** An example of the part, to replace. */
export function leftOutTemplate(choice: LeftOutChoice, ages: AgeSpan | undefined): unknown {
  const a = ages ?? FALLBACK_AGES;
  switch (choice) {
    case 'training':
      return trainingTemplate(a);
    case 'immigration':
      return immigrationTemplate(a);
    case 'retirement':
      return retirementTemplate();
  }
}

/**
 * The draft with the part left out (`leftOut`) or put back: `previous` when given (what the
 * user had before ticking), else an example. A part already as asked is left alone.
 */
export function setLeftOut(
  draft: unknown,
  at: string,
  choice: LeftOutChoice,
  leftOut: boolean,
  ages: AgeSpan | undefined,
  previous?: unknown,
): unknown {
  if (isLeftOut(draft, at, choice) === leftOut) return draft;
  const path = leftOutPath(at, choice);
  if (leftOut) return setIn(draft, path, undefined);
  let part = previous ?? leftOutTemplate(choice, ages);
  // In a scenario with regions, the example's training places are given per region.
  if (previous === undefined && choice === 'training' && isRegionalDraft(draft)) {
    const ids = regionsOf(draft).map((r) => r.id);
    part = getAtPath(regionaliseProfession({ training: part }, ids), 'training');
  }
  return setIn(draft, path, part);
}
