/**
 * The professions' results: tabs (WAI-ARIA tabs: arrows, Home and End move) for a few
 * professions, a labelled list to choose from for more than {@link MAX_TABS} (30 tabs would
 * fill half the screen).
 */
import { useRef, type KeyboardEvent } from 'react';
import { useT } from '../i18n/language-root.tsx';

export interface ProfessionTabsProps {
  professions: readonly { id: string; name: string }[];
  selected: string;
  onSelect: (id: string) => void;
  /** id of the tab panel the tabs control */
  panelId: string;
}

export function tabId(professionId: string): string {
  return `tab-${professionId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** More professions than this are chosen from a list instead of tabs. */
export const MAX_TABS = 6;
const PICKER = 'profession-picker';

/** Whether the professions are shown as tabs (else as a list to choose from). */
export const asTabs = (count: number) => count <= MAX_TABS;

/** What labels the results panel: the selected tab, or the list's label. */
export function panelLabelId(count: number, professionId: string): string {
  return asTabs(count) ? tabId(professionId) : `${PICKER}-label`;
}

export function ProfessionTabs({ professions, selected, onSelect, panelId }: ProfessionTabsProps) {
  const t = useT();
  const list = useRef<HTMLDivElement>(null);
  const move = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = professions.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % professions.length
        : event.key === 'ArrowLeft'
          ? (index + last) % professions.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    if (next < 0) return;
    event.preventDefault();
    onSelect(professions[next].id);
    list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[next]?.focus();
  };
  if (!asTabs(professions.length)) {
    return (
      <div className="profession-picker">
        <label id={`${PICKER}-label`} htmlFor={PICKER}>
          {t('shell.professions.resultsOf')}
        </label>{' '}
        <select
          id={PICKER}
          value={selected}
          aria-controls={panelId}
          onChange={(e) => onSelect(e.target.value)}
        >
          {professions.map((p, i) => (
            <option key={p.id} value={p.id}>
              {t('shell.professions.option', {
                name: p.name,
                position: String(i + 1),
                count: String(professions.length),
              })}
            </option>
          ))}
        </select>
      </div>
    );
  }
  return (
    <div className="tabs" role="tablist" aria-label={t('shell.professions.tabs')} ref={list}>
      {professions.map((p, i) => {
        const active = p.id === selected;
        return (
          <button
            key={p.id}
            type="button"
            role="tab"
            id={tabId(p.id)}
            aria-selected={active}
            aria-controls={panelId}
            tabIndex={active ? 0 : -1}
            onClick={() => onSelect(p.id)}
            onKeyDown={(e) => move(e, i)}
          >
            {p.name}
          </button>
        );
      })}
    </div>
  );
}
