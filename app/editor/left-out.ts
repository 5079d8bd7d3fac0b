/**
 * The editor's "does not apply" choices of a profession: no training pipeline, no
 * immigration, no retirement curve. Ticking one takes the part out of the draft (a left-out
 * part means none: docs/scenario-format.md, Defaults); unticking puts back what was there
 * before, or an example to replace.
 */
import { getAtPath } from '../../model/scenario/json-path.ts';
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

export const LEFT_OUT_CHOICES: Readonly<Record<LeftOutChoice, ChoiceWords>> = {
  training: {
    part: 'training',
    label: 'No training pipeline (trained on the job)',
    help: 'tick when no one is trained for this profession at home: no graduates join',
    note: 'No graduates join. The training intake needed cannot be worked out without a training programme.',
  },
  immigration: {
    part: 'immigration',
    label: 'No immigration',
    help: 'tick when no one joins this profession from abroad',
    note: 'No one joins from abroad.',
  },
  retirement: {
    part: 'exits.retirement',
    label: 'No retirement curve',
    help: 'tick to leave retirement out: people leave by attrition and emigration, and everyone after the last working age',
    note: 'No one retires before the last working age; everyone leaves after it.',
  },
};

/** The ages examples are fitted to when the draft's are not valid. */
const FALLBACK_AGES: AgeSpan = { min: 20, max: 74 };

/** `professions[i].<part>` of a choice. */
export function leftOutPath(at: string, choice: LeftOutChoice): string {
  return `${at}.${LEFT_OUT_CHOICES[choice].part}`;
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
