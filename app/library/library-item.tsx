/** One saved scenario in "My scenarios": name, date, Open / Rename / Duplicate / Delete. */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n/language-root.tsx';
import { say } from '../shell/words.ts';
import { cleanName, isTime, MAX_NAME, type LibraryEntry } from './records.ts';

export interface LibraryItemProps {
  entry: LibraryEntry;
  /** The draft belongs to this saved scenario. */
  current: boolean;
  onOpen: () => void;
  onRename: (name: string) => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A stored time in the browser's locale ("" for one no date can hold). */
export function formatModified(ms: number): string {
  return isTime(ms) ? DATE.format(ms) : '';
}

export function LibraryItem({ entry, current, ...on }: LibraryItemProps) {
  const t = useT();
  const [renaming, setRenaming] = useState(false);
  const [text, setText] = useState(entry.name);
  const inputId = useId();
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasRenaming = useRef(false);
  useEffect(() => {
    // Back from the name field (renamed or cancelled): focus returns to "Rename".
    if (wasRenaming.current && !renaming) renameButton.current?.focus();
    wasRenaming.current = renaming;
  }, [renaming]);
  const { name } = entry;
  const cancel = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    setRenaming(false);
  };

  return (
    <li className="library-item" aria-current={current || undefined}>
      <div className="library-item-head">
        <span className="library-name">{name}</span>
        {current && <span className="library-tag">{t('library.item.openNow')}</span>}
        {isTime(entry.modified) ? (
          <time className="library-date" dateTime={new Date(entry.modified).toISOString()}>
            {formatModified(entry.modified)}
          </time>
        ) : null}
        {entry.damaged !== null && (
          <span className="library-damaged">
            {t('library.item.damaged', { problem: say(t, entry.damaged) })}
          </span>
        )}
      </div>
      {renaming ? (
        <form
          className="library-form"
          onKeyDown={cancel}
          onSubmit={(e) => {
            e.preventDefault();
            const clean = cleanName(text);
            if (clean === null) return;
            setRenaming(false);
            on.onRename(clean);
          }}
        >
          <label htmlFor={inputId}>{t('library.item.newName', { name })}</label>
          <input
            id={inputId}
            type="text"
            value={text}
            maxLength={MAX_NAME}
            required
            autoFocus
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit">{t('library.item.rename')}</button>
          <button type="button" onClick={() => setRenaming(false)}>
            {t('library.item.cancel')}
          </button>
        </form>
      ) : (
        <div className="library-item-actions">
          <button
            type="button"
            aria-label={t('library.item.openLabel', { name })}
            onClick={on.onOpen}
          >
            {t('library.item.open')}
          </button>
          <button
            type="button"
            aria-label={t('library.item.renameLabel', { name })}
            ref={renameButton}
            onClick={() => {
              setText(name);
              setRenaming(true);
            }}
          >
            {t('library.item.rename')}
          </button>
          <button
            type="button"
            aria-label={t('library.item.duplicateLabel', { name })}
            onClick={on.onDuplicate}
          >
            {t('library.item.duplicate')}
          </button>
          <button
            type="button"
            aria-label={t('library.item.deleteLabel', { name })}
            onClick={on.onDelete}
          >
            {t('library.item.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
