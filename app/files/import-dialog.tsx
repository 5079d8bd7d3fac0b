/**
 * "Import a table (CSV)": choose where the table goes (a profession's stock, or the
 * population), pick a file or paste the text, read the preview and the problems, then
 * Import. Nothing in the scenario changes before Import; Cancel or Escape leaves it as it
 * was. A modal <dialog>: the browser keeps the focus inside and Escape closes it.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { downloadBlob, fileNameFor } from '../charts/export.ts';
import { getAtPath } from '../../model/scenario/json-path.ts';
import type { PopulationInline } from '../../model/scenario/types.ts';
import {
  applyImport,
  baseYearOf,
  currentTotals,
  importTargets,
  populationNotes,
  professionName,
  projectionOf,
  targetKey,
  workforceAges,
} from './apply-import.ts';
import type { ImportTarget } from './apply-import.ts';
import { METHOD_WORDS } from './age-groups.ts';
import type { SplitMethod } from './age-groups.ts';
import { importPopulation } from './import-population.ts';
import { importStock } from './import-stock.ts';
import { yearList } from './import-stock.ts';
import { describeSummary } from './import-summary.ts';
import { isEurostatDownload } from './eurostat-tsv.ts';
import type { SeriesChoice } from './eurostat-tsv.ts';
import { formatProblem } from './long-table.ts';
import type { ImportProblem } from './long-table.ts';
import { readFileText } from './read-text.ts';
import { SplitPreview } from './split-preview.tsx';
import { MAX_FILE_BYTES } from './scenario-file.ts';
import { RegionChoice, RegionSummaries } from './region-summaries.tsx';
import { importRegions, regionalPreview } from './regional-preview.ts';
import type { ImportOptions, Preview, PreviewResult } from './regional-preview.ts';
import { regionalTemplate } from './table-csv.ts';
import { populationToCsv, stockToCsv } from './table-csv.ts';

/** Problems listed before "and N more". */
const SHOWN = 20;

export interface ImportSource {
  text: string;
  /** The file's name; undefined for pasted text. */
  fileName?: string;
}

export interface ImportDialogProps {
  draft: unknown;
  /** A file dropped on the page or already read. */
  initial?: ImportSource;
  /** A file is being dragged over the page. */
  dragging: boolean;
  /** Apply the import: the new draft and a sentence saying what was done. */
  onImport: (next: unknown, message: string) => void;
  onClose: () => void;
}

function preview(
  draft: unknown,
  target: ImportTarget,
  text: string,
  options: ImportOptions,
  /** The country, unit or projection chosen in each column that makes several tables. */
  pick: Record<string, string>,
): PreviewResult {
  const regions = importRegions(draft);
  if (regions) return regionalPreview(draft, target, text, regions, options);
  const { dropOutside, split } = options;
  // In a Eurostat download, totals (sex T, age TOTAL) are left out with a note when the
  // table has the parts; a table made by hand is told to leave them out.
  const read = { pick, totals: isEurostatDownload(text) ? 'leave out' : undefined } as const;
  if (target.kind === 'stock') {
    const ages = workforceAges(draft);
    if (!ages) {
      return {
        blocked:
          'The workforce ages of the scenario are not valid, so a stock cannot be matched to them. Fix them in the editor first.',
      };
    }
    const r = importStock(text, {
      ages,
      baseYear: baseYearOf(draft),
      dropOutside,
      split,
      ...read,
    });
    return { ...r, value: r.stock };
  }
  const r = importPopulation(text, { projection: projectionOf(draft), split, ...read });
  const notes = r.population ? populationNotes(draft, r.population) : [];
  return { ...r, warnings: [...r.warnings, ...notes], value: r.population };
}

function ProblemList({ items, label }: { items: ImportProblem[]; label: string }) {
  if (items.length === 0) return null;
  const shown = items.slice(0, SHOWN);
  return (
    <div className={label === 'errors' ? 'files-errors' : 'files-warnings'}>
      <h4>
        {label === 'errors'
          ? `${items.length} ${items.length === 1 ? 'problem' : 'problems'} to fix before importing`
          : `${items.length} ${items.length === 1 ? 'note' : 'notes'}`}
      </h4>
      <ul>
        {shown.map((p, i) => (
          <li key={i}>{formatProblem(p)}</li>
        ))}
      </ul>
      {items.length > SHOWN && <p>… and {items.length - SHOWN} more like these.</p>}
    </div>
  );
}

/** "Which of the 2 countries in column geo?": a choice for each column whose values make
 *  several tables (a Eurostat download of several countries, units or projections). */
