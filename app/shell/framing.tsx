/**
 * HWF Scenario Lab runs only as a page of its own, never inside another page's frame: a page
 * of another site could otherwise show it under its own address, lay things over it, or trick
 * a reader into clicks (clickjacking). The hosts' headers say so too (public/_headers,
 * docs/hosting.md); this check holds where a host cannot send them.
 *
 * In a frame, main.tsx shows `FramedNotice` instead of the app: a short message and a link
 * that opens the app in its own tab. The workshop's projector is a window of its own
 * (window.open), not a frame, so the check holds for it as well.
 */
import { useT } from '../i18n/language-root.tsx';

/** True when this page is inside a frame (or cannot tell, which a frame alone causes). */
export function isFramed(win: Window = window): boolean {
  try {
    return win.top !== win.self;
  } catch {
    return true;
  }
}

/** What a framed page shows in place of the app. */
export function FramedNotice({ href }: { href: string }) {
  const t = useT();
  return (
    <main className="hwf-framed" style={{ maxWidth: '40rem', margin: '0 auto', padding: '1.5rem' }}>
      <h1 style={{ fontSize: '1.5rem', margin: '0 0 0.75rem' }}>{t('shell.framed.title')}</h1>
      <p>{t('shell.framed.why')}</p>
      <p>
        <a href={href} target="_blank" rel="noopener noreferrer" style={{ color: 'var(--accent)' }}>
          {t('shell.framed.open')}
        </a>
      </p>
    </main>
  );
}
