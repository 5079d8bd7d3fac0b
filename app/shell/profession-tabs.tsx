/** Tabs for the professions' results (WAI-ARIA tabs: arrows, Home and End move). */
import { useRef, type KeyboardEvent } from 'react';

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

export function ProfessionTabs({ professions, selected, onSelect, panelId }: ProfessionTabsProps) {
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
  return (
    <div className="tabs" role="tablist" aria-label="Professions" ref={list}>
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
