/** Files in and out (being built): scenario JSON, CSV imports, result exports. */
import type { HwfResult } from '../scenario/result.ts';

export interface FileMenuProps {
  draft: unknown;
  result: HwfResult | null;
  /** Replace the working scenario (an imported file). */
  open: (document: unknown, what: string) => void;
  /** Change the working scenario (a CSV import into it). */
  change: (next: unknown) => void;
  notify: (message: string) => void;
}

export function FileMenu(_props: FileMenuProps) {
  return null;
}
