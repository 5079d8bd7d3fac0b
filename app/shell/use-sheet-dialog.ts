/**
 * A whole-page dialog (the report, the role briefings, the summit), which may open over the
 * workshop's presentation, itself a dialog over the page: while it is open every other child of the body
 * is inert (made live again on close unless it was inert before), it takes the focus, and
 * its keys are caught before the presentation's (a listener in the capture phase), so Esc
 * closes it and not the presentation, and no key of the presentation acts behind it.
 */
import { useEffect, type RefObject } from 'react';

export function useSheetDialog(root: RefObject<HTMLElement | null>, onClose: () => void): void {
  useEffect(() => {
    const self = root.current;
    const others = [...document.body.children].filter(
      (el) => el !== self && !el.hasAttribute('inert'),
    );
    for (const el of others) el.setAttribute('inert', '');
    self?.focus();
    const onKey = (event: KeyboardEvent) => {
      // The keys are the sheet's while it is open (the presentation's wait).
      event.stopPropagation();
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        onClose();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      for (const el of others) el.removeAttribute('inert');
      window.removeEventListener('keydown', onKey, true);
    };
  }, [root, onClose]);
}
