/**
 * The facilitator's keyboard shortcuts in presentation mode: which key does what, and when a
 * key is left to the control that has the focus (typing in a field, a chart's year cursor,
 * a list box). Pure; the presentation listens and acts.
 */

export type ShortcutAction =
  | 'previous-lever'
  | 'next-lever'
  | 'lever-up'
  | 'lever-down'
  | 'lever-up-more'
  | 'lever-down-more'
  | 'reveal'
  | 'hide'
  | 'projector'
  | 'baseline'
  | 'keep-variant'
  | 'next-view'
  | 'help'
  | 'leave';

/** The control a key event came from. */
export type FocusKind = 'text' | 'select' | 'chart' | 'slider' | 'other';

/** What a shortcut needs of a keyboard event. */
export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** The kind of control `target` is. */
export function focusKind(target: EventTarget | null): FocusKind {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return 'other';
  if (target.closest('.hwf-chart-svg')) return 'chart';
  const tag = target.tagName;
  if (tag === 'SELECT') return 'select';
  if (tag === 'TEXTAREA' || (target as HTMLElement).isContentEditable) return 'text';
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    if (type === 'range') return 'slider';
    if (!['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type)) return 'text';
  }
  return 'other';
}

const LETTERS: Readonly<Record<string, ShortcutAction>> = {
  r: 'reveal',
  h: 'hide',
  p: 'projector',
  b: 'baseline',
  v: 'keep-variant',
  c: 'next-view',
};

/** The action of a key press in presentation mode, or null to leave the key alone. */
export function shortcutFor(press: KeyPress, focus: FocusKind): ShortcutAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (focus === 'text') return press.key === 'Escape' ? 'leave' : null;
  if (press.key === 'Escape') return focus === 'select' ? null : 'leave';
  if (press.key === '?') return 'help';
  // A list box keeps its keys; a chart keeps its arrows (the year cursor).
  if (focus === 'select') return null;
  if (focus === 'chart' && press.key.startsWith('Arrow')) return null;
  switch (press.key) {
    case 'ArrowLeft':
      return 'previous-lever';
    case 'ArrowRight':
      return 'next-lever';
    case 'ArrowUp':
      return press.shiftKey ? 'lever-up-more' : 'lever-up';
    case 'ArrowDown':
      return press.shiftKey ? 'lever-down-more' : 'lever-down';
  }
  return LETTERS[press.key.toLowerCase()] ?? null;
}

/** The keys listed in the help dialog, in its order. */
export const SHORTCUT_HELP: readonly { keys: string[]; what: string }[] = [
  { keys: ['←', '→'], what: 'choose the previous or next lever' },
  { keys: ['↑', '↓'], what: 'move the chosen lever one step (with Shift: five steps)' },
  { keys: ['H'], what: 'hide the result, so the room can guess first' },
  { keys: ['R'], what: 'reveal the result' },
  { keys: ['V'], what: 'keep the scenario as the next variant' },
  {
    keys: ['C'],
    what: 'switch between result, gap, compare, difference and (with regions) where',
  },
  { keys: ['B'], what: 'go back to the baseline' },
  { keys: ['P'], what: 'open the projector window' },
  { keys: ['?'], what: 'show these keys' },
  { keys: ['Esc'], what: 'leave full screen, then the presentation' },
];
