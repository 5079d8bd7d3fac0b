/**
 * Presentation mode: a full-screen view for a live workshop. The levers on the left as large
 * sliders, the charts on the right in large type, the kept scenarios, predict-first and the
 * projector window; every action also has a key (./shortcuts.ts). A modal view: the page
 * behind it is inert while it is open, and focus returns to the Workshop button when it
 * closes.
 */
import { BriefingsButton } from '../summit/briefings-button.tsx';
import { SummitButton } from '../summit/summit-button.tsx';
import type { Scenario } from '../../model/scenario/types.ts';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useFormats } from '../charts/formats-context.ts';
import { ToggleGroup } from '../charts/toggle-group.tsx';
import { useT } from '../i18n/language-root.tsx';
import { HelpDialog } from './help-dialog.tsx';
import { LeverSlider } from './lever-slider.tsx';
import type { LeverChoice, LeverKind } from './levers.ts';
import {
  LEVER_KINDS,
  MAX_LEVERS,
  MIN_LEVERS,
  REGIONAL_LEVER_KINDS,
  isDemandLever,
  leverKindLabel,
  makeLever,
  readLever,
} from './levers.ts';
import { draftRegions } from './regional-levers.ts';
import { SNAPSHOT_STYLES, nextVariantId, snapshotLabel } from './compare.ts';
import { LineSwatch } from './compare-chart.tsx';
import { focusKind, shortcutFor } from './shortcuts.ts';
import type { ShortcutAction } from './shortcuts.ts';
import { WorkshopStage, shownProfession, titleParts } from './stage.tsx';
import type { Workshop } from './use-workshop.ts';
import { useViewportHeight } from './use-viewport-height.ts';
import './workshop.css';
import './workshop-projector.css';

/** Props of {@link Presentation}. */
export interface PresentationProps {
  workshop: Workshop;
  /** The working scenario's last valid form (for the summit's role briefings). */
  scenario?: Scenario | null;
  onLeave: () => void;
}

const fullscreenElement = () =>
  typeof document !== 'undefined' ? document.fullscreenElement : null;

