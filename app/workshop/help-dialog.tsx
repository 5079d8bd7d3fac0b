/**
 * The keys of the presentation, in a modal dialog: focus moves to its Close button when it
 * opens, stays inside while it is open, and returns to where it was when it closes (Esc or
 * Close).
 */
import { useEffect, useId, useRef } from 'react';
import { SHORTCUT_HELP } from './shortcuts.ts';

/** Props of {@link HelpDialog}. */
export interface HelpDialogProps {
  open: boolean;
  onClose: () => void;
}

/** The shortcut list as a native modal dialog. */
export function HelpDialog({ open, onClose }: HelpDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const returnTo = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnTo.current = document.activeElement;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      close.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="hwf-ws-help"
      aria-labelledby={titleId}
      onClose={() => {
        onClose();
        const back = returnTo.current;
        if (back instanceof HTMLElement && back.isConnected) back.focus();
      }}
    >
      <h2 id={titleId}>Keyboard shortcuts</h2>
      <table>
        <caption className="visually-hidden">Keys of the presentation and what they do</caption>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">What it does</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUT_HELP.map((row) => (
            <tr key={row.what}>
              <th scope="row">
                {row.keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && ' '}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </th>
              <td>{row.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>While a chart has the focus, ← and → move its year cursor instead.</p>
      <button ref={close} type="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
