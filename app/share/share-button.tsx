/**
 * "Copy link": puts the working scenario's link on the clipboard and says so. Where the
 * clipboard cannot be written (an insecure page, a refusal), the link appears in a
 * read-only field, selected, to copy by hand. A scenario too big for a link says so, and
 * points to saving it as a file.
 */
import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { useT } from '../i18n/language-root.tsx';
import { linkFor, pageAddress, shareStore, type ShareStore } from './share-state.ts';
import './share.css';

export interface ShareButtonProps {
  draft: unknown;
  /** Whether the draft is a valid scenario (its one parse, in the draft state). */
  valid: boolean;
  /** Where the URL sync publishes the link (the page's store unless a test gives one). */
  store?: ShareStore;
}

/** What the button says after a click: the keys of its messages (share.json). */
export const COPIED = 'share.button.copied';
export const TOO_BIG = 'share.button.tooBig';
export const STALE = 'share.button.stale';
const COPY_BY_HAND = 'share.button.copyByHand';
const INVALID = 'share.button.invalid';
type Status = typeof COPIED | typeof TOO_BIG | typeof STALE | typeof COPY_BY_HAND | typeof INVALID;
/** How long "Link copied" stays. */
const STATUS_MS = 6000;

/** Writes `text` to the clipboard; false when the browser cannot or will not. */
async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function ShareButton({ draft, valid, store = shareStore }: ShareButtonProps) {
  const t = useT();
  const published = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const [status, setStatus] = useState<Status | ''>('');
  const [manual, setManual] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const noteId = useId();
  const statusId = useId();
  const fieldId = useId();

  useEffect(() => {
    if (manual !== null) field.current?.select();
  }, [manual]);
  useEffect(() => {
    if (status !== COPIED && status !== STALE) return;
    const timer = setTimeout(() => setStatus(''), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = async () => {
    // The draft as it is now, not as the address bar had it before the last keystroke.
    let state = linkFor(draft, valid, pageAddress(location.href));
    const stale = state.kind === 'invalid';
    if (stale && published) state = published;
    if (state.kind === 'too-big') {
      setManual(null);
      setStatus(TOO_BIG);
      return;
    }
    if (state.kind !== 'link') {
      setStatus(INVALID);
      return;
    }
    setStatus('');
    if (await writeClipboard(state.url)) {
      setManual(null);
      setStatus(stale ? STALE : COPIED);
    } else {
      setManual(state.url);
      setStatus(COPY_BY_HAND);
    }
  };

  const tooBig = published?.kind === 'too-big';
  return (
    <div className="share">
      <button
        type="button"
        onClick={() => void copy()}
        aria-describedby={tooBig ? (status === TOO_BIG ? statusId : noteId) : undefined}
      >
        {t('share.button.copy')}
      </button>
      {tooBig && status !== TOO_BIG && (
        <span id={noteId} className="share-note">
          {t(TOO_BIG)}
        </span>
      )}
      <span id={statusId} role="status" className="share-status">
        {status && t(status)}
      </span>
      {manual !== null && (
        <span className="share-manual">
          <label htmlFor={fieldId}>{t('share.button.linkLabel')}</label>
          <input
            id={fieldId}
            ref={field}
            type="text"
            readOnly
            value={manual}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" onClick={() => setManual(null)}>
            {t('share.button.close')}
          </button>
        </span>
      )}
    </div>
  );
}
