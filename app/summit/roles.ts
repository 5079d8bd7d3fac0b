/**
 * The planning summit's roles: the six parties around the table, each with who they are,
 * what they want, which of the scenario's policy parameters they control (the `parameter`
 * a policy may name, model/catalog.ts POLICY_PARAMETERS), what else they hold that is not a
 * parameter (a budget, a veto, task shifting, a target), the lines they will not cross, and
 * the question they answer before the first result is shown (predict first).
 *
 * The words are generic (no country) and plain, each a message of the catalogue
 * (`summit.role.…`, shown with `t`). The opening questions hold `{profession}` and `{year}`,
 * filled with the working scenario's first profession and target year
 * ({@link openingQuestion}).
 */
import type { PolicyParameter } from '../../model/catalog.ts';
import type { MessageKey, Translate } from '../i18n/translate.ts';
import { lowerFirst } from '../i18n/case.ts';

/** The roles' ids, in the order the briefings print. */
export const ROLE_IDS = [
  'ministry-of-health',
  'ministry-of-finance',
  'universities',
  'professional-associations',
  'regions',
  'patients',
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

/** One party of the summit; its words are messages (keys of the catalogue). */
export interface SummitRole {
  id: RoleId;
  /** "Ministry of health". */
  name: MessageKey;
  /** One sentence. */
  whoTheyAre: MessageKey;
  /** Three or four. */
  goals: readonly MessageKey[];
  /** The policy parameters they control; none for a role that holds no lever. */
  levers: readonly PolicyParameter[];
  /** The heading of its levers in the proposal form ("Levers of the universities"); null
   *  for a role that holds no lever. */
  leversHeading: MessageKey | null;
  /** Powers that are not a parameter of the scenario (a budget, a veto, a target). */
  alsoHolds: readonly MessageKey[];
  /** Two or three. */
  redLines: readonly MessageKey[];
  /** A question to answer before the result is shown; holds {profession} and {year}. */
  openingQuestion: MessageKey;
}

export const ROLES: readonly SummitRole[] = [
  {
    id: 'ministry-of-health',
    name: 'summit.role.ministryOfHealth.name',
    whoTheyAre: 'summit.role.ministryOfHealth.who',
    goals: [
      'summit.role.ministryOfHealth.goal1',
      'summit.role.ministryOfHealth.goal2',
      'summit.role.ministryOfHealth.goal3',
      'summit.role.ministryOfHealth.goal4',
    ],
    levers: ['immigration.perYear'],
    leversHeading: 'summit.role.ministryOfHealth.leversHeading',
    // Recruitment from abroad is the immigration lever above.
    alsoHolds: ['summit.role.ministryOfHealth.holds1', 'summit.role.ministryOfHealth.holds2'],
    redLines: [
      'summit.role.ministryOfHealth.redLine1',
      'summit.role.ministryOfHealth.redLine2',
      'summit.role.ministryOfHealth.redLine3',
    ],
    openingQuestion: 'summit.role.ministryOfHealth.question',
  },
  {
    id: 'ministry-of-finance',
    name: 'summit.role.ministryOfFinance.name',
    whoTheyAre: 'summit.role.ministryOfFinance.who',
    goals: [
      'summit.role.ministryOfFinance.goal1',
      'summit.role.ministryOfFinance.goal2',
      'summit.role.ministryOfFinance.goal3',
    ],
    levers: [],
    leversHeading: null,
    alsoHolds: ['summit.role.ministryOfFinance.holds1', 'summit.role.ministryOfFinance.holds2'],
    redLines: ['summit.role.ministryOfFinance.redLine1', 'summit.role.ministryOfFinance.redLine2'],
    openingQuestion: 'summit.role.ministryOfFinance.question',
  },
  {
    id: 'universities',
    name: 'summit.role.universities.name',
    whoTheyAre: 'summit.role.universities.who',
    goals: [
      'summit.role.universities.goal1',
      'summit.role.universities.goal2',
      'summit.role.universities.goal3',
    ],
    levers: ['training.intake', 'training.completion'],
    leversHeading: 'summit.role.universities.leversHeading',
    alsoHolds: ['summit.role.universities.holds1'],
    redLines: [
      'summit.role.universities.redLine1',
      'summit.role.universities.redLine2',
      'summit.role.universities.redLine3',
    ],
    openingQuestion: 'summit.role.universities.question',
  },
  {
    id: 'professional-associations',
    name: 'summit.role.professionalAssociations.name',
    whoTheyAre: 'summit.role.professionalAssociations.who',
    goals: [
      'summit.role.professionalAssociations.goal1',
      'summit.role.professionalAssociations.goal2',
      'summit.role.professionalAssociations.goal3',
    ],
    levers: ['fte', 'exits.retirement.meanAge', 'exits.attrition', 'exits.emigration'],
    leversHeading: 'summit.role.professionalAssociations.leversHeading',
    alsoHolds: ['summit.role.professionalAssociations.holds1'],
    redLines: [
      'summit.role.professionalAssociations.redLine1',
      'summit.role.professionalAssociations.redLine2',
      'summit.role.professionalAssociations.redLine3',
    ],
    openingQuestion: 'summit.role.professionalAssociations.question',
  },
  {
    id: 'regions',
    name: 'summit.role.regions.name',
    whoTheyAre: 'summit.role.regions.who',
    goals: ['summit.role.regions.goal1', 'summit.role.regions.goal2', 'summit.role.regions.goal3'],
    levers: ['training.intake', 'exits.emigration'],
    leversHeading: 'summit.role.regions.leversHeading',
    alsoHolds: ['summit.role.regions.holds1', 'summit.role.regions.holds2'],
    redLines: ['summit.role.regions.redLine1', 'summit.role.regions.redLine2'],
    openingQuestion: 'summit.role.regions.question',
  },
  {
    id: 'patients',
    name: 'summit.role.patients.name',
    whoTheyAre: 'summit.role.patients.who',
    goals: [
      'summit.role.patients.goal1',
      'summit.role.patients.goal2',
      'summit.role.patients.goal3',
    ],
    levers: [],
    leversHeading: null,
    alsoHolds: ['summit.role.patients.holds1', 'summit.role.patients.holds2'],
    redLines: ['summit.role.patients.redLine1', 'summit.role.patients.redLine2'],
    openingQuestion: 'summit.role.patients.question',
  },
];

/** The role of `id`. */
export function roleById(id: RoleId): SummitRole {
  const role = ROLES.find((r) => r.id === id);
  if (!role) throw new Error(`unknown role ${id}`);
  return role;
}

/**
 * A profession's name inside a sentence: the first letter in lower case when the word is
 * not an abbreviation ("Nurses" → "nurses", "General practitioners" → "general
 * practitioners", "GPs" stays).
 */
export function inSentence(name: string, language?: string): string {
  return lowerFirst(name, language);
}

/**
 * The role's opening question for a profession and a year; without them, the generic
 * question ("this workforce", "the target year").
 */
export function openingQuestion(
  role: SummitRole,
  t: Translate,
  profession?: string,
  year?: string,
): string {
  return t(role.openingQuestion, {
    profession: profession ? inSentence(profession) : t('summit.role.anyProfession'),
    year: year ?? t('summit.role.anyYear'),
  });
}
