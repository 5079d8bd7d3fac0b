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
import type { MessageKey } from '../i18n/translate.ts';
import { gapWords } from '../results/headline.ts';
import { parameterHelp } from '../scenario/parameter-words.ts';
import { messageNodes } from '../i18n/rich-text.tsx';
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

/** What every page is told before the scenario has run (a message). */
export const NO_RESULT_YET: MessageKey = 'summit.briefing.noResultYet';

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
  const { t } = f;
  const training = p.training;
  switch (parameter) {
    case 'training.intake': {
      const today = intakeBaseline(scenario, p.id, targetYear)?.today;
      return today === undefined
        ? t('summit.briefing.noTraining')
        : t('summit.briefing.perYear', { count: f.count(today) });
    }
    case 'training.completion':
      return training
        ? t('summit.briefing.completion', { share: share(pointValue(training.completion), f) })
        : t('summit.briefing.noTraining');
    case 'training.entryRate':
      return training
        ? t('summit.briefing.entryRate', { share: share(pointValue(training.entryRate), f) })
        : t('summit.briefing.noTraining');
    case 'immigration.perYear':
      return p.immigration
        ? t('summit.briefing.perYear', { count: f.count(pointValue(p.immigration.perYear)) })
        : t('summit.briefing.noImmigration');
    case 'exits.attrition': {
      const rate = p.exits?.attrition === undefined ? 0 : pointValue(p.exits.attrition);
      return t('summit.briefing.shareYear', { share: share(rate, f) });
    }
    case 'exits.emigration': {
      const rate = p.exits?.emigration === undefined ? 0 : pointValue(p.exits.emigration);
      return t('summit.briefing.shareYear', { share: share(rate, f) });
    }
    case 'exits.retirement.meanAge':
      return p.exits?.retirement
        ? t('summit.briefing.years', { count: f.count(pointValue(p.exits.retirement.meanAge)) })
        : t('summit.briefing.noRetirement');
    case 'fte': {
      const fte = new Intl.NumberFormat(f.locale, { maximumFractionDigits: 2 }).format(
        averageFte(p),
      );
      return t('summit.briefing.fte', { value: fte });
    }
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
  const { t } = f;
  const national = scenario ? wordView(scenario) : null;
  return role.levers.map((parameter) => {
    const key = parameterAt(parameter);
    const words = key ? parameterHelp(t)[key] : { label: parameter, help: '' };
    const today = national
      ? national.professions.map((p) =>
          t('summit.briefing.professionToday', {
            profession: p.name,
            today: todayOf(parameter, p, scenario!, targetYear, f),
          }),
        )
      : [];
    const regions = role.id === 'regions' && parameter === 'training.intake' && scenario?.regions;
    const byRegion = regions
      ? scenario.professions.flatMap((p) =>
          regions.flatMap((r) => {
            const b = intakeBaseline(scenario, p.id, targetYear, r.id);
            if (!b) return [];
            const words = { profession: p.name, region: r.name, count: f.count(b.today) };
            return [t('summit.briefing.regionToday', words)];
          }),
        )
      : [];
    return { parameter, label: words.label, help: words.help, today, byRegion };
  });
}

/** Where things stand in the target year: each profession's shortage in words. */
export function standingWords(result: HwfResult, f: Formats): string[] {
  const { t } = f;
  const i = result.years.indexOf(result.targetYear);
  if (i < 0) return [t('summit.briefing.outside', { year: f.year(result.targetYear) })];
  return result.professions.map((p) =>
    result.deterministic
      ? t('summit.briefing.standingOneRun', {
          profession: p.name,
          gap: gapWords(p.gap.p50[i], f),
        })
      : t('summit.briefing.standing', {
          profession: p.name,
          shortage: shortageWords(p.shortageProbability[i], f),
        }),
  );
}

