/**
 * Limits on what a scenario may hold, besides the numeric domains: the length of its texts
 * and the characters of its ids. The validation applies them (with a message naming the
 * field); the library and the share links use them to refuse or set aside, before any
 * rendering, a stored draft or a link that exceeds them (docs/scenario-format.md).
 *
 * The upper bounds on numbers (below) keep every value the engine computes far inside what
 * a 64-bit number holds; each is far above anything a real workforce or population needs.
 */

/** The longest name of a scenario, a profession or a crisis, in characters. */
export const MAX_NAME_CHARS = 200;
/** The longest description of a scenario, in characters. */
export const MAX_DESCRIPTION_CHARS = 10_000;
/** The longest id of a profession (ids are what policies and rules refer to). */
export const MAX_ID_CHARS = 40;
/** An id: letters, digits, `-` and `_` only (they reach CSV files and file names). */
export const ID_PATTERN = /^[A-Za-z0-9_-]+$/;

/** How deeply objects and lists may nest in a scenario document (a scenario needs 5). */
export const MAX_NESTING = 32;

/** The most people of one profession, age and sex in the base year's stock. */
export const MAX_HEADCOUNT = 10_000_000;
/** The most FTE one person works (FTE per head, by age and sex). */
export const MAX_FTE_PER_HEAD = 2;
/** The largest count: students starting or in one study year, immigrants a year, FTE
 *  demanded in the base year. */
export const MAX_COUNT = 10_000_000;
/** The largest amount of money of one cost input (per student-year, per FTE, per immigrant,
 *  or a programme's cost per year), in the scenario's currency. */
export const MAX_MONEY = 1_000_000_000_000;
/** The largest target ratio, in FTE per 1 000 people. */
export const MAX_PER_1000 = 1_000;
/** The largest yearly rate of change: 10 = a rise of 1 000 % (the smallest is −1). */
export const MAX_RATE = 10;
/** The largest relative change of a policy: 10 = eleven times the parameter. */
export const MAX_RELATIVE_CHANGE = 10;
/** The largest change an absolute policy may make to the FTE multiplier (base 1). */
export const MAX_FTE_CHANGE = 10;
/** The largest geometric standard deviation of a lognormal distribution. */
export const MAX_GSD = 10;
/** The most people of one age and sex in a population year. */
export const MAX_POPULATION = 1_000_000_000;
/** The least base-year population, and the least base-year population weighted by
 *  utilisation (demand is divided by them). */
export const MIN_BASE_POPULATION = 1;
/** The largest relative use per person of one population age and sex. */
export const MAX_UTILISATION = 1_000;
/** The most FTE of the receiving profession per FTE of work moved by task shifting. */
export const MAX_SUBSTITUTION_RATIO = 10;
