/**
 * "My scenarios": the scenarios saved in this browser, and Save / Save as… / Download for the
 * working scenario, with its saved state beside the menu. A disclosure (details/summary), so
 * it works by keyboard by nature; Escape or a click outside closes it. The working scenario autosaves and comes
 * back after a reload (use-library.ts). Records that cannot be opened are listed as set
 * aside, with Download and Discard (records.ts).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n/language-root.tsx';
import type { Translate } from '../i18n/translate.ts';
import { say } from '../shell/words.ts';
import { ErrorBoundary } from '../shell/error-boundary.tsx';
import { useMenuDismiss } from '../shell/use-menu-dismiss.ts';
import { ConflictDialog } from './conflict-dialog.tsx';
import { formatModified, LibraryItem } from './library-item.tsx';
import './library.css';
import { faultMessage, setAsideLabel, setAsideTitle } from './messages.ts';
import { allSetAside, cleanName, isTime, MAX_NAME, type SetAsideEntry } from './records.ts';
import { useLibrary, type Library } from './use-library.ts';

export interface LibraryMenuProps {
  draft: unknown;
  /** Whether the draft parses (the draft state's `parsed.ok`). */
  valid: boolean;
  /** Replace the working scenario (opening a saved one). */
  open: (document: unknown, what: string) => void;
  notify: (message: string) => void;
}

export function LibraryMenu(props: LibraryMenuProps) {
  const t = useT();
  const library = useLibrary(props);
  const details = useRef<HTMLDetailsElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const focusUndo = useRef(false);
  const summary = () => details.current?.querySelector('summary');
  const close = () => {
    if (details.current) details.current.open = false;
    summary()?.focus();
  };
  useEffect(() => {
    // After a delete, its "Undo" has the focus (the deleted line is gone).
    if (library.deleted && focusUndo.current) undoButton.current?.focus();
    focusUndo.current = false;
  }, [library.deleted]);
  // The undo and saved-state notices beside the menu are part of it.
  const area = useRef<HTMLDivElement>(null);
  useMenuDismiss(details, area);

  return (
    <div className="library" ref={area}>
      <details className="menu library-menu" ref={details}>
        <summary>{t('library.menu.summary')}</summary>
        <div className="library-panel">
          <WorkingActions library={library} />
          {/* The list shows what is stored, by anyone: if a line fails, the rest works. */}
          <ErrorBoundary part={t('library.menu.savedListPart')}>
            <SavedList
              library={library}
              onOpen={(id) => {
                close();
                void library.openEntry(id);
              }}
              onDelete={(id) => {
                focusUndo.current = true;
                void library.remove(id);
              }}
            />
          </ErrorBoundary>
          <ErrorBoundary part={t('library.menu.setAsideListPart')}>
            <SetAsideList library={library} />
          </ErrorBoundary>
        </div>
      </details>
      <span className="library-saved" role="status">
        {savedText(t, library)}
      </span>
      {library.deleted && (
        <p className="library-undo" role="status">
          {t('library.menu.deleted', { name: library.deleted.name })}{' '}
          <button
            type="button"
            ref={undoButton}
            onClick={() => {
              summary()?.focus();
              void library.undoDelete();
            }}
          >
            {t('library.menu.undo')}
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              summary()?.focus();
              library.dismissDeleted();
            }}
          >
            {t('library.menu.dismiss')}
          </button>
        </p>
      )}
      {library.conflict && (
        <ConflictDialog
          name={library.conflict.name}
          theirsModified={library.conflict.theirsModified}
          onChoose={(choice) => void library.resolve(choice)}
        />
      )}
    </div>
  );
}

function savedText(t: Translate, library: Library): string {
  if (library.availability === 'opening') return '';
  if (library.newerElsewhere) return t('library.saved.newerElsewhere');
  return library.saved ? t('library.saved.saved') : t('library.saved.notSaved');
}

