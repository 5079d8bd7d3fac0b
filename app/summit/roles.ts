/**
 * The planning summit's roles: the six parties around the table, each with who they are,
 * what they want, which of the scenario's policy parameters they control (the `parameter`
 * a policy may name, model/catalog.ts POLICY_PARAMETERS), what else they hold that is not a
 * parameter (a budget, a veto, task shifting, a target), the lines they will not cross, and
 * the question they answer before the first result is shown (predict first).
 *
 * The words are generic (no country) and plain. The opening questions hold `{profession}`
 * and `{year}`, filled with the working scenario's first profession and target year
 * ({@link openingQuestion}).
 */
import type { PolicyParameter } from '../../model/catalog.ts';

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

/** One party of the summit. */
export interface SummitRole {
  id: RoleId;
  /** "Ministry of health". */
  name: string;
  /** One sentence. */
  whoTheyAre: string;
  /** Three or four. */
  goals: readonly string[];
  /** The policy parameters they control; none for a role that holds no lever. */
  levers: readonly PolicyParameter[];
  /** Powers that are not a parameter of the scenario (a budget, a veto, a target). */
  alsoHolds: readonly string[];
  /** Two or three. */
  redLines: readonly string[];
  /** A question to answer before the result is shown; may hold {profession} and {year}. */
  openingQuestion: string;
}

export const ROLES: readonly SummitRole[] = [
  {
    id: 'ministry-of-health',
    name: 'Ministry of health',
    whoTheyAre:
      'The ministry that answers to parliament and the public for whether there are enough health workers.',
    goals: [
      'No profession short of staff in the target year, or at least a shortage that is unlikely.',
      'A plan that works in most futures, not only in the average one.',
      'Quick relief where the gap opens first, while new graduates are still in training.',
      'A plan every other party can live with.',
    ],
    levers: ['immigration.perYear'],
    // Recruitment from abroad is the immigration lever above.
    alsoHolds: [
      'Task shifting: which work moves from one profession to another (in the scenario’s task shifting rules).',
      'Chairs the summit’s decisions: a change goes into the plan when the ministry of health signs it.',
    ],
    redLines: [
      'No plan that leaves a shortage more likely than not in the target year.',
      'No recruitment from countries that are themselves short of health workers.',
      'No change to who does which work without the professions being heard.',
    ],
    openingQuestion: 'Before we start: how likely is a shortage of {profession} in {year}?',
  },
  {
    id: 'ministry-of-finance',
    name: 'Ministry of finance',
    whoTheyAre:
      'The ministry that holds the public budget and must agree to anything that costs money.',
    goals: [
      'Spend no more than is needed to meet the target.',
      'Know the cost of each change before it is agreed, year by year.',
      'Prefer changes that can be stopped or scaled back if the need turns out smaller.',
    ],
    levers: [],
    alsoHolds: [
      'The budget: training places, salaries and recruitment all cost money (the scenario’s costs, when it has them).',
      'A veto: a change that costs money goes into the plan only with the ministry of finance’s agreement.',
    ],
    redLines: [
      'No open-ended spending: every change has a cost and a year it starts.',
      'No plan that costs more than the budget agreed at the start of the day.',
    ],
    openingQuestion:
      'Before we start: how many FTE of {profession} will be missing or left over in {year}, in the middle future?',
  },
  {
    id: 'universities',
    name: 'Universities',
    whoTheyAre:
      'The universities and colleges that train new health workers, from the first year of study to the diploma.',
    goals: [
      'Training places that match the need, planned years ahead so teachers and clinical placements can follow.',
      'More students finishing their training, fewer dropping out.',
      'Steady intakes: no sudden rise that has to be cut back a few years later.',
    ],
    levers: ['training.intake', 'training.completion'],
    alsoHolds: [
      'Only graduates add to the workforce, and only once their training is over: a change of intake shows years later.',
    ],
    redLines: [
      'No more than a quarter more training places within two years: teachers and placements take time.',
      'No extra places without the money to teach them.',
      'No shorter training that lowers the standard of the diploma.',
    ],
    openingQuestion:
      'Before we start: how many training places a year are needed for {profession} to avoid a shortage in {year}?',
  },
  {
    id: 'professional-associations',
    name: 'Professional associations',
    whoTheyAre:
      'The associations and unions that speak for the health workers themselves: their hours, pay and working conditions.',
    goals: [
      'Working conditions that keep people in the profession.',
      'Workloads that people can sustain, so fewer leave early.',
      'A say in every change to hours, retirement or who does which work.',
    ],
    levers: ['fte', 'exits.retirement.meanAge', 'exits.attrition', 'exits.emigration'],
    alsoHolds: [
      'Working conditions decide how many hours people work, when they retire and how many leave the profession or the country.',
    ],
    redLines: [
      'No longer hours imposed on the people working today.',
      'No later retirement without people choosing it.',
      'No task shifting that makes one profession do another’s work without training and pay.',
    ],
    openingQuestion:
      'Before we start: if the average retirement age of {profession} rose by one year, how much less likely would a shortage be in {year}?',
  },
  {
    id: 'regions',
    name: 'Regions',
    whoTheyAre:
      'The regional health authorities that run the hospitals and clinics and employ most health workers.',
    goals: [
      'Enough staff in every region, not only in the country as a whole.',
      'Keep the people they train: fewer leaving for other regions or other countries.',
      'Training places close to where the staff are needed.',
    ],
    levers: ['training.intake', 'exits.emigration'],
    alsoHolds: [
      'In a scenario with regions: the training places of their own region, and how many people move between regions.',
      'As employers: the pay and conditions that make people stay.',
    ],
    redLines: [
      'No plan that fixes the national figure while one region stays short.',
      'No new tasks for the regions without the staff or the money to do them.',
    ],
    openingQuestion:
      'Before we start: will a shortage of {profession} in {year} be more likely or less likely than one in two?',
  },
  {
    id: 'patients',
    name: 'Patients',
    whoTheyAre:
      'The organisations that speak for patients and the public who need care, today and in the years to come.',
    goals: [
      'Care when it is needed: no unmet need growing over the years.',
      'A shortage made unlikely, not only smaller in the average future.',
      'A plan that says plainly what is still uncertain.',
    ],
    levers: [],
    alsoHolds: [
      'No lever of their own: they may require a target, e.g. “a shortage at most 20 % likely in every year from the target year”.',
      'What they watch: the shortage probability and the gap between supply and demand.',
    ],
    redLines: [
      'No plan that accepts a shortage as more likely than not.',
      'No plan that meets the target in one region while patients elsewhere go without.',
    ],
    openingQuestion:
      'Before we start: in how many futures out of ten will there be a shortage of {profession} in {year}?',
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
export function inSentence(name: string): string {
  const first = name.charAt(0);
  const second = name.charAt(1);
  return second && second === second.toLowerCase() && second !== second.toUpperCase()
    ? first.toLowerCase() + name.slice(1)
    : name;
}

/**
 * The role's opening question for a profession and a year; without them, the generic
 * question ("this workforce", "the target year").
 */
export function openingQuestion(role: SummitRole, profession?: string, year?: string): string {
  return role.openingQuestion
    .replaceAll('{profession}', profession ? inSentence(profession) : 'this workforce')
    .replaceAll('{year}', year ?? 'the target year');
}