/** The presentation overlay, in a portal over the page. */
export function Presentation({ workshop: w, scenario = null, onLeave }: PresentationProps) {
  const f = useFormats();
  const { t } = f;
  const titleId = useId();
  const professionId = useId();
  const root = useRef<HTMLDivElement>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [fullscreen, setFullscreen] = useState(() => fullscreenElement() !== null);
  const viewport = useViewportHeight();
  const profession = shownProfession(w.result, w.professionId);
  const title = titleParts(w.result, profession, w.revealed, f);
  const chooseProfession = w.professions.length > 1;
  const activeIndex = Math.min(active, Math.max(0, w.levers.length - 1));
  const several = new Set(w.levers.map((l) => l.professionId)).size > 1;
  const variantId = nextVariantId(w.snapshots);
  const hasBaseline = w.snapshots.some((s) => s.id === 'baseline');

  // The page behind is inert while the presentation is open.
  useEffect(() => {
    const app = document.getElementById('root');
    app?.setAttribute('inert', '');
    root.current?.focus();
    const onFullscreen = () => setFullscreen(fullscreenElement() !== null);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      app?.removeAttribute('inert');
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, []);

  const focusLever = useCallback((index: number) => {
    const input = root.current?.querySelectorAll<HTMLInputElement>(
      '.hwf-lever input[type="range"]',
    )[index];
    input?.focus();
  }, []);

  const act = useCallback(
    (action: ShortcutAction) => {
      const lever = w.levers[activeIndex];
      const n = w.levers.length;
      switch (action) {
        case 'previous-lever':
        case 'next-lever': {
          if (n === 0) return;
          const next = (activeIndex + (action === 'next-lever' ? 1 : n - 1)) % n;
          setActive(next);
          focusLever(next);
          return;
        }
        case 'lever-up':
        case 'lever-down':
        case 'lever-up-more':
        case 'lever-down-more':
          if (lever) {
            const size = action.endsWith('more') ? 5 : 1;
            w.nudgeLever(lever, action.startsWith('lever-up') ? size : -size);
          }
          return;
        case 'reveal':
          w.setRevealed(true);
          return;
        case 'hide':
          w.setRevealed(false);
          return;
        case 'projector':
          w.openProjector();
          return;
        case 'baseline':
          w.load('baseline');
          return;
        case 'keep-variant':
          w.keep('variant');
          return;
        case 'next-view':
          w.nextView();
          return;
        case 'help':
          setHelpOpen(true);
          return;
        case 'leave':
          if (fullscreenElement()) void document.exitFullscreen().catch(() => {});
          else onLeave();
          return;
      }
    },
    [w, activeIndex, focusLever, onLeave],
  );

  useEffect(() => {
    if (helpOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || (event.repeat && event.key.length === 1)) return;
      const action = shortcutFor(event, focusKind(event.target));
      if (!action) return;
      event.preventDefault();
      act(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act, helpOpen]);

  const toggleFullscreen = () => {
    if (fullscreenElement()) void document.exitFullscreen().catch(() => {});
    else void document.documentElement.requestFullscreen?.().catch(() => {});
  };

  const overlay = (
    <div
      ref={root}
      className="hwf-workshop"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <header className="hwf-ws-top">
        {chooseProfession && (
          <>
            <label className="visually-hidden" htmlFor={professionId}>
              {t('workshop.presentation.profession')}
            </label>
            <select
              id={professionId}
              className="hwf-ws-profession"
              value={w.professionId ?? ''}
              title={profession?.name}
              onChange={(event) => w.setProfession(event.currentTarget.value)}
            >
              {w.professions.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </>
        )}
        <h2 id={titleId} className="hwf-ws-title" title={title.who + title.rest}>
          {/* The chooser before the title shows the profession; the title keeps it for
              assistive technology. */}
          {chooseProfession ? <span className="visually-hidden">{title.who}</span> : title.who}
          {title.rest}
        </h2>
        <div className="hwf-ws-top-controls">
          <ToggleGroup
            label={t('workshop.presentation.show')}
            options={w.views.map((v) => ({ value: v.value, label: t(v.label) }))}
            value={w.view}
            onChange={w.setView}
          />
          <button
            type="button"
            className="hwf-ws-primary"
            aria-keyshortcuts={w.revealed ? 'H' : 'R'}
            onClick={() => w.setRevealed(!w.revealed)}
          >
            {t(w.revealed ? 'workshop.presentation.hide' : 'workshop.presentation.reveal')}
          </button>
        </div>
      </header>

      <p className="hwf-ws-status" role="status">
        {w.notice ?? ''}
        {w.projectors > 0 && ` ${t('workshop.presentation.projectors', { count: w.projectors })}`}
      </p>

      <div className="hwf-ws-body">
        <section className="hwf-ws-side" aria-label={t('workshop.presentation.side')}>
          <div className="hwf-ws-side-levers">
            <h3 className="hwf-ws-side-title">{t('workshop.lever.heading')}</h3>
            {w.levers.length === 0 && (
              <p className="hwf-ws-note">{t('workshop.presentation.noLevers')}</p>
            )}
            <div className="hwf-levers">
              {w.levers.map((lever, i) => (
                <LeverSlider
                  key={lever.id}
                  lever={lever}
                  value={readLever(lever, w.draft)}
                  withProfession={several}
                  active={i === activeIndex}
                  onChange={(value) => w.moveLever(lever, value)}
                  onFocus={() => setActive(i)}
                />
              ))}
            </div>
            <LeverChooser workshop={w} />
          </div>

          <div className="hwf-ws-side-scenarios">
            <h3 className="hwf-ws-side-title">{t('workshop.presentation.scenarios')}</h3>
            <ul className="hwf-ws-snapshots">
              {w.snapshots.map((s) => (
                <li key={s.id}>
                  <LineSwatch style={SNAPSHOT_STYLES[s.id]} />
                  <span className="hwf-ws-snapshot-name">{snapshotLabel(s.id, t)}</span>
                  <button
                    type="button"
                    aria-keyshortcuts={s.id === 'baseline' ? 'B' : undefined}
                    onClick={() => w.load(s.id)}
                  >
                    {s.id === 'baseline'
                      ? t('workshop.presentation.backToBaseline')
                      : t('workshop.presentation.load', { id: s.id })}
                  </button>
                  {s.id !== 'baseline' && (
                    <button
                      type="button"
                      aria-label={t('workshop.presentation.removeNamed', {
                        name: snapshotLabel(s.id, t),
                      })}
                      onClick={() => w.remove(s.id)}
                    >
                      {t('workshop.presentation.remove')}
                    </button>
                  )}
                  {s.id !== 'baseline' && w.changes[s.id] && (
                    <span className="hwf-ws-snapshot-changes">{w.changes[s.id]}</span>
                  )}
                </li>
              ))}
            </ul>
            <div className="hwf-ws-keep">
              <button
                type="button"
                aria-keyshortcuts="V"
                disabled={variantId === null || !hasBaseline}
                onClick={() => w.keep('variant')}
              >
                {variantId
                  ? t('workshop.presentation.keepVariant', { id: variantId })
                  : t('workshop.presentation.threeKept')}
              </button>
              <button type="button" onClick={() => w.keep('baseline')}>
                {t('workshop.presentation.makeBaseline')}
              </button>
            </div>
          </div>
        </section>

        <section className="hwf-ws-stage" aria-label={t('workshop.presentation.charts')}>
          <WorkshopStage
            picture={w.picture}
            level={3}
            chartHeight={Math.max(280, Math.round(viewport * 0.52))}
            onMeasureChange={w.setMeasure}
            hiddenHint={t('workshop.presentation.hiddenHint')}
          />
        </section>
      </div>

      <footer className="hwf-ws-footer">
        <div className="hwf-ws-window">
          <button type="button" aria-keyshortcuts="P" onClick={w.openProjector}>
            {t('workshop.presentation.openProjector')}
          </button>
          <button type="button" onClick={toggleFullscreen}>
            {t(fullscreen ? 'workshop.fullScreen.leave' : 'workshop.fullScreen.enter')}
          </button>
          <BriefingsButton scenario={scenario} result={w.result} />
          <SummitButton workshop={w} />
          <button type="button" aria-keyshortcuts="?" onClick={() => setHelpOpen(true)}>
            {t('workshop.presentation.keys')}
          </button>
          <button type="button" aria-keyshortcuts="Escape" onClick={onLeave}>
            {t('workshop.presentation.leave')}
          </button>
        </div>
        <p className="hwf-ws-keys" aria-hidden="true">
          {t('workshop.presentation.keysLine')}
        </p>
      </footer>
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
  return createPortal(overlay, document.body);
}

/** Checkboxes of every lever of every profession; between 3 and 6 are shown. */
function LeverChooser({ workshop: w }: { workshop: Workshop }) {
  const t = useT();
  const same = (x: LeverChoice, c: LeverChoice) =>
    x.professionId === c.professionId && x.kind === c.kind && x.region === c.region;
  const chosen = (c: LeverChoice) => w.choices.some((x) => same(x, c));
  const regions = draftRegions(w.reference);
  const toggle = (c: LeverChoice) => {
    if (chosen(c)) {
      w.setChoices(w.choices.filter((x) => !same(x, c)));
    } else {
      w.setChoices([...w.choices, c]);
    }
  };
  const count = w.choices.length;
  return (
    <details className="hwf-ws-chooser">
      <summary>
        {t('workshop.presentation.chooseLevers', { min: MIN_LEVERS, max: MAX_LEVERS, count })}
      </summary>
      {w.professions.map((p) => (
        <fieldset key={p.id}>
          <legend>{p.name}</legend>
          {LEVER_KINDS.map((kind: LeverKind, i) => {
            const c = { professionId: p.id, kind };
            if (makeLever(c, w.reference) === null) return null;
            const on = chosen(c);
            // The demand side starts after the supply side, with a line of its own.
            const first = isDemandLever(kind) && !LEVER_KINDS.slice(0, i).some(isDemandLever);
            return (
              <label
                key={kind}
                className={first ? 'hwf-ws-check hwf-ws-check-demand' : 'hwf-ws-check'}
              >
                <input
                  type="checkbox"
                  checked={on}
                  disabled={on ? count <= MIN_LEVERS : count >= MAX_LEVERS}
                  onChange={() => toggle(c)}
                />
                {leverKindLabel(kind, t)}
              </label>
            );
          })}
          {regions.flatMap((r) =>
            REGIONAL_LEVER_KINDS.map((kind) => {
              const c = { professionId: p.id, kind, region: r.id };
              if (makeLever(c, w.reference) === null) return null;
              const on = chosen(c);
              return (
                <label key={`${kind}:${r.id}`} className="hwf-ws-check">
                  <input
                    type="checkbox"
                    checked={on}
                    disabled={on ? count <= MIN_LEVERS : count >= MAX_LEVERS}
                    onChange={() => toggle(c)}
                  />
                  {t('workshop.lever.inRegion', {
                    lever: leverKindLabel(kind, t),
                    region: r.name,
                  })}
                </label>
              );
            }),
          )}
        </fieldset>
      ))}
    </details>
  );
}
