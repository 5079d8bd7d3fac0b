/**
 * The library in React: one `LibrarySession` per mounted menu, fed with the draft and whether
 * it parses, flushed when the page is hidden or closed, read through `useSyncExternalStore`.
 */
import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useT } from '../i18n/language-root.tsx';
import { datasetStore } from '../population/dataset-store.ts';
import { addressLink, type AddressLink } from '../share/read-link.ts';
import { openLibraryDb } from './database.ts';
import { downloadRecords, downloadScenario } from './download.ts';
import { randomId, renewTabId, tabId } from './ids.ts';
import { scenarioName, type RecordRef } from './records.ts';
import { LibrarySession, type LibrarySnapshot } from './session.ts';
import { isUntouchedExample } from './working-copy.ts';
import { stashWorking, takeStashedWorking } from './stash.ts';
import { openTabChannel } from './tab-channel.ts';

export interface LibraryOptions {
  draft: unknown;
  /** Whether the draft parses (the draft state's `parsed.ok`); the library never parses it. */
  valid: boolean;
  open: (document: unknown, what: string) => void;
  notify: (message: string) => void;
}

export interface Library extends LibrarySnapshot {
  save: () => Promise<void>;
  saveAs: (name: string) => Promise<void>;
  openEntry: (id: string) => Promise<void>;
  rename: (id: string, name: string) => Promise<void>;
  duplicate: (id: string) => Promise<void>;
  remove: (id: string) => Promise<void>;
  undoDelete: () => Promise<void>;
  dismissDeleted: () => void;
  resolve: (choice: 'mine' | 'theirs' | 'cancel') => Promise<void>;
  /** Saves the draft as a .json file. */
  download: () => void;
  /** A name for "Save as…": the scenario's own. */
  suggestedName: () => string;
  /**
   * Downloads records set aside as one JSON file; with `clear`, then removes those it
   * downloaded from the storage.
   */
  downloadSetAside: (refs: readonly RecordRef[], clear: boolean) => Promise<void>;
  /** Removes records set aside from the storage without a file. */
  discardSetAside: (refs: readonly RecordRef[]) => Promise<void>;
}

/**
 * The scenario of the share link in the address (`#s=…`; null when it cannot be read), or
 * undefined without one. A link takes precedence over the last working scenario, except on
 * a reload of the tab that wrote it there (restore.ts).
 */
function linkInAddress(): AddressLink | undefined {
  return typeof location === 'undefined' ? undefined : addressLink(location.hash);
}

/** Asks the browser once to keep this site's storage (no prompt in Chromium). */
function requestPersistence(): void {
  try {
    const storage = navigator.storage;
    if (!storage?.persist) return;
    void storage
      .persisted()
      .then((kept) => kept || storage.persist())
      .catch(() => {});
  } catch {
    // Not offered here: the storage is kept as long as the browser keeps it.
  }
}

const OPENING: LibrarySnapshot = {
  availability: 'opening',
  reason: null,
  entries: [],
  currentId: null,
  saved: false,
  newerElsewhere: false,
  fault: null,
  conflict: null,
  deleted: null,
  setAside: [],
};
const noSubscription = () => () => {};
const opening = () => OPENING;

export function useLibrary({ draft, valid, open, notify }: LibraryOptions): Library {
  const t = useT();
  const props = useRef({ draft, valid, open, notify, t });
  useLayoutEffect(() => {
    props.current = { draft, valid, open, notify, t };
  });
  const [session, setSession] = useState<LibrarySession | null>(null);

  useEffect(() => {
    // Read now: once the app runs, the address bar holds the working scenario's link.
    const link = linkInAddress();
    const s = new LibrarySession({
      openDb: openLibraryDb,
      openChannel: openTabChannel,
      tab: tabId(),
      renewTab: renewTabId,
      newId: randomId,
      now: Date.now,
      linkInAddress: () => link,
      isExample: (document) => isUntouchedExample(document, props.current.t),
      open: (document, what) => props.current.open(document, what),
      notify: (message) => props.current.notify(message),
      // The app's language when a message is made: a change of language reaches it.
      t: (key, values) => props.current.t(key, values),
      datasets: () => datasetStore.getSnapshot().datasets,
      stash: { put: stashWorking, take: takeStashedWorking },
      persist: requestPersistence,
    });
    s.draftChanged(props.current.draft, props.current.valid);
    void s.start();
    setSession(s);
    const flush = () => s.leave();
    const hidden = () => {
      if (document.visibilityState === 'hidden') s.leave();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', hidden);
      s.stop();
      setSession(null);
    };
  }, []);

  useEffect(() => session?.draftChanged(draft, valid), [session, draft, valid]);

  const snapshot = useSyncExternalStore(
    session?.subscribe ?? noSubscription,
    session?.snapshot ?? opening,
  );

  const s = session;
  return {
    ...snapshot,
    save: async () => s?.save(),
    saveAs: async (name) => s?.saveAs(name),
    openEntry: async (id) => s?.openEntry(id),
    rename: async (id, name) => s?.rename(id, name),
    duplicate: async (id) => s?.duplicate(id),
    remove: async (id) => s?.remove(id),
    undoDelete: async () => s?.undoDelete(),
    dismissDeleted: () => s?.dismissDeleted(),
    resolve: async (choice) => s?.resolve(choice),
    download: () => downloadScenario(props.current.draft),
    suggestedName: () => s?.suggestedName() ?? scenarioName(props.current.draft, t),
    downloadSetAside: async (refs, clear) => {
      if (!s) return;
      const records = await s.readSetAside(refs);
      if (records.length === 0) return;
      // The file first: a record is removed only once it is in the file.
      downloadRecords(records);
      if (clear)
        await s.discardSetAside(
          records.map((r) => r.ref),
          true,
        );
    },
    discardSetAside: async (refs) => s?.discardSetAside(refs, false),
  };
}
