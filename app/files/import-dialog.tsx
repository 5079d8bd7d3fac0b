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
import { useT } from '../i18n/language-root.tsx';
import type { Translate } from '../i18n/translate.ts';
import { messageNodes } from '../i18n/rich-text.tsx';
import { say, sayText } from '../shell/words.ts';
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
import type { SplitMethod } from './age-groups.ts';
import { importPopulation } from './import-population.ts';
import { importStock } from './import-stock.ts';
import { yearList } from './import-stock.ts';
import { describeSummary } from './import-summary.ts';
import { isEurostatDownload } from './eurostat-tsv.ts';
import type { SeriesChoice } from './eurostat-tsv.ts';
import { ProblemList } from './problem-list.tsx';
import { readFileText } from './read-text.ts';
import { SplitPreview } from './split-preview.tsx';
import { MAX_FILE_BYTES } from './scenario-file.ts';
import { RegionChoice, RegionSummaries } from './region-summaries.tsx';
import { AGES_INVALID, importRegions, regionalPreview } from './regional-preview.ts';
import type { ImportOptions, Preview, PreviewResult } from './regional-preview.ts';
import { regionalTemplate } from './table-csv.ts';
import { populationToCsv, stockToCsv } from './table-csv.ts';

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
    if (!ages) return { blocked: AGES_INVALID };
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

/** "Which of the 2 countries in column geo?": a choice for each column whose values make
 *  several tables (a Eurostat download of several countries, units or projections). */
function SeriesPicks(props: {
  id: string;
  choices: readonly SeriesChoice[];
  onPick: (column: string, value: string) => void;
}) {
  const { id, choices, onPick } = props;
  const t = useT();
  return choices
    .filter((c) => c.values.length > 1)
    .map((c, i) => (
      <div className="files-field" key={c.column}>
        <label htmlFor={`${id}-pick-${i}`}>
          {t('files.dialog.pick', {
            count: String(c.values.length),
            noun: c.noun,
            column: c.column,
          })}
        </label>
        <select
          id={`${id}-pick-${i}`}
          value={c.chosen ?? ''}
          onChange={(e) => onPick(c.column, e.target.value)}
        >
          <option value="">{t('files.dialog.chooseOne')}</option>
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
    const name = professionName(draft, target.index);
    // A file name: the profession's own name, or its place in English.
    const slug = fileNameFor(typeof name === 'string' ? name : `Profession ${target.index + 1}`);
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

/** What the messages of the import say of its target: the stock of a profession (named), or
 *  the population; and where in it, when the scenario has regions ("for Rural"). */
function targetValues(
  t: Translate,
  draft: unknown,
  target: ImportTarget,
  result: Preview,
): Record<string, string> {
  return {
    kind: target.kind,
    name: target.kind === 'stock' ? sayText(t, professionName(draft, target.index)) : '',
    hasWhere: result.where ? 'yes' : 'no',
    where: result.where ? say(t, result.where) : '',
    spread: splitShown(result)?.method ?? 'none',
  };
}

export function ImportDialog(props: ImportDialogProps) {
  const { draft, initial, dragging, onImport, onClose } = props;
  const t = useT();
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

  const target = targets.find((x) => targetKey(x) === key) ?? targets[0];
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
  const template = templateFor(draft, target);

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setApplyError(null);
    if (file.size > MAX_FILE_BYTES) {
      setReadError(t('files.dialog.tooLarge', { file: file.name }));
      return;
    }
    try {
      setSource({ text: await readFileText(file), fileName: file.name });
      setReadError(null);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      setReadError(t('files.dialog.unreadable', { file: file.name, why }));
    }
  };

  const apply = () => {
    if (!ready || result === null || 'blocked' in result) return;
    const next = applyImport(draft, target, result.value);
    if (next === undefined) {
      setApplyError(t('files.dialog.placeGone'));
      return;
    }
    const s = result.summary;
    const detail = target.kind === 'population' && s.ages;
    onImport(
      next,
      t('files.dialog.imported', {
        ...targetValues(t, draft, target, result),
        hasDetail: detail ? 'yes' : 'no',
        years: detail ? yearList(s.years) : '',
        min: detail ? String(s.ages!.min) : '',
        max: detail ? String(s.ages!.max) : '',
        hasFile: source.fileName ? 'yes' : 'no',
        file: source.fileName ?? '',
      }),
    );
  };

  const status =
    result === null
      ? t('files.dialog.nothingYet')
      : 'blocked' in result
        ? say(t, result.blocked)
        : result.errors.length > 0
          ? t('files.dialog.notYet', {
              n: result.errors.length,
              count: String(result.errors.length),
            })
          : t('files.dialog.ready', targetValues(t, draft, target, result));

  return (
    <dialog
      ref={dialog}
      className="files-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      data-dragging={dragging ? 'true' : undefined}
    >
      <h2 id={`${id}-title`}>{t('files.dialog.title')}</h2>
      <p className="files-intro">
        {messageNodes(t, 'files.dialog.intro', {
          columns: <code>age,sex,year,value</code>,
          time: <code>TIME_PERIOD</code>,
          value: <code>OBS_VALUE</code>,
        })}
      </p>

      <div className="files-field">
        <label htmlFor={`${id}-target`}>{t('files.dialog.importInto')}</label>
        <select
          id={`${id}-target`}
          value={targetKey(target)}
          onChange={(e) => {
            setKey(e.target.value);
            setApplyError(null);
          }}
        >
          {targets.map((x) => (
            <option key={targetKey(x)} value={targetKey(x)}>
              {say(t, x.label)}
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
            {t('files.dialog.leaveOutOutside', { min: String(ages.min), max: String(ages.max) })}
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
        <label htmlFor={`${id}-file`}>{t('files.dialog.file')}</label>
        <input
          type="file"
          id={`${id}-file`}
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          onChange={(e) => void readFile(e.target.files?.[0])}
        />
        <span className="files-help">
          {dragging ? t('files.dialog.dropNow') : t('files.dialog.orDrop')}
        </span>
      </div>
      <div className="files-field">
        <label htmlFor={`${id}-text`}>{t('files.dialog.paste')}</label>
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
          {source.fileName
            ? t('files.dialog.previewOf', { file: source.fileName })
            : source.text
              ? t('files.dialog.previewPasted')
              : t('files.dialog.preview')}
        </h3>
        <p role="status" className="files-status">
          {status}
        </p>
        {result && !('blocked' in result) && (
          <>
            <ul className="files-summary">
              {describeSummary(result.summary, { kind: target.kind, current, t }).map((line) => (
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
          {t('files.dialog.import')}
        </button>
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('files.dialog.cancel')}
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
          {t('files.dialog.downloadTemplate')}
        </button>
      </div>
    </dialog>
  );
}
