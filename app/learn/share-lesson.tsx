/**
 * "Share this lesson": puts the lesson's link (`#lesson=<id>`, lesson-link.ts) on the
 * clipboard and says so; where the clipboard cannot be written, the link appears in a
 * read-only field, selected, to copy by hand. The link names the lesson, not the progress.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n/language-root.tsx';
import type { MessageKey } from '../i18n/translate.ts';
import { lessonLink } from './lesson-link.ts';

/** The notice once the link is on the clipboard (the key of its message). */
export const LESSON_LINK_COPIED: MessageKey = 'learn.share.copied';

async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function ShareLesson({ id }: { id: string }) {
  const t = useT();
  const [status, setStatus] = useState<MessageKey | null>(null);
  const [manual, setManual] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const fieldId = useId();

  useEffect(() => {
    if (manual !== null) field.current?.select();
  }, [manual]);

  const copy = async () => {
    const link = lessonLink(id, location.href);
    setStatus(null);
    if (await writeClipboard(link)) {
      setManual(null);
      setStatus(LESSON_LINK_COPIED);
    } else {
      setManual(link);
      setStatus('learn.share.copyByHand');
    }
  };

  return (
    <div className="hwf-learn-share">
      <button type="button" onClick={() => void copy()}>
        {t('learn.share.button')}
      </button>
      <span role="status" className="hwf-learn-share-status">
        {status === null ? '' : t(status)}
      </span>
      {manual !== null && (
        <span className="hwf-learn-share-manual">
          <label htmlFor={fieldId}>{t('learn.share.field')}</label>
          <input
            id={fieldId}
            ref={field}
            type="text"
            readOnly
            value={manual}
            onFocus={(e) => e.currentTarget.select()}
          />
        </span>
      )}
    </div>
  );
}
