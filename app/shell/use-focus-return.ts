/**
 * The focus goes back to the button that opened a whole-page view (the report, Learn, the
 * workshop, the briefings, the summit) once the view has gone and the page is no longer
 * inert, so a keyboard user goes on where they were.
 */
import { useEffect, useRef, type RefObject } from 'react';

export function useFocusReturn(open: boolean, button: RefObject<HTMLElement | null>): void {
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open, button]);
}
