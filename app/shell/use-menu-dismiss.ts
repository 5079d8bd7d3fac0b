/**
 * A header menu (a details/summary disclosure) closes as menus do: on Escape while the focus
 * is inside it (the focus goes back to its summary), and on a click or tap anywhere outside
 * it. A disclosure already opens and closes by keyboard on its summary.
 */
import { useEffect, type RefObject } from 'react';

export function useMenuDismiss(
  ref: RefObject<HTMLDetailsElement | null>,
  /** What counts as inside besides the menu (e.g. its own status and undo notices). */
  area?: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !details.open) return;
      e.preventDefault();
      e.stopPropagation();
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    const onPointerDown = (e: PointerEvent) => {
      const inside = area?.current ?? details;
      if (details.open && e.target instanceof Node && !inside.contains(e.target)) {
        details.open = false;
      }
    };
    details.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      details.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [ref, area]);
}