/** "Numbers from the working scenario: Exampleland, 2 000 futures." */
export function sourceLine(scenario: Scenario | null, result: HwfResult | null, f: Formats) {
  const { t } = f;
  if (!scenario) return t('summit.briefing.sourceNone');
  const name = scenario.name;
  if (!result) return t('summit.briefing.sourceNoResult', { name });
  if (result.deterministic) return t('summit.briefing.sourceOneRun', { name });
  return t('summit.briefing.sourceFutures', {
    name,
    runs: f.integer(result.runs),
    count: result.runs,
  });
}

/** The cost line of the ministry of finance's page. */
function costLine(scenario: Scenario | null, result: HwfResult | null, f: Formats): string {
  if (result?.cost) {
    const money = createMoney(f.locale, result.cost.currency);
    const cost = presentValueWords(result.years, result.cost, result.cost.discountRate, money, f);
    return f.t('summit.briefing.cost', { cost });
  }
  if (scenario && !scenario.costs) {
    return f.t('summit.briefing.noCosts');
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
  const { t } = f;
  const titleId = `${idPrefix}-${role.id}`;
  const targetYear = result?.targetYear ?? scenario?.analysis.targetYear;
  const year = targetYear === undefined ? undefined : f.year(targetYear);
  const levers = leverFacts(role, scenario, targetYear ?? 0, f);
  const first = scenario?.professions[0]?.name;
  const costs = role.id === 'ministry-of-finance' ? costLine(scenario, result, f) : '';
  return (
    <article className="hwf-briefing" aria-labelledby={titleId}>
      <p className="hwf-briefing-kicker">{t('summit.briefing.kicker')}</p>
      <h3 id={titleId} className="hwf-briefing-role">
        {t(role.name)}
      </h3>
      <p className="hwf-briefing-who">{t(role.whoTheyAre)}</p>

      <h4>{t('summit.briefing.goals')}</h4>
      <ul>
        {role.goals.map((g) => (
          <li key={g}>{t(g)}</li>
        ))}
      </ul>

      <h4>{t('summit.briefing.control')}</h4>
      {levers.length === 0 ? (
        <p>{t('summit.briefing.noLever')}</p>
      ) : (
        <ul className="hwf-briefing-levers">
          {levers.map((l) => (
            <li key={l.parameter}>
              {l.help ? (
                messageNodes(t, 'summit.briefing.leverHelp', {
                  lever: <strong>{l.label}</strong>,
                  help: l.help,
                })
              ) : (
                <strong>{l.label}</strong>
              )}
              {l.today.length > 0 && (
                <span className="hwf-briefing-today">
                  {t('summit.briefing.today', { values: l.today.join(t('app.list.clauses')) })}
                </span>
              )}
              {l.byRegion.length > 0 && (
                <span className="hwf-briefing-today">
                  {t('summit.briefing.byRegion', {
                    values: l.byRegion.join(t('app.list.clauses')),
                  })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <ul className="hwf-briefing-holds">
        {role.alsoHolds.map((h) => (
          <li key={h}>{t(h)}</li>
        ))}
      </ul>

      <h4>
        {year ? t('summit.briefing.standingIn', { year }) : t('summit.briefing.standingHeading')}
      </h4>
      {result ? (
        <ul className="hwf-briefing-standing">
          {standingWords(result, f).map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      ) : (
        <p>{t(NO_RESULT_YET)}</p>
      )}
      {costs && <p>{costs}</p>}

      <h4>{t('summit.briefing.redLines')}</h4>
      <ul>
        {role.redLines.map((r) => (
          <li key={r}>{t(r)}</li>
        ))}
      </ul>

      <h4>{t('summit.briefing.predict')}</h4>
      <p className="hwf-briefing-question">{openingQuestion(role, t, first, year)}</p>
      <p className="hwf-briefing-guess" aria-hidden="true">
        {t('summit.briefing.guess')}
      </p>

      <footer className="hwf-briefing-foot">
        <p>{scenario ? scenario.name : t('summit.briefing.noScenario')}</p>
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
