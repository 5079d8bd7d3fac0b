/**
 * "Files" in the header: open a scenario file (picker, or a .json dropped anywhere on the
 * page), download the scenario and the results, and import a CSV table into the scenario.
 * A file's text reaches the scenario only through `parseScenarioJson` (scenario-file.ts) or
 * the CSV importers (import-dialog.tsx); a bad file leaves the planner's work as it was.
 */
import { useEffect, useRef, useState } from 'react';
import { downloadBlob } from '../charts/export.ts';
import type { HwfResult } from '../../model/result/result.ts';
import './files.css';
import { ImportDialog } from './import-dialog.tsx';
import type { ImportSource } from './import-dialog.tsx';
import { readFileText } from './read-text.ts';
import {
  isJsonFileName,
  isTableFileName,
  MAX_FILE_BYTES,
  openScenarioText,
  resultFileName,
  resultJson,
  resultToCsv,
  scenarioFileName,
  scenarioText,
} from './scenario-file.ts';
import { useFileDrop } from './use-file-drop.ts';
import { useMenuDismiss } from '../shell/use-menu-dismiss.ts';

export interface FileMenuProps {
  draft: unknown;
  result: HwfResult | null;
  /** Replace the working scenario (an imported file). */
  open: (document: unknown, what: string) => void;
  /** Change the working scenario (a CSV import into it). */
  change: (next: unknown) => void;
  notify: (message: string) => void;
}

function save(text: string, type: string, fileName: string): void {
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName);
}

export function FileMenu(props: FileMenuProps) {
  const { draft, result } = props;
  const details = useRef<HTMLDetailsElement>(null);
  useMenuDismiss(details);
  const picker = useRef<HTMLInputElement>(null);
  // The latest callbacks, for work that finishes after a file has been read.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const [importing, setImporting] = useState<{ initial?: ImportSource } | null>(null);

  const closeMenu = () => {
    if (details.current) details.current.open = false;
  };
  const focusMenu = () => details.current?.querySelector('summary')?.focus();

  const openScenarioFile = async (file: File) => {
    const { notify } = latest.current;
    if (file.size > MAX_FILE_BYTES) {
      notify(`The scenario file "${file.name}" was not opened: it is larger than 20 MB.`);
      return;
    }
    let text: string;
    try {
      text = await readFileText(file);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      notify(`The scenario file "${file.name}" could not be read (${why}).`);
      return;
    }
    const opened = await openScenarioText(file.name, text);
    if (opened.ok) latest.current.open(opened.document, opened.what);
    else latest.current.notify(opened.message);
  };

  const readTable = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      latest.current.notify(`"${file.name}" was not read: it is larger than 20 MB.`);
      return;
    }
    try {
      setImporting({ initial: { text: await readFileText(file), fileName: file.name } });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      latest.current.notify(`"${file.name}" could not be read (${why}).`);
    }
  };

  const dragging = useFileDrop((file) => {
    if (importing !== null || isTableFileName(file.name)) void readTable(file);
    else if (isJsonFileName(file.name)) void openScenarioFile(file);
    else {
      latest.current.notify(
        `"${file.name}" was not opened: drop a scenario file (.json) or a CSV table (.csv).`,
      );
    }
  });

  /** A menu entry: closes the menu, then does what it says. */
  const item = (label: string, act: () => void) => (
    <li>
      <button
        type="button"
        onClick={() => {
          closeMenu();
          act();
        }}
      >
        {label}
      </button>
    </li>
  );

  return (
    <>
      <details className="menu files-menu" ref={details}>
        <summary>Files</summary>
        <ul className="menu-list">
          {item('Open a scenario file…', () => picker.current?.click())}
          {item('Download the scenario (JSON)', () =>
            save(scenarioText(draft), 'application/json', scenarioFileName(draft)),
          )}
          {result && (
            <>
              {item('Download the results (JSON)', () =>
                save(resultJson(result), 'application/json', resultFileName(result, 'json')),
              )}
              {item('Download the results (CSV)', () =>
                save(resultToCsv(result), 'text/csv', resultFileName(result, 'csv')),
              )}
            </>
          )}
          {item('Import a table (CSV)…', () => setImporting({}))}
          <li className="files-menu-hint">You can also drop a scenario file on the page.</li>
        </ul>
      </details>
      <input
        ref={picker}
        type="file"
        accept=".json,application/json"
        hidden
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          // The same file chosen again must still give a change event.
          input.value = '';
          if (file) void openScenarioFile(file);
        }}
      />
      {dragging && importing === null && (
        <div className="files-drop-hint" aria-hidden="true">
          <p>Drop a scenario file (.json) to open it, or a CSV table to import it</p>
        </div>
      )}
      {importing !== null && (
        <ImportDialog
          draft={draft}
          initial={importing.initial}
          dragging={dragging}
          onImport={(next, message) => {
            setImporting(null);
            latest.current.change(next);
            latest.current.notify(message);
            focusMenu();
          }}
          onClose={() => {
            setImporting(null);
            focusMenu();
          }}
        />
      )}
    </>
  );
}