/** Save, Save as… (with its name field) and the file route. */
function WorkingActions({ library }: { library: Library }) {
  const t = useT();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const nameId = useId();
  const saveAsButton = useRef<HTMLButtonElement>(null);
  const ready = library.availability === 'ready';
  const stopNaming = () => {
    setNaming(false);
    saveAsButton.current?.focus();
  };

  return (
    <>
      {library.reason && <p className="library-note">{t(library.reason)}</p>}
      {library.fault && (
        <p className="library-note library-fault">{faultMessage(t, library.fault)}</p>
      )}
      <div className="library-actions">
        {ready && (
          <>
            <button type="button" onClick={() => void library.save()}>
              {t('library.menu.save')}
            </button>
            <button
              type="button"
              ref={saveAsButton}
              aria-expanded={naming}
              onClick={() => {
                setName(library.suggestedName());
                setNaming(!naming);
              }}
            >
              {t('library.menu.saveAs')}
            </button>
          </>
        )}
        <button type="button" onClick={library.download}>
          {t('library.menu.download')}
        </button>
      </div>
      {naming && ready && (
        <form
          className="library-form"
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.stopPropagation();
            stopNaming();
          }}
          onSubmit={(e) => {
            e.preventDefault();
            const clean = cleanName(name);
            if (clean === null) return;
            setNaming(false);
            void library.saveAs(clean);
            saveAsButton.current?.focus();
          }}
        >
          <label htmlFor={nameId}>{t('library.menu.newName')}</label>
          <input
            id={nameId}
            type="text"
            value={name}
            maxLength={MAX_NAME}
            required
            autoFocus
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit">{t('library.menu.saveAsNew')}</button>
          <button type="button" onClick={stopNaming}>
            {t('library.menu.cancel')}
          </button>
        </form>
      )}
    </>
  );
}

/** The saved scenarios, newest first. */
function SavedList({
  library,
  onOpen,
  onDelete,
}: {
  library: Library;
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
}) {
  const t = useT();
  const titleId = useId();
  if (library.availability !== 'ready') return null;
  return (
    <>
      <p className="library-heading" id={titleId}>
        {t('library.menu.savedHeading')}
      </p>
      {library.entries.length === 0 ? (
        <p className="library-note">{t('library.menu.noneSaved')}</p>
      ) : (
        <ul className="library-list" aria-labelledby={titleId}>
          {library.entries.map((entry) => (
            <LibraryItem
              key={entry.id}
              entry={entry}
              current={entry.id === library.currentId}
              onOpen={() => onOpen(entry.id)}
              onRename={(name) => void library.rename(entry.id, name)}
              onDuplicate={() => void library.duplicate(entry.id)}
              onDelete={() => onDelete(entry.id)}
            />
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * Records set aside: damaged, or too large to open here. Each is shown as it is (what, its
 * name, its date, why), never opened; each can be downloaded or discarded, and all of them
 * downloaded as one file and then removed.
 */
function SetAsideList({ library }: { library: Library }) {
  const t = useT();
  const titleId = useId();
  if (library.availability !== 'ready') return null;
  const entries = allSetAside(library.entries, library.setAside);
  if (entries.length === 0) return null;
  const refs = entries.map(({ store, key }) => ({ store, key }));
  return (
    <section className="library-set-aside" aria-labelledby={titleId}>
      <p className="library-heading" id={titleId}>
        {t('library.setAside.heading')}
      </p>
      <p className="library-note">{t('library.setAside.note')}</p>
      <ul className="library-list">
        {entries.map((entry, i) => (
          <SetAsideItem
            key={`${i} ${entry.store} ${entry.keyText}`}
            entry={entry}
            library={library}
          />
        ))}
      </ul>
      <div className="library-actions">
        <button type="button" onClick={() => void library.downloadSetAside(refs, false)}>
          {t('library.setAside.downloadAll')}
        </button>
        <button type="button" onClick={() => void library.downloadSetAside(refs, true)}>
          {t('library.setAside.downloadAndRemoveAll')}
        </button>
      </div>
    </section>
  );
}

function SetAsideItem({ entry, library }: { entry: SetAsideEntry; library: Library }) {
  const t = useT();
  const label = setAsideLabel(t, entry);
  const ref = [{ store: entry.store, key: entry.key }];
  const what = setAsideTitle(t, entry);
  return (
    <li
      className="library-item library-set-aside-item"
      data-store={entry.store}
      data-key={entry.keyText}
    >
      <div className="library-item-head">
        <span className="library-name">{what}</span>
        {isTime(entry.modified) ? (
          <time className="library-date" dateTime={new Date(entry.modified).toISOString()}>
            {formatModified(entry.modified)}
          </time>
        ) : null}
        <span className="library-damaged">{say(t, entry.problem)}</span>
      </div>
      <div className="library-item-actions">
        <button
          type="button"
          aria-label={t('library.setAside.downloadOne', { what: label })}
          onClick={() => void library.downloadSetAside(ref, false)}
        >
          {t('library.setAside.download')}
        </button>
        <button
          type="button"
          aria-label={t('library.setAside.discardOne', { what: label })}
          onClick={() => void library.discardSetAside(ref)}
        >
          {t('library.setAside.discard')}
        </button>
      </div>
    </li>
  );
}