function SeriesPicks(props: {
  id: string;
  choices: readonly SeriesChoice[];
  onPick: (column: string, value: string) => void;
}) {
  const { id, choices, onPick } = props;
  return choices
    .filter((c) => c.values.length > 1)
    .map((c, i) => (
      <div className="files-field" key={c.column}>
        <label htmlFor={`${id}-pick-${i}`}>
          The file holds {c.values.length} {c.noun} in column {c.column}: which one to import?
        </label>
        <select
          id={`${id}-pick-${i}`}
          value={c.chosen ?? ''}
          onChange={(e) => onPick(c.column, e.target.value)}
        >
          <option value="">Choose one…</option>
          {c.values.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </div>
    ));
}

/** The target's current values as a CSV table, when the scenario holds them. */
function templateFor(
  draft: unknown,
  target: ImportTarget,
): { text: string; name: string } | undefined {
  const regions = importRegions(draft);
  if (regions) return regionalTemplate(draft, target, regions);
  if (target.kind === 'stock') {
    const ages = workforceAges(draft);
    const stock = getAtPath(draft, target.path);
    if (!ages || typeof stock !== 'object' || stock === null) return undefined;
    const slug = fileNameFor(professionName(draft, target.index));
    return { text: stockToCsv(stock, ages), name: `stock-${slug}.csv` };
  }
  const min = getAtPath(draft, 'population.ages.min');
  const max = getAtPath(draft, 'population.ages.max');
  const years = getAtPath(draft, 'population.years');
  if (typeof min !== 'number' || typeof max !== 'number' || !Array.isArray(years)) return undefined;
  if (max < min || max - min > 200) return undefined;
  return {
    text: populationToCsv(getAtPath(draft, 'population') as PopulationInline),
    name: 'population.csv',
  };
}

/** The groups of ages to preview: the table's, or the first region's that has them. */
function splitShown(result: Preview) {
  return result.summary.split ?? result.parts?.find((p) => p.summary.split)?.summary.split;
}

/** "smoothly across the groups", "evenly within each group" */
function splitAdverb(method: SplitMethod): string {
  return METHOD_WORDS[method].name.toLowerCase();
}

/** "the stock of Nurses", "the population" */
function targetWords(draft: unknown, target: ImportTarget): string {
  return target.kind === 'stock'
    ? `the stock of ${professionName(draft, target.index)}`
    : 'the population';
}

export function ImportDialog(props: ImportDialogProps) {
  const { draft, initial, dragging, onImport, onClose } = props;
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const targets = useMemo(() => importTargets(draft), [draft]);
  const [key, setKey] = useState(() => targetKey(targets[0]));
  const [dropOutside, setDropOutside] = useState(false);
  const [split, setSplit] = useState<SplitMethod>('smooth');
  const [dropUnknown, setDropUnknown] = useState(false);
  const [forRegion, setForRegion] = useState('');
  const [pick, setPick] = useState<Record<string, string>>({});
  const [source, setSource] = useState<ImportSource>(initial ?? { text: '' });
  const [readError, setReadError] = useState<string | null>(null);
  const [applyError, setApplyError] = useState<string | null>(null);

  useEffect(() => {
    // Taken out of the page when the caller unmounts it, so no close() on the way out.
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  // A file dropped while the dialog is open replaces the text.
  useEffect(() => {
    if (initial) setSource(initial);
  }, [initial]);

  const target = targets.find((t) => targetKey(t) === key) ?? targets[0];
  const result = useMemo(
    () =>
      source.text.trim() === ''
        ? null
        : preview(draft, target, source.text, { dropOutside, split, dropUnknown, forRegion }, pick),
    [draft, target, source.text, dropOutside, split, dropUnknown, forRegion, pick],
  );
  const ready = result !== null && !('blocked' in result) && result.errors.length === 0;
  const current = currentTotals(
    draft,
    target,
    result && !('blocked' in result) ? result.summary.totalsYear : undefined,
  );
  const ages = workforceAges(draft);
  const from = source.fileName ? ` from ${source.fileName}` : '';
  const template = templateFor(draft, target);

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setApplyError(null);
    if (file.size > MAX_FILE_BYTES) {
      setReadError(`"${file.name}" is larger than 20 MB; this is not a table the import can use.`);
      return;
    }
    try {
      setSource({ text: await readFileText(file), fileName: file.name });
      setReadError(null);
    } catch (error) {
      setReadError(
        `"${file.name}" could not be read (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
  };

  const apply = () => {
    if (!ready || result === null || 'blocked' in result) return;
    const next = applyImport(draft, target, result.value);
    if (next === undefined) {
      setApplyError('The scenario has changed and this place is no longer in it; choose again.');
      return;
    }
    const s = result.summary;
    const detail =
      target.kind === 'population' && s.ages
        ? ` (${yearList(s.years)}, ages ${s.ages.min}–${s.ages.max})`
        : '';
    const groups = splitShown(result);
    const spread = groups
      ? `; the groups of ages were spread over single years ${splitAdverb(groups.method)}`
      : '';
    const where = result.where ? ` ${result.where}` : '';
    onImport(
      next,
      `Imported ${targetWords(draft, target)}${where}${detail}${from || ' from the pasted table'}${spread}.`,
    );
  };

  const status =
    result === null
      ? 'Choose a file or paste a table to see what it holds.'
      : 'blocked' in result
        ? result.blocked
        : result.errors.length > 0
          ? `The table cannot be imported yet: ${result.errors.length} ${result.errors.length === 1 ? 'problem' : 'problems'}.`
          : `Ready to import into ${targetWords(draft, target)}${result.where ? ` ${result.where}` : ''}${
              splitShown(result)
                ? `, with the groups of ages spread ${splitAdverb(splitShown(result)!.method)}`
                : ''
            }: nothing changes until you choose Import.`;

  return (
    <dialog
      ref={dialog}
      className="files-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      data-dragging={dragging ? 'true' : undefined}
    >
      <h2 id={`${id}-title`}>Import a table (CSV)</h2>
      <p className="files-intro">
        One row per number, in the long layout of Eurostat and OECD downloads: columns for the age,
        the sex and the value, and for a population the year (<code>age,sex,year,value</code> or{' '}
        <code>TIME_PERIOD</code> and <code>OBS_VALUE</code>), or Eurostat’s bulk download (TSV) as
        it is.
      </p>

      <div className="files-field">
        <label htmlFor={`${id}-target`}>Import into</label>
        <select
          id={`${id}-target`}
          value={targetKey(target)}
          onChange={(e) => {
            setKey(e.target.value);
            setApplyError(null);
          }}
        >
          {targets.map((t) => (
            <option key={targetKey(t)} value={targetKey(t)}>
              {t.label}
            </option>
          ))}
        </select>
      </div>
      {target.kind === 'stock' && ages && (
        <div className="files-check">
          <input
            type="checkbox"
            id={`${id}-outside`}
            checked={dropOutside}
            onChange={(e) => setDropOutside(e.target.checked)}
          />{' '}
          <label htmlFor={`${id}-outside`}>
            Leave out rows of ages outside the workforce ages {ages.min}–{ages.max}
          </label>
        </div>
      )}

      <RegionChoice
        id={id}
        draft={draft}
        target={target}
        text={source.text}
        forRegion={forRegion}
        onForRegion={setForRegion}
        dropUnknown={dropUnknown}
        onDropUnknown={setDropUnknown}
      />

      <div className="files-field">
        <label htmlFor={`${id}-file`}>CSV file</label>
        <input
          type="file"
          id={`${id}-file`}
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          onChange={(e) => void readFile(e.target.files?.[0])}
        />
        <span className="files-help">
          {dragging ? 'Drop the file to read it.' : 'or drop a file on the page'}
        </span>
      </div>
      <div className="files-field">
        <label htmlFor={`${id}-text`}>Or paste the table</label>
        <textarea
          id={`${id}-text`}
          rows={7}
          spellCheck={false}
          value={source.text}
          placeholder={'age,sex,value\n20,F,310\n20,M,45'}
          onChange={(e) => {
            setSource({ text: e.target.value });
            setApplyError(null);
          }}
        />
      </div>
      {readError && (
        <p className="files-error-text" role="alert">
          {readError}
        </p>
      )}
      {result && !('blocked' in result) && result.summary.choices && (
        <SeriesPicks
          id={id}
          choices={result.summary.choices}
          onPick={(column, value) => setPick((p) => ({ ...p, [column]: value }))}
        />
      )}

      <section className="files-preview" aria-labelledby={`${id}-preview`}>
        <h3 id={`${id}-preview`}>
          Preview
          {source.fileName ? ` of ${source.fileName}` : source.text ? ' of the pasted table' : ''}
        </h3>
        <p role="status" className="files-status">
          {status}
        </p>
        {result && !('blocked' in result) && (
          <>
            <ul className="files-summary">
              {describeSummary(result.summary, { kind: target.kind, current }).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {result.parts && (
              <RegionSummaries
                draft={draft}
                target={target}
                parts={result.parts}
                kind={target.kind}
              />
            )}
            {splitShown(result) && (
              <SplitPreview id={id} split={splitShown(result)!} onChoose={setSplit} />
            )}
            <ProblemList items={result.errors} label="errors" />
            <ProblemList items={result.warnings} label="notes" />
          </>
        )}
        {applyError && (
          <p className="files-error-text" role="alert">
            {applyError}
          </p>
        )}
      </section>

      <div className="files-actions">
        <button type="button" className="files-primary" disabled={!ready} onClick={apply}>
          Import
        </button>
        <button type="button" onClick={() => dialog.current?.close()}>
          Cancel
        </button>
        <button
          type="button"
          className="files-secondary"
          disabled={!template}
          onClick={() =>
            template &&
            downloadBlob(
              new Blob([template.text], { type: 'text/csv;charset=utf-8' }),
              template.name,
            )
          }
        >
          Download the current values as CSV
        </button>
      </div>
    </dialog>
  );
}
