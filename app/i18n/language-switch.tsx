/**
 * "Language" in the header: a small menu (a globe and the language's code, "EN"), like the
 * header's other menus, so the header stays one row on a laptop; inside it the languages
 * that ship, each in its own name. The choice is kept in this browser and followed by the
 * app's other windows; a share link never sets it. Shown only when there is more than one
 * language to choose.
 */
import { useId, useRef } from 'react';
import { useMenuDismiss } from '../shell/use-menu-dismiss.ts';
import { useLanguage } from './language-root.tsx';
import { languageStore, offeredLanguages } from './language-store.ts';

/** A globe: the sign for "language" whatever language the reader reads. */
function Globe() {
  return (
    <svg
      className="language-globe"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <g fill="none" stroke="currentColor" strokeWidth="1.2">
        <circle cx="8" cy="8" r="6.4" />
        <ellipse cx="8" cy="8" rx="2.8" ry="6.4" />
        <path d="M1.8 5.6h12.4M1.8 10.4h12.4" />
      </g>
    </svg>
  );
}

export function LanguageSwitch() {
  const { language, t, notice } = useLanguage();
  const id = useId();
  const details = useRef<HTMLDetailsElement>(null);
  useMenuDismiss(details);
  const offered = offeredLanguages();
  if (offered.length < 2) return null;
  const current = offered.find((l) => l.code === language);
  return (
    <span className="language-switch">
      <details className="menu language-menu" ref={details}>
        <summary>
          <Globe />
          <span aria-hidden="true">{language.split('-')[0].toUpperCase()}</span>
          <span className="visually-hidden">
            {t('language.label')}: {current?.name ?? language}
          </span>
        </summary>
        <div className="menu-list language-list">
          <label htmlFor={id}>{t('language.label')}</label>
          <select
            id={id}
            value={language}
            onChange={(e) => {
              void languageStore.show(e.currentTarget.value, true);
              // Chosen: the menu closes, the keyboard's place back on its button.
              if (details.current) {
                details.current.open = false;
                details.current.querySelector('summary')?.focus();
              }
            }}
          >
            {offered.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
      </details>
      {notice && (
        <span className="notice" role="status">
          {notice}
        </span>
      )}
    </span>
  );
}
