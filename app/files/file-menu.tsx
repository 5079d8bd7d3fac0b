/**
 * "Files" in the header: open a scenario file (picker, or a .json dropped anywhere on the
 * page), download the scenario and the results, and import a CSV table into the scenario.
 * A file's text reaches the scenario only through `parseScenarioJson` (scenario-file.ts) or
 * the CSV importers (import-dialog.tsx); a bad file leaves the planner's work as it was.
 */
import { useEffect, useRef, useState } from 'react';
import { downloadBlob } from '../charts/export.ts';
import type { HwfResult } from '../../model/result/result.ts';
import { useT } from '../i18n/language-root.tsx';
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
  const t = useT();
  const details = useRef<HTMLDetailsElement>(null);
  useMenuDismiss(details);
  const picker = useRef<HTMLInputElement>(null);
  // The latest callbacks, for work that finishes after a file has been read.
  const latest = useRef({ ...props, t });
  useEffect(() => {
    latest.current = { ...props, t };
  });
  const [importing, setImporting] = useState<{ initial?: ImportSource } | null>(null);

  const closeMenu = () => {
    if (details.current) details.current.open = false;
  };
  const focusMenu = () => details.current?.querySelector('summary')?.focus();

  const openScenarioFile = async (file: File) => {
    const { notify } = latest.current;
    if (file.size > MAX_FILE_BYTES) {
      notify(latest.current.t('files.menu.scenarioTooLarge', { file: file.name }));
      return;
    }
    let text: string;
    try {
      text = await readFileText(file);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      notify(latest.current.t('files.menu.scenarioUnreadable', { file: file.name, why }));
      return;
    }
    const opened = await openScenarioText(latest.current.t, file.name, text);
    if (opened.ok) latest.current.open(opened.document, opened.what);
    else latest.current.notify(opened.message);
  };

  const readTable = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      latest.current.notify(latest.current.t('files.menu.tableTooLarge', { file: file.name }));
      return;
    }
    try {
      setImporting({ initial: { text: await readFileText(file), fileName: file.name } });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      latest.current.notify(
        latest.current.t('files.menu.tableUnreadable', { file: file.name, why }),
      );
    }
  };

  const dragging = useFileDrop((file) => {
    if (importing !== null || isTableFileName(file.name)) void readTable(file);
    else if (isJsonFileName(file.name)) void openScenarioFile(file);
    else {
      latest.current.notify(latest.current.t('files.menu.dropWhat', { file: file.name }));
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
        <summary>{t('files.menu.summary')}</summary>
        <ul className="menu-list">
          {item(t('files.menu.open'), () => picker.current?.click())}
          {item(t('files.menu.downloadScenario'), () =>
            save(scenarioText(draft), 'application/json', scenarioFileName(draft)),
          )}
          {result && (
            <>
              {item(t('files.menu.downloadResultsJson'), () =>
                save(resultJson(result), 'application/json', resultFileName(result, 'json')),
              )}
              {item(t('files.menu.downloadResultsCsv'), () =>
                save(resultToCsv(result), 'text/csv', resultFileName(result, 'csv')),
              )}
            </>
          )}
          {item(t('files.menu.import'), () => setImporting({}))}
          <li className="files-menu-hint">{t('files.menu.dropHint')}</li>
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
          <p>{t('files.menu.dropping')}</p>
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
