/**
 * The facilitator's keyboard shortcuts in presentation mode: which key does what, and when a
 * key is left to the control that has the focus (typing in a field, a chart's year cursor,
 * a list box). Pure; the presentation listens and acts.
 */
import type { MessageKey } from '../i18n/translate.ts';

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

/** The keys listed in the help dialog, in its order, each with its message. */
export const SHORTCUT_HELP: readonly { keys: string[]; what: MessageKey }[] = [
  { keys: ['←', '→'], what: 'workshop.keys.chooseLever' },
  { keys: ['↑', '↓'], what: 'workshop.keys.moveLever' },
  { keys: ['H'], what: 'workshop.keys.hide' },
  { keys: ['R'], what: 'workshop.keys.reveal' },
  { keys: ['V'], what: 'workshop.keys.keepVariant' },
  { keys: ['C'], what: 'workshop.keys.nextView' },
  { keys: ['B'], what: 'workshop.keys.baseline' },
  { keys: ['P'], what: 'workshop.keys.projector' },
  { keys: ['?'], what: 'workshop.keys.help' },
  { keys: ['Esc'], what: 'workshop.keys.leave' },
];
