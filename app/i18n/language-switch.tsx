/**
 * "Language" in the header: the languages that ship, each in its own name. The choice is
 * kept in this browser and followed by the app's other windows; a share link never sets it.
 * Shown only when there is more than one language to choose.
 */
import { useId } from 'react';
import { useLanguage } from './language-root.tsx';
import { languageStore, offeredLanguages } from './language-store.ts';

export function LanguageSwitch() {
  const { language, t, notice } = useLanguage();
  const id = useId();
  const offered = offeredLanguages();
  if (offered.length < 2) return null;
  return (
    <span className="language-switch">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={language}
        onChange={(e) => void languageStore.show(e.currentTarget.value, true)}
      >
        {offered.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
      {notice && (
        <span className="notice" role="status">
          {notice}
        </span>
      )}
    </span>
  );
}
