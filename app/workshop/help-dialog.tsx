/**
 * The keys of the presentation, in a modal dialog: focus moves to its Close button when it
 * opens, stays inside while it is open, and returns to where it was when it closes (Esc or
 * Close).
 */
import { useEffect, useId, useRef } from 'react';
import { useT } from '../i18n/language-root.tsx';
import { SHORTCUT_HELP } from './shortcuts.ts';

/** Props of {@link HelpDialog}. */
export interface HelpDialogProps {
  open: boolean;
  onClose: () => void;
}

/** The shortcut list as a native modal dialog. */
export function HelpDialog({ open, onClose }: HelpDialogProps) {
  const t = useT();
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
      <h2 id={titleId}>{t('workshop.help.title')}</h2>
      <table>
        <caption className="visually-hidden">{t('workshop.help.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workshop.help.key')}</th>
            <th scope="col">{t('workshop.help.what')}</th>
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
              <td>{t(row.what)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('workshop.help.chartKeys')}</p>
      <button ref={close} type="button" onClick={onClose}>
        {t('workshop.help.close')}
      </button>
    </dialog>
  );
}
