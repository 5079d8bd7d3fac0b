/**
 * The app's language at its root: the formatters every part reads (numbers in the browser's
 * locale, as before; words in the app's language, `t`) follow the language store, and a
 * change of language re-renders the app in the new one.
 */
import { useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { FormatsContext, useFormats } from '../charts/formats-context.ts';
import { createFormats } from '../format.ts';
import { languageStore, type LanguageState } from './language-store.ts';
import type { Translate } from './translate.ts';

/** The app's language and its messages. */
export function useLanguage(): LanguageState {
  return useSyncExternalStore(languageStore.subscribe, languageStore.get, languageStore.get);
}

/** The messages in the app's language. */
export function useT(): Translate {
  return useFormats().t;
}

export function LanguageRoot({ children }: { children: ReactNode }) {
  const { language, t } = useLanguage();
  useEffect(() => languageStore.follow(), []);
  const formats = useMemo(() => createFormats(undefined, t, language), [t, language]);
  return <FormatsContext.Provider value={formats}>{children}</FormatsContext.Provider>;
}
