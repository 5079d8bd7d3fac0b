/**
 * The language the app is read in: picked at start from the reader's own choice (kept in
 * this browser) or the browser's languages, switched in the header, and followed by every
 * window of the app in this browser (the projector window too). A share link carries no
 * language: whoever opens it reads the app in their own.
 *
 * English is bundled; another language's catalogue is loaded when it is chosen (a chunk of
 * its own, kept for offline use by the service worker once used). If it cannot be loaded
 * (offline before it was ever used), the app stays in the language it has and says why.
 */
import { LANGUAGES, LANGUAGE_KEY, PSEUDO, SOURCE_LANGUAGE, pickLanguage } from './languages.ts';
import { ENGLISH, englishT, makeTranslate, type Catalogue, type Translate } from './translate.ts';

/** Where the tests turn the pseudo-language on (never a reader). */
export const PSEUDO_KEY = 'hwf-pseudo-language';

/** What the app reads of the language. */
export interface LanguageState {
  language: string;
  t: Translate;
  /** Why the language asked for could not be loaded, in words; null when all is well. */
  notice: string | null;
}

const files = import.meta.glob<Catalogue>(['./messages/*/*.json', '!./messages/en/*.json'], {
  import: 'default',
});

/** The files of each language other than English, by code. */
const LOADERS = new Map<string, (() => Promise<Catalogue>)[]>();
for (const [path, load] of Object.entries(files)) {
  const code = path.split('/')[2];
  LOADERS.set(code, [...(LOADERS.get(code) ?? []), load]);
}

/** The catalogue of `code`: English bundled, the pseudo-language made from it, any other
 *  loaded on demand. */
export async function loadCatalogue(code: string): Promise<Catalogue> {
  if (code === SOURCE_LANGUAGE) return ENGLISH;
  if (code === PSEUDO.code) {
    const { pseudoCatalogue } = await import('./pseudo.ts');
    return pseudoCatalogue(ENGLISH);
  }
  const parts = LOADERS.get(code);
  if (!parts) throw new Error(`no catalogue for ${code}`);
  const loaded = await Promise.all(parts.map((load) => load()));
  return Object.assign({}, ...loaded) as Catalogue;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The languages offered in this browser: those that ship, and the pseudo-language where
 *  the tests turned it on. */
export function offeredLanguages(): { code: string; name: string }[] {
  return storage()?.getItem(PSEUDO_KEY) === '1' ? [...LANGUAGES, PSEUDO] : [...LANGUAGES];
}

/** The app's language, in the page. */
export class LanguageStore {
  private state: LanguageState = { language: SOURCE_LANGUAGE, t: englishT, notice: null };
  private readonly listeners = new Set<() => void>();
  private asked = 0;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly get = (): LanguageState => this.state;

  private set(next: LanguageState): void {
    this.state = next;
    if (typeof document !== 'undefined') document.documentElement.lang = next.language;
    for (const listener of [...this.listeners]) listener();
  }

  /** Shows the app in `code` (the latest call wins); `remember` keeps the choice. */
  async show(code: string, remember: boolean): Promise<void> {
    const ask = ++this.asked;
    if (remember) {
      try {
        storage()?.setItem(LANGUAGE_KEY, code);
      } catch {
        // A browser that keeps nothing: the choice lasts for this page.
      }
    }
    try {
      const catalogue = await loadCatalogue(code);
      if (ask !== this.asked) return;
      this.set({ language: code, t: makeTranslate(code, catalogue), notice: null });
    } catch {
      if (ask !== this.asked) return;
      const name = offeredLanguages().find((l) => l.code === code)?.name ?? code;
      this.set({
        ...this.state,
        notice: this.state.t('language.notLoaded', { language: name }),
      });
    }
  }

  /** The language at start: the reader's choice or the browser's. */
  start(): Promise<void> {
    const offered = offeredLanguages().map((l) => l.code);
    const chosen = storage()?.getItem(LANGUAGE_KEY) ?? null;
    const browser = typeof navigator === 'undefined' ? [] : [...navigator.languages];
    return this.show(pickLanguage(chosen, browser, offered), false);
  }

  /** Follows a choice made in another window of the app in this browser. */
  follow(): () => void {
    if (typeof window === 'undefined') return () => {};
    const onStorage = (event: StorageEvent) => {
      if (event.key === LANGUAGE_KEY || event.key === PSEUDO_KEY) void this.start();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }
}

/** The page's language. */
export const languageStore = new LanguageStore();
