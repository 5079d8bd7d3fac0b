/**
 * The summit in the projector window: the round, the proposal the room is discussing, and
 * the plan so far (the accepted proposals), in large type above the charts.
 */
import { useT } from '../i18n/language-root.tsx';
import { messageNodes } from '../i18n/rich-text.tsx';
import type { SummitPicture } from './summit-picture.ts';

export function SummitStrip({ summit }: { summit: SummitPicture }) {
  const t = useT();
  return (
    <section className="hwf-summit-strip" aria-label={t('summit.name.plain')}>
      <p>
        <strong>{t('summit.name.round', { round: summit.round })}</strong>
        {summit.discussing && (
          <>
            {' · '}
            {messageNodes(t, 'summit.strip.onTheTable', {
              proposal: <strong>{summit.discussing}</strong>,
            })}
          </>
        )}
      </p>
      {summit.plan.length === 0 ? (
        <p>{t('summit.strip.planEmpty')}</p>
      ) : (
        <div>
          {t('summit.strip.planSoFar')}
          <ol>
            {summit.plan.map((title, i) => (
              <li key={i}>{title}</li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
