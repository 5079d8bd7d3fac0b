/**
 * The planning summit's role briefings: one page per role (roles.ts), printed one to an A4
 * sheet (briefings.css). Each page says who the role is, its goals, the levers it controls
 * made concrete for the working scenario (today's value of each lever per profession, at
 * its point value), where things stand in the target year (each profession's shortage
 * probability in words, from the result on screen), its red lines and the question it
 * answers before the first result is shown. The foot names the scenario and the futures
 * the numbers rest on; without a result it says the numbers come once the scenario has run.
 */
import { useId } from 'react';
import { intakeBaseline } from '../charts/intake-words.ts';
import { presentValueWords } from '../charts/cost-words.ts';
import { useFormats } from '../charts/formats-context.ts';
import { createMoney } from '../charts/money.ts';
import { shortageWords } from '../charts/readout.ts';
import type { Formats } from '../format.ts';
import { gapWords } from '../results/headline.ts';
import { PARAMETER_HELP } from '../scenario/parameter-words.ts';
import { parameterAt, type PolicyParameter } from '../../model/catalog.ts';
import { pointValue } from '../../model/numeric/distributions.ts';
import { wordView } from '../../model/regions/word-view.ts';
import type { HwfResult } from '../../model/result/result.ts';
import type { Profession, Scenario } from '../../model/scenario/types.ts';
import { ROLES, openingQuestion, type SummitRole } from './roles.ts';
import './briefings.css';

/** Props of {@link RoleBriefings}. */
export interface RoleBriefingsProps {
  /** The working scenario (null when it has problems or none is open). */
  scenario: Scenario | null;
  /** The result on screen (null before the first run). */
  result: HwfResult | null;
}

/** What every page is told before the scenario has run. */
export const NO_RESULT_YET = 'The numbers come once the scenario has run.';

/** A share as a percent with at most one decimal ("2.5 %" in the reader's locale). */
function share(value: number, f: Formats): string {
  return new Intl.NumberFormat(f.locale, { style: 'percent', maximumFractionDigits: 1 }).format(
    value,
  );
}

/** The average FTE per head, weighted by today's headcount (a plain mean with nobody). */
function averageFte(p: Profession): number {
  if (typeof p.fte === 'number') return p.fte;
  let weighted = 0;
  let people = 0;
  let plain = 0;
  let cells = 0;
  for (const sex of ['female', 'male'] as const) {
    p.fte[sex].forEach((fte, i) => {
      const n = p.stock[sex][i] ?? 0;
      weighted += fte * n;
      people += n;
      plain += fte;
      cells += 1;
    });
  }
  return people > 0 ? weighted / people : cells > 0 ? plain / cells : 0;
}

/** Today's value of `parameter` for profession `p` of the national view, in words. */
function todayOf(
  parameter: PolicyParameter,
  p: Profession,
  scenario: Scenario,
  targetYear: number,
  f: Formats,
): string {
  const t = p.training;
  switch (parameter) {
    case 'training.intake': {
      const today = intakeBaseline(scenario, p.id, targetYear)?.today;
      return today === undefined ? 'no training in the scenario' : `${f.count(today)} a year`;
    }
    case 'training.completion':
      return t
        ? `${share(pointValue(t.completion), f)} of starters finish`
        : 'no training in the scenario';
    case 'training.entryRate':
      return t
        ? `${share(pointValue(t.entryRate), f)} of graduates start work here`
        : 'no training in the scenario';
    case 'immigration.perYear':
      return p.immigration
        ? `${f.count(pointValue(p.immigration.perYear))} a year`
        : 'none in the scenario';
    case 'exits.attrition':
      return `${share(p.exits?.attrition === undefined ? 0 : pointValue(p.exits.attrition), f)} a year`;
    case 'exits.emigration':
      return `${share(p.exits?.emigration === undefined ? 0 : pointValue(p.exits.emigration), f)} a year`;
    case 'exits.retirement.meanAge':
      return p.exits?.retirement
        ? `${f.count(pointValue(p.exits.retirement.meanAge))} years`
        : 'no retirement curve in the scenario';
    case 'fte':
      return `${new Intl.NumberFormat(f.locale, { maximumFractionDigits: 2 }).format(averageFte(p))} FTE per head`;
  }
}

/** One lever of a role: its label, what it means and today's value per profession. */
interface LeverFacts {
  parameter: PolicyParameter;
  label: string;
  help: string;
  /** "Nurses: 1 200 a year"; empty without a scenario. */
  today: string[];
  /** For the regions role in a scenario with regions: each region's training places. */
  byRegion: string[];
}

function leverFacts(
  role: SummitRole,
  scenario: Scenario | null,
  targetYear: number,
  f: Formats,
): LeverFacts[] {
  const national = scenario ? wordView(scenario) : null;
  return role.levers.map((parameter) => {
    const key = parameterAt(parameter);
    const words = key ? PARAMETER_HELP[key] : { label: parameter, help: '' };
    const today = national
      ? national.professions.map(
          (p) => `${p.name}: ${todayOf(parameter, p, scenario!, targetYear, f)}`,
        )
      : [];
    const regions = role.id === 'regions' && parameter === 'training.intake' && scenario?.regions;
    const byRegion = regions
      ? scenario.professions.flatMap((p) =>
          regions.flatMap((r) => {
            const b = intakeBaseline(scenario, p.id, targetYear, r.id);
            return b ? [`${p.name} in ${r.name}: ${f.count(b.today)} a year`] : [];
          }),
        )
      : [];
    return { parameter, label: words.label, help: words.help, today, byRegion };
  });
}

