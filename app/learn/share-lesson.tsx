/**
 * "Share this lesson": puts the lesson's link (`#lesson=<id>`, lesson-link.ts) on the
 * clipboard and says so; where the clipboard cannot be written, the link appears in a
 * read-only field, selected, to copy by hand. The link names the lesson, not the progress.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { lessonLink } from './lesson-link.ts';

export const LESSON_LINK_COPIED =
  'Link to this lesson copied. Whoever opens it starts the lesson afresh.';

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
  const [status, setStatus] = useState('');
  const [manual, setManual] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const fieldId = useId();

  useEffect(() => {
    if (manual !== null) field.current?.select();
  }, [manual]);

  const copy = async () => {
    const link = lessonLink(id, location.href);
    setStatus('');
    if (await writeClipboard(link)) {
      setManual(null);
      setStatus(LESSON_LINK_COPIED);
    } else {
      setManual(link);
      setStatus('Copy the link from the field (Ctrl+C, or ⌘C on a Mac).');
    }
  };

  return (
    <div className="hwf-learn-share">
      <button type="button" onClick={() => void copy()}>
        Share this lesson
      </button>
      <span role="status" className="hwf-learn-share-status">
        {status}
      </span>
      {manual !== null && (
        <span className="hwf-learn-share-manual">
          <label htmlFor={fieldId}>Link to this lesson</label>
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
