/**
 * The report to hand over, as one document: the scenario's name and the date, the headline
 * of every profession, the assumptions in a planner's words, each profession's charts with
 * their legends and table alternatives, where the data come from (with the credit a shipped
 * data set asks for) and the scenario's link. It draws the result it is given: opening the
 * report runs no simulation. Laid out for the screen and for A4 paper (report.css).
 */
import {
  densityRatioWords,
  mobilityWords,
  regionalPolicyWords,
  regionalResultOf,
  regionRows,
} from './report-regions.ts';
import type { RegionalResult } from '../../model/regions/simulate.ts';
import { wordView } from '../../model/regions/word-view.ts';
import { useId } from 'react';
import type { ReactNode } from 'react';
import { AgePyramid } from '../charts/age-pyramid.tsx';
import { AgeTable } from '../charts/age-table.tsx';
import { FanChart } from '../charts/fan-chart.tsx';
import { FanTable } from '../charts/fan-table.tsx';
import { useFormats } from '../charts/formats-context.ts';
import { GapChart } from '../charts/gap-chart.tsx';
import { GapTable } from '../charts/gap-table.tsx';
import { IntakeChart } from '../charts/intake-chart.tsx';
import { IntakeTable } from '../charts/intake-table.tsx';
import { intakeBaseline } from '../charts/intake-words.ts';
import { Tornado } from '../charts/tornado.tsx';
import { TornadoTable } from '../charts/tornado-table.tsx';
import type { Formats } from '../format.ts';
import { basedOn, headline } from '../results/headline.ts';
import { regionalLabel } from '../editor/region-words.ts';
import type { LinkState } from '../share/share-state.ts';
import type { HwfResult, ProfessionResult } from '../../model/result/result.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import { populationWords, reportAssumptions, type ProfessionAssumptions } from './report-text.ts';
import { messageNodes } from '../i18n/rich-text.tsx';
import { ReportCostsPart } from './report-costs-part.tsx';
import { ReportPlan } from './report-plan.tsx';

/** Props of {@link ReportDocument}. */
export interface ReportDocumentProps {
  result: HwfResult;
  /** The scenario the result was made from. */
  scenario: Scenario;
  /** The scenario's link, as the Share button gives it. */
  link: LinkState;
  /** When the report was made. */
  date: Date;
  /** Why the result is not of the scenario being edited, when it is not. */
  note?: string;
  /** id of the report's title (the dialog is labelled by it). */
  titleId?: string;
}

/** The locale of the report's English words: British, as they are ("3 June 2025"). */
const ENGLISH_WORDS = 'en-GB';

/** The locale the report's date is written in: the language of its words ("3 June 2025"),
 *  never another language inside its sentences; numbers follow the browser's locale. */
export function dateLocale(language: string): string {
  return language === 'en' ? ENGLISH_WORDS : language;
}

/** "3 June 2025", in the language of the report's words. */
export function reportDate(date: Date, locale: string = ENGLISH_WORDS): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
}

/** A section with a heading that labels it. */
function Part(props: {
  title: string;
  level: 3 | 4;
  className?: string;
  children: ReactNode;
  subject?: string;
}) {
  const id = useId();
  const Heading = `h${props.level}` as const;
  return (
    <section className={props.className} aria-labelledby={id} data-chart-subject={props.subject}>
      <Heading id={id}>{props.title}</Heading>
      {props.children}
    </section>
  );
}

/** A chart with its title and legend, and below it the same numbers as a table. */
function Figure(props: {
  title: string;
  chart: ReactNode;
  table: ReactNode;
  /** A long, narrow table: printed in two columns. */
  narrowTable?: boolean;
}) {
  const id = useId();
  return (
    <figure className="hwf-report-figure" aria-labelledby={id}>
      <h4 id={id}>{props.title}</h4>
      <div className="hwf-report-chart">{props.chart}</div>
      <div
        className={
          props.narrowTable ? 'hwf-report-table hwf-report-table-columns' : 'hwf-report-table'
        }
      >
        {props.table}
      </div>
    </figure>
  );
}

