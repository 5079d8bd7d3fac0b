/**
 * "My scenarios": the scenarios saved in this browser, and Save / Save as… / Download for the
 * working scenario, with its saved state beside the menu. A disclosure (details/summary), so
 * it works by keyboard by nature; Escape or a click outside closes it. The working scenario autosaves and comes
 * back after a reload (use-library.ts). Records that cannot be opened are listed as set
 * aside, with Download and Discard (records.ts).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { ErrorBoundary } from '../shell/error-boundary.tsx';
import { useMenuDismiss } from '../shell/use-menu-dismiss.ts';
import { ConflictDialog } from './conflict-dialog.tsx';
import { formatModified, LibraryItem } from './library-item.tsx';
import './library.css';
import { faultMessage, setAsideLabel } from './messages.ts';
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
        <summary>My scenarios</summary>
        <div className="library-panel">
          <WorkingActions library={library} />
          {/* The list shows what is stored, by anyone: if a line fails, the rest works. */}
          <ErrorBoundary part="The list of saved scenarios">
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
          <ErrorBoundary part="The list of records set aside">
            <SetAsideList library={library} />
          </ErrorBoundary>
        </div>
      </details>
      <span className="library-saved" role="status">
        {savedText(library)}
      </span>
      {library.deleted && (
        <p className="library-undo" role="status">
          Deleted “{library.deleted.name}”.{' '}
          <button
            type="button"
            ref={undoButton}
            onClick={() => {
              summary()?.focus();
              void library.undoDelete();
            }}
          >
            Undo
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              summary()?.focus();
              library.dismissDeleted();
            }}
          >
            Dismiss
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

function savedText(library: Library): string {
  if (library.availability === 'opening') return '';
  if (library.newerElsewhere) return 'a newer version was saved in another tab';
  return library.saved ? 'saved ✓' : 'not saved';
}

/** Save, Save as… (with its name field) and the file route. */
function WorkingActions({ library }: { library: Library }) {
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
      {library.reason && <p className="library-note">{library.reason}</p>}
      {library.fault && <p className="library-note library-fault">{faultMessage(library.fault)}</p>}
      <div className="library-actions">
        {ready && (
          <>
            <button type="button" onClick={() => void library.save()}>
              Save
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
              Save as…
            </button>
          </>
        )}
        <button type="button" onClick={library.download}>
          Download the scenario (JSON)
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
          <label htmlFor={nameId}>Name of the new saved scenario</label>
          <input
            id={nameId}
            type="text"
            value={name}
            maxLength={MAX_NAME}
            required
            autoFocus
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit">Save as new</button>
          <button type="button" onClick={stopNaming}>
            Cancel
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
  const titleId = useId();
  if (library.availability !== 'ready') return null;
  return (
    <>
      <p className="library-heading" id={titleId}>
        Saved in this browser
      </p>
      {library.entries.length === 0 ? (
        <p className="library-note">No saved scenarios yet: “Save” keeps this one here.</p>
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
  const titleId = useId();
  if (library.availability !== 'ready') return null;
  const entries = allSetAside(library.entries, library.setAside);
  if (entries.length === 0) return null;
  const refs = entries.map(({ store, key }) => ({ store, key }));
  return (
    <section className="library-set-aside" aria-labelledby={titleId}>
      <p className="library-heading" id={titleId}>
        Set aside: damaged or too large to open here
      </p>
      <p className="library-note">
        These records are kept as they are and never opened. Download them to keep them as a file,
        or remove them from this browser; nothing else is changed.
      </p>
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
          Download the damaged records (JSON)
        </button>
        <button type="button" onClick={() => void library.downloadSetAside(refs, true)}>
          Download and remove the damaged records
        </button>
      </div>
    </section>
  );
}

function SetAsideItem({ entry, library }: { entry: SetAsideEntry; library: Library }) {
  const label = setAsideLabel(entry);
  const ref = [{ store: entry.store, key: entry.key }];
  const what = label.charAt(0).toUpperCase() + label.slice(1);
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
        <span className="library-damaged">{entry.problem}</span>
      </div>
      <div className="library-item-actions">
        <button
          type="button"
          aria-label={`Download ${label} (JSON)`}
          onClick={() => void library.downloadSetAside(ref, false)}
        >
          Download
        </button>
        <button
          type="button"
          aria-label={`Discard ${label}`}
          onClick={() => void library.discardSetAside(ref)}
        >
          Discard
        </button>
      </div>
    </li>
  );
}
