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

/** The language of the report's words: its date is written in it ("3 June 2025"), never
 *  in another language inside an English sentence; numbers follow the browser's locale. */
const WORDS_LOCALE = 'en-GB';

/** "3 June 2025", in the language of the report's words. */
export function reportDate(date: Date, locale: string = WORDS_LOCALE): string {
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
    labelFor: (path: string) => regionalLabel(path, full),
    runs: result.runs,
  };
  const pyramidTitle = p.ageProfile
    ? `Age pyramid ${f.year(p.ageProfile.baseYear)} | ${f.year(p.ageProfile.targetYear)}`
    : 'Age pyramid';
  return (
    <Part title={`Results: ${p.name}`} level={3} className="hwf-report-profession" subject={p.name}>
      <p className="hwf-report-headline">{headline(result, p, f, baseline)}</p>
      <Figure
        title="Supply and demand (FTE)"
        chart={<FanChart {...fan} />}
        table={<FanTable {...fan} />}
      />
      <Figure
        title="Gap and shortage probability"
        chart={<GapChart {...gap} />}
        table={<GapTable {...gap} />}
      />
      <Figure
        title="Training places needed per year"
        chart={<IntakeChart name={p.name} intake={p.requiredIntake} {...intakeContext} />}
        table={<IntakeTable name={p.name} intake={p.requiredIntake} {...intakeContext} />}
      />
      <Figure
        title={`What drives the ${f.year(targetYear)} gap`}
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
  const sections: { name: string; rows: typeof a.rows }[] = [];
  for (const row of a.rows) {
    const last = sections[sections.length - 1];
    if (last?.name === row.section) last.rows.push(row);
    else sections.push({ name: row.section, rows: [row] });
  }
  return (
    <table className="hwf-report-assumptions">
      <caption>Assumptions for {a.name}</caption>
      <thead>
        <tr>
          <th scope="col">Input</th>
          <th scope="col">Assumed value or range</th>
          <th scope="col">Unit</th>
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
  const year = f.year(result.targetYear);
  return (
    <Part title="Where the shortages fall" level={3} className="hwf-report-regions">
      {result.professions.map((p) => {
        const rows = regionRows(result, p.id);
        const density = rows.some((r) => r.density !== null);
        return (
          <Part key={p.id} title={`${p.name} by region, ${year}`} level={4}>
            <table className="hwf-report-facts">
              <thead>
                <tr>
                  <th scope="col">Region</th>
                  <th scope="col">Chance of a shortage</th>
                  <th scope="col">Gap, median (FTE)</th>
                  {density && <th scope="col">FTE per 1 000 inhabitants (80 % interval)</th>}
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
  const regional = regionalResultOf(result);
  const a = reportAssumptions(scenario, f.locale);
  if (props.scenario.regions) a.policies = regionalPolicyWords(props.scenario, f.locale);
  const runs = basedOn(result.runs, result.deterministic, f);
  return (
    <article className="hwf-report-page">
      <header className="hwf-report-head">
        <p className="hwf-report-product">HWF Scenario Lab · Scenario report</p>
        <h2 id={props.titleId} className="hwf-report-title">
          {scenario.name}
        </h2>
        {scenario.description && <p className="hwf-report-description">{scenario.description}</p>}
        <p className="hwf-report-meta">
          Made on {reportDate(date)}. {runs}
          {result.runs < scenario.simulation.runs &&
            !result.deterministic &&
            ` The simulation was still running: ${f.integer(result.runs)} of ${f.integer(scenario.simulation.runs)} futures.`}
        </p>
        {note && <p className="hwf-report-note">{note}</p>}
      </header>

      <Part title="In short" level={3} className="hwf-report-summary">
        {result.professions.map((p) => (
          <p key={p.id}>
            <strong>{p.name}.</strong>{' '}
            {headline(result, p, f, intakeBaseline(scenario, p.id, result.targetYear))}
          </p>
        ))}
      </Part>

      <Part title="Assumptions" level={3} className="hwf-report-assumptions-part">
        <table className="hwf-report-facts">
          <caption>The scenario</caption>
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
        <Part title="Policies" level={4}>
          <Sentences items={a.policies} none="No policies." />
        </Part>
        {props.scenario.regions && (
          <Part title="Moves between regions" level={4}>
            <Sentences
              items={mobilityWords(props.scenario, f.locale)}
              none="No one moves between regions."
            />
          </Part>
        )}
        <Part title="Task shifting" level={4}>
          <Sentences items={a.substitution} none="No task shifting." />
        </Part>
        <Part title="Crises" level={4}>
          <Sentences items={a.shocks} none="No crises." />
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

      <Part title="Data and credits" level={3} className="hwf-report-credits">
        <p>Population: {populationWords(scenario)}.</p>
        {a.credit && (
          <p className="hwf-report-credit">
            Population data: {a.credit.attribution}. Licence:{' '}
            <a href={a.credit.licenceUrl}>{a.credit.licenceName}</a>. Source:{' '}
            <a href={a.credit.sourceUrl}>{a.credit.sourceUrl}</a>.
          </p>
        )}
        <p>
          Computed with HWF Scenario Lab in the browser: the same scenario and seed give the same
          numbers.
        </p>
      </Part>

      <Part title="Open this scenario" level={3} className="hwf-report-link">
        {link.kind === 'link' ? (
          <p>
            This link opens the scenario in HWF Scenario Lab:{' '}
            <a className="hwf-report-url" href={link.url}>
              {link.url}
            </a>
          </p>
        ) : link.kind === 'too-big' ? (
          <p>This scenario is too big for a link: save it as a file to pass it on.</p>
        ) : (
          <p>This scenario has no link: fix the problems in the editor first.</p>
        )}
      </Part>
    </article>
  );
}
