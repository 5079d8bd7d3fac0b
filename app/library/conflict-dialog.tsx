/**
 * "Saved in another tab": a save found a newer revision of its scenario in the database.
 * A modal dialog (the browser keeps focus in it; Escape is "Not now"); nothing is written
 * until the planner chooses.
 */
import { useEffect, useId, useRef } from 'react';
import { formatModified } from './library-item.tsx';

export interface ConflictDialogProps {
  name: string;
  theirsModified: number;
  onChoose: (choice: 'mine' | 'theirs' | 'cancel') => void;
}

export function ConflictDialog({ name, theirsModified, onChoose }: ConflictDialogProps) {
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
      <h2 id={titleId}>“{name}” was saved in another tab</h2>
      <p id={textId}>
        Another tab or window saved a newer version of “{name}” ({formatModified(theirsModified)})
        after you opened it. Which version do you want to keep?
      </p>
      <ul className="library-dialog-choices">
        <li>
          <button type="button" onClick={() => onChoose('mine')}>
            Keep mine
          </button>{' '}
          saves this page’s scenario over the other version.
        </li>
        <li>
          <button type="button" onClick={() => onChoose('theirs')}>
            Take theirs
          </button>{' '}
          opens the other version here; yours stays available with “Go back to it”.
        </li>
        <li>
          <button type="button" data-safe onClick={() => onChoose('cancel')}>
            Not now
          </button>{' '}
          saves nothing; your scenario stays in this page.
        </li>
      </ul>
    </dialog>
  );
}
