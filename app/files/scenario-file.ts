/**
 * Scenario and result files: their names and contents for a download, and opening a
 * scenario file. Everything read from a file passes through `parseScenarioJson`, so a bad
 * file is refused with every problem (JSON syntax with line and column) and never reaches
 * the planner's work.
 */
import { fileNameFor } from '../charts/export.ts';
import { issueLine } from '../i18n/issue-text.ts';
import { datasetInfo, loadDataset } from '../data/population/catalog.ts';
import { parseScenarioJson } from '../../model/scenario/parse.ts';
import type { HwfResult } from '../../model/result/result.ts';
import { resultToCsv } from '../../model/result/result-csv.ts';
import type { PopulationInline } from '../../model/scenario/types.ts';
import type { Translate } from '../i18n/translate.ts';
import { stripBom } from './csv.ts';

/** Larger files are refused before they are read. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

function nameOf(draft: unknown): string {
  if (typeof draft !== 'object' || draft === null) return '';
  const name = (draft as Record<string, unknown>).name;
  return typeof name === 'string' ? name : '';
}

/** `exampleland-nurses-and-gps.json`, from the scenario's name. */
export function scenarioFileName(draft: unknown): string {
  const slug = fileNameFor(nameOf(draft));
  return `${slug === 'chart' ? 'scenario' : slug}.json`;
}

/** The draft as it is (valid or not), as pretty JSON. */
export function scenarioText(draft: unknown): string {
  return `${JSON.stringify(draft, null, 2)}\n`;
}

/** `exampleland-nurses-and-gps-results.csv` */
export function resultFileName(result: HwfResult, extension: 'json' | 'csv'): string {
  const slug = fileNameFor(result.scenario);
  return `${slug === 'chart' ? 'scenario' : slug}-results.${extension}`;
}

/** The result contract `hwf-result/1` as pretty JSON. */
export function resultJson(result: HwfResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

export { resultToCsv };

export function isJsonFileName(name: string): boolean {
  return /\.json$/i.test(name);
}

export function isTableFileName(name: string): boolean {
  return /\.(csv|tsv|txt)$/i.test(name);
}

export type OpenedScenario =
  { ok: true; document: unknown; what: string } | { ok: false; message: string };

type Loader = (id: string) => Promise<PopulationInline>;

/** The shipped data set a scenario's text names, if it is a known one. */
function datasetNamed(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const population = (value as Record<string, unknown>).population;
  if (typeof population !== 'object' || population === null) return undefined;
  const id = (population as Record<string, unknown>).dataset;
  return typeof id === 'string' && datasetInfo(id) !== undefined ? id : undefined;
}

/** `The scenario file "x.json" was not opened: …; your scenario is unchanged.` */
export function refusal(t: Translate, fileName: string, problems: readonly string[]): string {
  return t('files.scenarioFile.refused', {
    file: fileName,
    problems: problems.join(t('app.list.clauses')),
  });
}

/**
 * Reads a scenario file's text. A scenario that names a shipped population data set is
 * checked against it, so the data set is loaded first (`load`).
 */
export async function openScenarioText(
  t: Translate,
  fileName: string,
  text: string,
  load: Loader = loadDataset,
): Promise<OpenedScenario> {
  let value: unknown;
  try {
    value = JSON.parse(stripBom(text));
  } catch {
    value = undefined; // the parser below says where the JSON breaks
  }
  const datasets: Record<string, PopulationInline> = {};
  const id = datasetNamed(value);
  if (id !== undefined) {
    try {
      datasets[id] = await load(id);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        message: refusal(t, fileName, [
          t('files.scenarioFile.datasetNotLoaded', { dataset: id, why }),
        ]),
      };
    }
  }
  const parsed = parseScenarioJson(text, { datasets });
  if (!parsed.ok) {
    return {
      ok: false,
      message: refusal(
        t,
        fileName,
        parsed.errors.map((e) => issueLine(e, t)),
      ),
    };
  }
  return {
    ok: true,
    document: value,
    what: t('files.scenarioFile.opened', { file: fileName }),
  };
}
