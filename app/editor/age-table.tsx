/**
 * An age table: rows of single ages × women and men, editable cells (arrows and Enter move),
 * paste of a spreadsheet column or block from the focused cell down, "fill from a shape"
 * (headcounts) and a short text summary. Every change can be undone once.
 */
import { useCallback, useState } from 'react';
import type { ClipboardEvent } from 'react';
import { getAtPath } from '../../model/scenario/json-path.ts';
import { useT } from '../i18n/language-root.tsx';
import { cellPath, SEXES } from './age-cell.tsx';
import { AgeGrid, summarise } from './age-grid.tsx';
import { issuesFor, setIn } from './draft.ts';
import { useEditor } from './editor-context.ts';
import { IssueList, useFieldIssues } from './field.tsx';
import { fieldId } from './field-id.ts';
import { isBlockPaste, planPaste } from './paste.ts';
import { MiniPyramid } from './pyramid.tsx';
import type { AgeSpan } from './shapes.ts';
import { ShapeForm } from './shapes-form.tsx';

export interface AgeTableProps {
  /** The {female, male} object, e.g. `professions[0].stock`. */
  path: string;
  /** The ages of the rows, when valid. */
  ages: AgeSpan | undefined;
  title: string;
  /** The unit, also the last words of each cell's name ("Women aged 20, people"). */
  unit: string;
  help: string;
  summary: 'total' | 'average';
  /** Offer "fill from a shape" and a mini pyramid (headcounts). */
  shapes?: boolean;
}

interface Note {
  text: string;
  bad: boolean;
  undo?: { female: unknown; male: unknown };
}

function column(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function AgeTable(props: AgeTableProps) {
  const { path, ages } = props;
  const { draft, set, update, errors } = useEditor();
  const t = useT();
  const issues = useFieldIssues(path);
  const [note, setNote] = useState<Note | null>(null);
  const value = getAtPath(draft, path);
  const female = column(getAtPath(value, 'female'));
  const male = column(getAtPath(value, 'male'));
  const span = ages ? ages.max - ages.min + 1 : 0;
  const rows = Math.max(span, female.length, male.length);
  const id = fieldId(path);
  const min = ages?.min;
  const rowName = useCallback(
    (r: number) =>
      min === undefined
        ? t('editor.age.row', { row: r + 1 })
        : t('editor.age.age', { age: min + r }),
    [min, t],
  );

  const replace = useCallback(
    (next: { female: unknown; male: unknown }) =>
      update((d) => setIn(setIn(d, `${path}.female`, next.female), `${path}.male`, next.male)),
    [update, path],
  );
  const onBlockPaste = useCallback(
    (row: number, col: number, e: ClipboardEvent<HTMLInputElement>) => {
      const text = e.clipboardData.getData('text/plain');
      if (!isBlockPaste(text)) return;
      e.preventDefault();
      const plan = planPaste(
        text,
        {
          startRow: row,
          startCol: col,
          rows,
          columns: [t('editor.age.women'), t('editor.age.men')],
          rowName,
        },
        undefined,
        t,
      );
      if (!plan.ok) {
        setNote({ text: plan.message, bad: true });
        return;
      }
      const before = { female: getAtPath(value, 'female'), male: getAtPath(value, 'male') };
      update((d) =>
        plan.writes.reduce(
          (out, w) => setIn(out, cellPath(path, SEXES[w.col], w.row), w.value),
          // Start from the columns as lists, so a missing column is created.
          setIn(setIn(d, `${path}.female`, [...female]), `${path}.male`, [...male]),
        ),
      );
      setNote({ text: plan.message, bad: false, undo: before });
    },
    [rows, value, update, path, rowName, female, male, t],
  );
  const badCells = issuesFor(errors, path)
    .map((i) => i.path)
    .join('\n');
  const hasIssues = issues.errors.length + issues.warnings.length > 0;
  const sum = (col: unknown[]) =>
    col.reduce<number>((a, v) => a + (typeof v === 'number' ? v : 0), 0);
  return (
    <div className="hwf-age" role="group" aria-labelledby={`${id}-title`}>
      <p className="hwf-label" id={`${id}-title`}>
        {props.title} <span className="hwf-unit">{t('editor.age.unit', { unit: props.unit })}</span>
      </p>
      <p className="hwf-help" id={`${id}-help`}>
        {t('editor.age.help', { help: props.help })}
      </p>
      <IssueList id={`${id}-issues`} path={path} issues={issues} />
      {ages === undefined ? <p className="hwf-warning">{t('editor.age.notValid')}</p> : null}
      <div className="hwf-age-body">
        <div className="hwf-age-scroll" id={id} tabIndex={-1}>
          <AgeGrid
            path={path}
            female={female}
            male={male}
            min={ages?.min}
            rows={rows}
            what={props.unit}
            badCells={badCells}
            describedBy={hasIssues ? `${id}-help ${id}-issues` : `${id}-help`}
            write={set}
            onBlockPaste={onBlockPaste}
          />
        </div>
        {props.shapes ? <MiniPyramid female={female} male={male} /> : null}
      </div>
      <p className="hwf-summary" aria-live="polite">
        {summarise(female, male, props.summary, t)}
      </p>
      {note ? (
        <p className={note.bad ? 'hwf-error' : 'hwf-note'} role={note.bad ? 'alert' : 'status'}>
          {note.text}{' '}
          {note.undo ? (
            <button
              type="button"
              onClick={() => {
                if (note.undo) replace(note.undo);
                setNote({ text: t('editor.age.undone'), bad: false });
              }}
            >
              {t('editor.undo')}
            </button>
          ) : null}
        </p>
      ) : null}
      {props.shapes && ages ? (
        <ShapeForm
          id={`${id}-shape`}
          ages={ages}
          totals={{ female: sum(female), male: sum(male) }}
          onFill={(next, message) => {
            setNote({
              text: message,
              bad: false,
              undo: { female: getAtPath(value, 'female'), male: getAtPath(value, 'male') },
            });
            replace(next);
          }}
        />
      ) : null}
    </div>
  );
}
