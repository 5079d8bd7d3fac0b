/**
 * The first screen: the built-in example, simulated with the reference engine, as plain
 * tables. The full planner's interface replaces this later.
 */
import { useEffect, useState } from 'react';
import example from './data/examples/exampleland.json';
import { formatIssue, parseScenario } from './scenario/parse.ts';
import type { ParseResult } from './scenario/parse.ts';
import type { HwfResult, ProfessionResult } from './scenario/result.ts';
import { simulate } from '../wasm/reference/simulate.ts';

const RUNS = 500;

type Run =
  | { state: 'running' }
  | { state: 'done'; result: HwfResult }
  | { state: 'failed'; message: string };

const whole = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });

export function App() {
  const [parsed] = useState<ParseResult>(() => parseScenario(example));
  const [run, setRun] = useState<Run>({ state: 'running' });

  useEffect(() => {
    if (!parsed.ok) return;
    // Let the page paint before the (synchronous) simulation starts.
    const timer = setTimeout(() => {
      try {
        setRun({ state: 'done', result: simulate(parsed.scenario, { runs: RUNS }) });
      } catch (error) {
        setRun({
          state: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
      }
    }, 0);
    return () => clearTimeout(timer);
  }, [parsed]);

  return (
    <main>
      <header>
        <p className="product">HWF Scenario Lab</p>
        <h1>{parsed.ok ? parsed.scenario.name : 'Built-in example'}</h1>
        {parsed.ok && parsed.scenario.description && <p>{parsed.scenario.description}</p>}
      </header>
      {parsed.ok ? <Results run={run} /> : <Problems parsed={parsed} />}
      <p className="note">
        This is a first view of the built-in example. The full planner&rsquo;s interface (editing
        scenarios, charts, comparisons and downloads) is coming.
      </p>
    </main>
  );
}

function Problems({ parsed }: { parsed: Extract<ParseResult, { ok: false }> }) {
  return (
    <section aria-labelledby="problems" className="problems" role="alert">
      <h2 id="problems">The example scenario is not valid</h2>
      <ul>
        {parsed.errors.map((issue, i) => (
          <li key={i}>{formatIssue(issue)}</li>
        ))}
      </ul>
    </section>
  );
}

function Results({ run }: { run: Run }) {
  if (run.state === 'running') {
    return (
      <p role="status" aria-live="polite">
        Simulating {whole.format(RUNS)} runs…
      </p>
    );
  }
  if (run.state === 'failed') {
    return (
      <p role="alert" className="problems">
        The simulation failed: {run.message}
      </p>
    );
  }
  const { result } = run;
  return (
    <>
      <p role="status" aria-live="polite">
        Medians of {whole.format(result.runs)} runs, seed {result.seed}. The gap is supply minus
        demand in full-time equivalents (FTE); a negative gap is a shortage.
      </p>
      {result.professions.map((p) => (
        <ProfessionTable key={p.id} profession={p} years={result.years} />
      ))}
    </>
  );
}

function ProfessionTable({ profession, years }: { profession: ProfessionResult; years: number[] }) {
  const headingId = `profession-${profession.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{profession.name}</h2>
      <div className="table-scroll">
        <table>
          <caption>
            {profession.name}: median FTE supply, demand and gap by year, and the probability of a
            shortage
          </caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Supply (FTE, median)</th>
              <th scope="col">Demand (FTE, median)</th>
              <th scope="col">Gap (FTE, median)</th>
              <th scope="col">Shortage probability</th>
            </tr>
          </thead>
          <tbody>
            {years.map((year, i) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                <td>{whole.format(profession.fte.p50[i])}</td>
                <td>{whole.format(profession.demand.p50[i])}</td>
                <td className={profession.gap.p50[i] < 0 ? 'shortage' : undefined}>
                  {whole.format(profession.gap.p50[i])}
                </td>
                <td>{percent.format(profession.shortageProbability[i])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
