/**
 * "Examples and new": the built-in examples, a new scenario from the template, and "Start
 * from a country". A disclosure menu (keyboard-accessible by nature) that closes on Escape
 * and on a click outside it.
 */
import { useRef } from 'react';
import { EXAMPLES } from '../data/examples/index.ts';
import { useT } from '../i18n/language-root.tsx';
import { StartFromCountryForm } from '../population/start-from-country.tsx';
import { useMenuDismiss } from './use-menu-dismiss.ts';

export interface ScenarioMenuProps {
  onExample: (id: string) => void;
  onNew: () => void;
  /** Opens a whole new draft (a country's), with the app's undo. */
  onOpen: (next: unknown, what: string) => void;
}

export function ScenarioMenu({ onExample, onNew, onOpen }: ScenarioMenuProps) {
  const t = useT();
  const details = useRef<HTMLDetailsElement>(null);
  useMenuDismiss(details);
  const close = () => {
    if (details.current) details.current.open = false;
  };
  const choose = (action: () => void) => {
    action();
    close();
  };
  return (
    <details className="menu" ref={details}>
      <summary>{t('shell.scenarioMenu.summary')}</summary>
      <div className="menu-list">
        <ul className="menu-items">
          {EXAMPLES.map((e) => (
            <li key={e.id}>
              <button type="button" onClick={() => choose(() => onExample(e.id))}>
                {t('shell.scenarioMenu.openExample', { title: t(e.titleKey) })}
              </button>
            </li>
          ))}
          <li>
            <button type="button" onClick={() => choose(onNew)}>
              {t('shell.scenarioMenu.newFromTemplate')}
            </button>
          </li>
        </ul>
        <section className="menu-country" aria-labelledby="menu-country-heading">
          <h2 id="menu-country-heading">{t('shell.scenarioMenu.startFromCountry')}</h2>
          <StartFromCountryForm
            open={(next, what) => {
              close();
              onOpen(next, what);
            }}
          />
        </section>
      </div>
    </details>
  );
}