/** Where things stand in the target year: each profession's shortage in words. */
export function standingWords(result: HwfResult, f: Formats): string[] {
  const t = result.years.indexOf(result.targetYear);
  if (t < 0) return [`The target year ${f.year(result.targetYear)} is outside the projection.`];
  return result.professions.map((p) =>
    result.deterministic
      ? `${p.name}: in the one run at the point values, ${gapWords(p.gap.p50[t], f)}.`
      : `${p.name}: ${shortageWords(p.shortageProbability[t], f)}.`,
  );
}

/** "Numbers from the working scenario: Exampleland, 2 000 futures." */
export function sourceLine(scenario: Scenario | null, result: HwfResult | null, f: Formats) {
  if (!scenario) return `No working scenario yet. ${NO_RESULT_YET}`;
  if (!result) return `Numbers from the working scenario: ${scenario.name}. ${NO_RESULT_YET}`;
  const runs = result.deterministic
    ? 'one run at the point values'
    : `${f.integer(result.runs)} ${result.runs === 1 ? 'future' : 'futures'}`;
  return `Numbers from the working scenario: ${scenario.name}, ${runs}.`;
}

/** The cost line of the ministry of finance's page. */
function costLine(scenario: Scenario | null, result: HwfResult | null, f: Formats): string {
  if (result?.cost) {
    const money = createMoney(f.locale, result.cost.currency);
    return `What the scenario costs: ${presentValueWords(result.years, result.cost, result.cost.discountRate, money, f)}.`;
  }
  if (scenario && !scenario.costs) {
    return 'This scenario has no costs: the cost of each change is argued in words.';
  }
  return '';
}

interface PageProps {
  role: SummitRole;
  scenario: Scenario | null;
  result: HwfResult | null;
  idPrefix: string;
}

function BriefingPage({ role, scenario, result, idPrefix }: PageProps) {
  const f = useFormats();
  const titleId = `${idPrefix}-${role.id}`;
  const targetYear = result?.targetYear ?? scenario?.analysis.targetYear;
  const year = targetYear === undefined ? undefined : f.year(targetYear);
  const levers = leverFacts(role, scenario, targetYear ?? 0, f);
  const first = scenario?.professions[0]?.name;
  const costs = role.id === 'ministry-of-finance' ? costLine(scenario, result, f) : '';
  return (
    <article className="hwf-briefing" aria-labelledby={titleId}>
      <p className="hwf-briefing-kicker">Planning summit · role briefing</p>
      <h3 id={titleId} className="hwf-briefing-role">
        {role.name}
      </h3>
      <p className="hwf-briefing-who">{role.whoTheyAre}</p>

      <h4>Your goals</h4>
      <ul>
        {role.goals.map((g) => (
          <li key={g}>{g}</li>
        ))}
      </ul>

      <h4>What you control</h4>
      {levers.length === 0 ? (
        <p>No lever of the scenario is yours.</p>
      ) : (
        <ul className="hwf-briefing-levers">
          {levers.map((l) => (
            <li key={l.parameter}>
              <strong>{l.label}</strong>
              {l.help && ` — ${l.help}`}
              {l.today.length > 0 && (
                <span className="hwf-briefing-today">Today: {l.today.join('; ')}.</span>
              )}
              {l.byRegion.length > 0 && (
                <span className="hwf-briefing-today">By region: {l.byRegion.join('; ')}.</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <ul className="hwf-briefing-holds">
        {role.alsoHolds.map((h) => (
          <li key={h}>{h}</li>
        ))}
      </ul>

      <h4>Where things stand{year ? ` in ${year}` : ''}</h4>
      {result ? (
        <ul className="hwf-briefing-standing">
          {standingWords(result, f).map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      ) : (
        <p>{NO_RESULT_YET}</p>
      )}
      {costs && <p>{costs}</p>}

      <h4>Your red lines</h4>
      <ul>
        {role.redLines.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>

      <h4>Predict first</h4>
      <p className="hwf-briefing-question">{openingQuestion(role, first, year)}</p>
      <p className="hwf-briefing-guess" aria-hidden="true">
        Your guess: ____________________
      </p>

      <footer className="hwf-briefing-foot">
        <p>{scenario ? scenario.name : 'No working scenario'}</p>
        <p>{sourceLine(scenario, result, f)}</p>
      </footer>
    </article>
  );
}

/** The six briefings, one page each. */
export function RoleBriefings({ scenario, result }: RoleBriefingsProps) {
  const idPrefix = useId();
  return (
    <div className="hwf-briefings-pages">
      {ROLES.map((role) => (
        <BriefingPage
          key={role.id}
          role={role}
          scenario={scenario}
          result={result}
          idPrefix={idPrefix}
        />
      ))}
    </div>
  );
}