function ProfessionPart({
  result,
  scenario,
  full,
  p,
  f,
}: {
  result: HwfResult;
  scenario: Scenario;
  /** The scenario as written (with its regions, where it has them). */
  full: Scenario;
  p: ProfessionResult;
  f: Formats;
}) {
  const { t } = f;
  const { years, targetYear, intakeFromYear, deterministic } = result;
  const baseline = intakeBaseline(scenario, p.id, targetYear);
  const intakeContext = { targetYear, intakeFromYear, deterministic, baseline };
  const fan = {
    name: p.name,
    years,
    targetYear,
    measure: 'fte' as const,
    supply: p.fte,
    demand: p.demand,
  };
  const gap = {
    name: p.name,
    years,
    targetYear,
    gap: p.gap,
    shortageProbability: p.shortageProbability,
  };
  const tornado = {
    name: p.name,
    targetYear,
    entries: p.sensitivity,
    // Inputs named with their regions (`training.intake.north` → "… (North)").
    labelFor: (path: string) => regionalLabel(path, full, t),
    runs: result.runs,
  };
  const pyramidTitle = p.ageProfile
    ? t('report.profession.pyramidYears', {
        base: f.year(p.ageProfile.baseYear),
        target: f.year(p.ageProfile.targetYear),
      })
    : t('report.profession.pyramid');
  return (
    <Part
      title={t('report.profession.title', { name: p.name })}
      level={3}
      className="hwf-report-profession"
      subject={p.name}
    >
      <p className="hwf-report-headline">{headline(result, p, f, baseline)}</p>
      <Figure
        title={t('report.profession.fan')}
        chart={<FanChart {...fan} />}
        table={<FanTable {...fan} />}
      />
      <Figure
        title={t('report.profession.gap')}
        chart={<GapChart {...gap} />}
        table={<GapTable {...gap} />}
      />
      <Figure
        title={t('report.profession.intake')}
        chart={<IntakeChart name={p.name} intake={p.requiredIntake} {...intakeContext} />}
        table={<IntakeTable name={p.name} intake={p.requiredIntake} {...intakeContext} />}
      />
      <Figure
        title={t('report.profession.tornado', { year: f.year(targetYear) })}
        chart={<Tornado {...tornado} />}
        table={<TornadoTable {...tornado} />}
      />
      <Figure
        title={pyramidTitle}
        chart={<AgePyramid name={p.name} profile={p.ageProfile} totalRuns={result.runs} />}
        table={<AgeTable name={p.name} profile={p.ageProfile} />}
        narrowTable
      />
    </Part>
  );
}

