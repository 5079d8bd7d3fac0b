/**
 * The projector window (`?view=projector`): only the charts, in large type, kept in sync
 * with the presenter's window through a BroadcastChannel. It asks for the picture when it
 * starts, so closing and reopening it picks up where the presenter is.
 */
import { useEffect, useState } from 'react';
import { useFormats } from '../charts/formats-context.ts';
import { messageNodes } from '../i18n/rich-text.tsx';
import { DebriefView } from '../summit/debrief-view.tsx';
import { SummitStrip } from '../summit/summit-strip.tsx';
import '../summit/summit.css';
import { WorkshopStage, shownProfession, stageTitle } from './stage.tsx';
import { useProjectorSync } from './use-sync.ts';
import { useViewportHeight } from './use-viewport-height.ts';
import './workshop.css';
import './workshop-projector.css';

/** True on the projector window's address. */
export function isProjectorWindow(): boolean {
  return new URLSearchParams(location.search).get('view') === 'projector';
}

/** The projector window's page. */
export function ProjectorApp() {
  const f = useFormats();
  const { t } = f;
  const state = useProjectorSync();
  const viewport = useViewportHeight();
  const [fullscreen, setFullscreen] = useState(false);
  const picture = state.picture;
  const profession = picture ? shownProfession(picture.result, picture.professionId) : null;
  const debrief = picture?.summit?.debrief ?? null;
  const title = debrief
    ? t('workshop.projector.debrief')
    : picture
      ? stageTitle(picture.result, profession, picture.revealed, f)
      : t('workshop.projector.title');

  useEffect(() => {
    document.title = t('workshop.projector.documentTitle', { product: t('app.product') });
  }, [t]);

  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  return (
    <div className="hwf-projector">
      <header className="hwf-projector-top">
        <h1 className="hwf-ws-title">{title}</h1>
        <button
          type="button"
          className="hwf-projector-full"
          onClick={() => {
            if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
            else void document.documentElement.requestFullscreen?.().catch(() => {});
          }}
        >
          {t(fullscreen ? 'workshop.fullScreen.leave' : 'workshop.fullScreen.enter')}
        </button>
      </header>
      <main className="hwf-projector-main">
        {!picture ? (
          <p className="hwf-ws-waiting" role="status">
            {t('workshop.projector.waiting', { product: t('app.product') })}
          </p>
        ) : (
          <>
            {!state.connected && (
              <p className="hwf-ws-note" role="status">
                {t('workshop.projector.closed')}
              </p>
            )}
            {debrief && <DebriefView text={debrief} titleId="hwf-projector-debrief" level={2} />}
            {picture.summit && !debrief && <SummitStrip summit={picture.summit} />}
            {!debrief && picture.levers.length > 0 && (
              <ul className="hwf-projector-levers" aria-label={t('workshop.lever.heading')}>
                {picture.levers.map((l) => (
                  <li key={l.label}>
                    {messageNodes(t, 'workshop.projector.lever', {
                      lever: l.label,
                      value: <strong>{l.value}</strong>,
                    })}
                  </li>
                ))}
              </ul>
            )}
            {!debrief && (
              <WorkshopStage
                picture={picture}
                level={2}
                chartHeight={Math.max(280, Math.round(viewport * 0.58))}
                hiddenHint={t('workshop.projector.hiddenHint')}
              />
            )}
          </>
        )}
      </main>
    </div>
  );
}
