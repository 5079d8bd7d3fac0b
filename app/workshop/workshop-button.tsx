/** "Workshop" (being built): presentation mode, projector window, comparison. */
import type { HwfResult } from '../scenario/result.ts';
import type { Scenario } from '../scenario/types.ts';

export interface WorkshopButtonProps {
  /** The working scenario's document (possibly invalid) and its last valid form. */
  draft: unknown;
  scenario: Scenario | null;
  result: HwfResult | null;
  /** Change the working scenario (a lever moved in presentation mode). */
  change: (next: unknown) => void;
}

export function WorkshopButton(_props: WorkshopButtonProps) {
  return null;
}
