/**
 * The summit's closing debrief in the presenter's window, on screen and printed on A4: the
 * plan, the plan against the baseline, what moved the result most (the plan run step by step
 * with the same futures), what it cost and what is still uncertain (./debrief-text.ts), or
 * where it stands while the steps run. The projector window draws the same words.
 */
import { useT } from '../i18n/language-root.tsx';
import type { Summit } from './use-summit.ts';
import { DebriefView } from './debrief-view.tsx';

export function Debrief({ summit: s, titleId }: { summit: Summit; titleId: string }) {
  const t = useT();
  if (!s.state) return null;
  if (s.debrief) return <DebriefView text={s.debrief} titleId={titleId} level={2} />;
  const broken = s.steps.find((x) => !x.ok);
  const failed = s.outcomes.find((o) => o.status === 'error');
  const done = s.outcomes.filter((o) => o.status === 'done').length;
  return (
    <article className="hwf-summit-debrief" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('summit.debrief.title')}</h2>
      {broken && !broken.ok ? (
        <p className="hwf-summit-problem" role="alert">
          {t('summit.plan.invalid', { problem: broken.problem })}
        </p>
      ) : failed?.status === 'error' ? (
        <p className="hwf-summit-problem" role="alert">
          {t('summit.plan.failed', { error: failed.error })}
        </p>
      ) : (
        <p className="hwf-summit-hint" role="status">
          {t('summit.debrief.running', { done, total: s.steps.length })}
        </p>
      )}
    </article>
  );
}
