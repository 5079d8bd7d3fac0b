/**
 * The projector window (`?view=projector`): only the charts, in large type, kept in sync
 * with the presenter's window through a BroadcastChannel. It asks for the picture when it
 * starts, so closing and reopening it picks up where the presenter is.
 */
import { useEffect, useState } from 'react';
import { useFormats } from '../charts/formats-context.ts';
import { DebriefView } from '../summit/debrief-view.tsx';
import { SummitStrip } from '../summit/summit-strip.tsx';
import '../summit/summit.css';
import { WorkshopStage, shownProfession, stageTitle } from './stage.tsx';
import { useProjectorSync } from './use-sync.ts';
import { useViewportHeight } from './use-viewport-height.ts';
import './workshop.css';

/** True on the projector window's address. */
export function isProjectorWindow(): boolean {
  return new URLSearchParams(location.search).get('view') === 'projector';
}

/** The projector window's page. */
export function ProjectorApp() {
  const f = useFormats();
  const state = useProjectorSync();
  const viewport = useViewportHeight();
  const [fullscreen, setFullscreen] = useState(false);
  const picture = state.picture;
  const profession = picture ? shownProfession(picture.result, picture.professionId) : null;
  const debrief = picture?.summit?.debrief ?? null;
  const title = debrief
    ? 'Planning summit: the debrief'
    : picture
      ? stageTitle(picture.result, profession, picture.revealed, f)
      : 'Workshop projector';

  useEffect(() => {
    document.title = 'Projector · HWF Scenario Lab';
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
          {fullscreen ? 'Leave full screen' : 'Full screen'}
        </button>
      </header>
      <main className="hwf-projector-main">
        {!picture ? (
          <p className="hwf-ws-waiting" role="status">
            Waiting for the presenter: open “Workshop” in the main window of HWF Scenario Lab.
          </p>
        ) : (
          <>
            {!state.connected && (
              <p className="hwf-ws-note" role="status">
                The presenter’s window has closed: this is the last picture it sent.
              </p>
            )}
            {debrief && <DebriefView text={debrief} titleId="hwf-projector-debrief" level={2} />}
            {picture.summit && !debrief && <SummitStrip summit={picture.summit} />}
            {!debrief && picture.levers.length > 0 && (
              <ul className="hwf-projector-levers" aria-label="Levers">
                {picture.levers.map((l) => (
                  <li key={l.label}>
                    {l.label}: <strong>{l.value}</strong>
                  </li>
                ))}
              </ul>
            )}
            {!debrief && (
              <WorkshopStage
                picture={picture}
                level={2}
                chartHeight={Math.max(280, Math.round(viewport * 0.58))}
                hiddenHint="The facilitator will reveal it."
              />
            )}
          </>
        )}
      </main>
    </div>
  );
}
