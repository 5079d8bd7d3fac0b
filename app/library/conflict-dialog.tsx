/**
 * "Saved in another tab": a save found a newer revision of its scenario in the database.
 * A modal dialog (the browser keeps focus in it; Escape is "Not now"); nothing is written
 * until the planner chooses.
 */
import { useEffect, useId, useRef } from 'react';
import { useT } from '../i18n/language-root.tsx';
import { formatModified } from './library-item.tsx';

export interface ConflictDialogProps {
  name: string;
  theirsModified: number;
  onChoose: (choice: 'mine' | 'theirs' | 'cancel') => void;
}

export function ConflictDialog({ name, theirsModified, onChoose }: ConflictDialogProps) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    // The choice that writes nothing has the focus.
    d?.querySelector<HTMLButtonElement>('[data-safe]')?.focus();
    return () => d?.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="library-dialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(e) => {
        e.preventDefault();
        onChoose('cancel');
      }}
    >
      <h2 id={titleId}>{t('library.conflict.title', { name })}</h2>
      <p id={textId}>
        {t('library.conflict.question', { name, modified: formatModified(theirsModified) })}
      </p>
      <ul className="library-dialog-choices">
        <li>
          <button type="button" onClick={() => onChoose('mine')}>
            {t('library.conflict.mine')}
          </button>{' '}
          {t('library.conflict.mineDoes')}
        </li>
        <li>
          <button type="button" onClick={() => onChoose('theirs')}>
            {t('library.conflict.theirs')}
          </button>{' '}
          {t('library.conflict.theirsDoes')}
        </li>
        <li>
          <button type="button" data-safe onClick={() => onChoose('cancel')}>
            {t('library.conflict.notNow')}
          </button>{' '}
          {t('library.conflict.notNowDoes')}
        </li>
      </ul>
    </dialog>
  );
}