function AssumptionTable({ a }: { a: ProfessionAssumptions }) {
  const t = useFormats().t;
  const sections: { name: string; rows: typeof a.rows }[] = [];
  for (const row of a.rows) {
    const last = sections[sections.length - 1];
    if (last?.name === row.section) last.rows.push(row);
    else sections.push({ name: row.section, rows: [row] });
  }
  return (
    <table className="hwf-report-assumptions">
      <caption>{t('report.assumptions.caption', { name: a.name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('report.assumptions.input')}</th>
          <th scope="col">{t('report.assumptions.value')}</th>
          <th scope="col">{t('report.assumptions.unit')}</th>
        </tr>
      </thead>
      {sections.map((s) => (
        <tbody key={s.name}>
          <tr className="hwf-report-section-row">
            <th scope="colgroup" colSpan={3}>
              {s.name}
            </th>
          </tr>
          {s.rows.map((r) => (
            <tr key={r.label} data-parameter={r.key}>
              <th scope="row">{r.label}</th>
              <td>{r.value}</td>
              <td>{r.unit}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}

function Sentences({ items, none }: { items: readonly string[]; none: string }) {
  if (items.length === 0) return <p>{none}</p>;
  return (
    <ul>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

/** A density with two decimals, in the reader's locale. */
const two = (v: number, f: Formats) =>
  v.toLocaleString(f.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Where the shortages fall: per profession, the nation and each region at the target year. */
function RegionsPart({ result, f }: { result: RegionalResult; f: Formats }) {
  const { t } = f;
  const year = f.year(result.targetYear);
  return (
    <Part title={t('report.regions.title')} level={3} className="hwf-report-regions">
      {result.professions.map((p) => {
        const rows = regionRows(result, p.id, t);
        const density = rows.some((r) => r.density !== null);
        return (
          <Part key={p.id} title={t('report.regions.byRegion', { name: p.name, year })} level={4}>
            <table className="hwf-report-facts">
              <thead>
                <tr>
                  <th scope="col">{t('report.regions.region')}</th>
                  <th scope="col">{t('report.regions.shortage')}</th>
                  <th scope="col">{t('report.regions.gap')}</th>
                  {density && <th scope="col">{t('report.regions.density')}</th>}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.name}>
                    <th scope="row">{r.name}</th>
                    <td>{f.percent(r.shortage)}</td>
                    <td>{f.signed(r.gap)}</td>
                    {density && (
                      <td>
                        {r.density
                          ? `${two(r.density.p50, f)} (${two(r.density.p10, f)}–${two(r.density.p90, f)})`
                          : '—'}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
            <p>{densityRatioWords(result, p.id, f)}</p>
          </Part>
        );
      })}
    </Part>
  );
}

/** The whole report. */
export function ReportDocument(props: ReportDocumentProps) {
  const { result, link, date, note } = props;
  // A regional scenario is described through its national view (its sums).
  const scenario = wordView(props.scenario);
  const f = useFormats();
  const { t } = f;
  const regional = regionalResultOf(result);
  const a = reportAssumptions(scenario, f);
  if (props.scenario.regions) a.policies = regionalPolicyWords(props.scenario, f);
  const runs = basedOn(result.runs, result.deterministic, f);
  const made = t('report.head.made', {
    date: reportDate(date, dateLocale(f.language)),
    runs,
  });
  const stillRunning = result.runs < scenario.simulation.runs && !result.deterministic;
  return (
    <article className="hwf-report-page">
      <header className="hwf-report-head">
        <p className="hwf-report-product">{t('report.head.product')}</p>
        <h2 id={props.titleId} className="hwf-report-title">
          {scenario.name}
        </h2>
        {scenario.description && <p className="hwf-report-description">{scenario.description}</p>}
        <p className="hwf-report-meta">
          {stillRunning
            ? `${made} ${t('report.head.stillRunning', {
                done: f.integer(result.runs),
                total: f.integer(scenario.simulation.runs),
              })}`
            : made}
        </p>
        {note && <p className="hwf-report-note">{note}</p>}
      </header>

      <Part title={t('report.summary.title')} level={3} className="hwf-report-summary">
        {result.professions.map((p) => (
          <p key={p.id}>
            <strong>{t('report.summary.name', { name: p.name })}</strong>{' '}
            {headline(result, p, f, intakeBaseline(scenario, p.id, result.targetYear))}
          </p>
        ))}
      </Part>

      <Part title={t('report.assumptions.title')} level={3} className="hwf-report-assumptions-part">
        <table className="hwf-report-facts">
          <caption>{t('report.assumptions.scenario')}</caption>
          <tbody>
            {a.facts.map((fact) => (
              <tr key={fact.label}>
                <th scope="row">{fact.label}</th>
                <td>{fact.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {a.professions.map((p) => (
          <AssumptionTable key={p.id} a={p} />
        ))}
        <Part title={t('report.assumptions.policies')} level={4}>
          <Sentences items={a.policies} none={t('report.assumptions.noPolicies')} />
        </Part>
        {props.scenario.regions && (
          <Part title={t('report.assumptions.moves')} level={4}>
            <Sentences
              items={mobilityWords(props.scenario, f)}
              none={t('report.assumptions.noMoves')}
            />
          </Part>
        )}
        <Part title={t('report.assumptions.shifting')} level={4}>
          <Sentences items={a.substitution} none={t('report.assumptions.noShifting')} />
        </Part>
        <Part title={t('report.assumptions.crises')} level={4}>
          <Sentences items={a.shocks} none={t('report.assumptions.noCrises')} />
        </Part>
      </Part>

      {result.professions.map((p) => (
        <ProfessionPart
          key={p.id}
          result={result}
          scenario={scenario}
          full={props.scenario}
          p={p}
          f={f}
        />
      ))}

      {regional && <RegionsPart result={regional} f={f} />}

      <ReportCostsPart result={result} />

      <ReportPlan scenario={props.scenario} />

      <Part title={t('report.credits.title')} level={3} className="hwf-report-credits">
        <p>{t('report.credits.population', { words: populationWords(scenario, t) })}</p>
        {a.credit && (
          <p className="hwf-report-credit">
            {messageNodes(
              t,
              'report.credits.data',
              {
                licence: <a href={a.credit.licenceUrl}>{a.credit.licenceName}</a>,
                source: <a href={a.credit.sourceUrl}>{a.credit.sourceUrl}</a>,
              },
              { attribution: a.credit.attribution },
            )}
          </p>
        )}
        <p>{t('report.credits.computed')}</p>
      </Part>

      <Part title={t('report.link.title')} level={3} className="hwf-report-link">
        {link.kind === 'link' ? (
          <p>
            {messageNodes(
              t,
              'report.link.opens',
              {
                link: (
                  <a className="hwf-report-url" href={link.url}>
                    {link.url}
                  </a>
                ),
              },
              {},
            )}
          </p>
        ) : link.kind === 'too-big' ? (
          <p>{t('report.link.tooBig')}</p>
        ) : (
          <p>{t('report.link.none')}</p>
        )}
      </Part>
    </article>
  );
}
