import { describe, expect, it } from 'vitest';
import { SHORTCUT_HELP, shortcutFor } from '../../app/workshop/shortcuts.ts';

describe('the facilitator’s keys', () => {
  it('choose and move levers, reveal, hide and the rest', () => {
    const key = (k: string, shiftKey = false) => shortcutFor({ key: k, shiftKey }, 'other');
    expect(key('ArrowLeft')).toBe('previous-lever');
    expect(key('ArrowRight')).toBe('next-lever');
    expect(key('ArrowUp')).toBe('lever-up');
    expect(key('ArrowDown', true)).toBe('lever-down-more');
    expect(key('r')).toBe('reveal');
    expect(key('H', true)).toBe('hide');
    expect(key('p')).toBe('projector');
    expect(key('b')).toBe('baseline');
    expect(key('v')).toBe('keep-variant');
    expect(key('c')).toBe('next-view');
    expect(key('?', true)).toBe('help');
    expect(key('Escape')).toBe('leave');
    expect(key('x')).toBeNull();
    expect(key('Enter')).toBeNull();
  });

  it('take the arrows from a slider, but leave them to a chart and a list box', () => {
    expect(shortcutFor({ key: 'ArrowUp' }, 'slider')).toBe('lever-up');
    expect(shortcutFor({ key: 'ArrowLeft' }, 'slider')).toBe('previous-lever');
    expect(shortcutFor({ key: 'ArrowLeft' }, 'chart')).toBeNull();
    expect(shortcutFor({ key: 'ArrowDown' }, 'select')).toBeNull();
    expect(shortcutFor({ key: 'r' }, 'chart')).toBe('reveal');
    expect(shortcutFor({ key: 'r' }, 'select')).toBeNull();
    expect(shortcutFor({ key: 'Escape' }, 'select')).toBeNull();
  });

  it('do nothing while typing (except Esc) or with Ctrl, Alt or Meta', () => {
    expect(shortcutFor({ key: 'r' }, 'text')).toBeNull();
    expect(shortcutFor({ key: '?' }, 'text')).toBeNull();
    expect(shortcutFor({ key: 'Escape' }, 'text')).toBe('leave');
    expect(shortcutFor({ key: 'r', ctrlKey: true }, 'other')).toBeNull();
    expect(shortcutFor({ key: 'p', metaKey: true }, 'other')).toBeNull();
    expect(shortcutFor({ key: 'b', altKey: true }, 'other')).toBeNull();
  });

  it('are all in the help list', () => {
    const keys = SHORTCUT_HELP.flatMap((row) => row.keys).join(' ');
    for (const k of ['←', '→', '↑', '↓', 'H', 'R', 'V', 'C', 'B', 'P', '?', 'Esc']) {
      expect(keys).toContain(k);
    }
  });
});
