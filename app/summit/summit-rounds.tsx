/**
 * The summit's rounds: the proposals on the table, accepted and declined, round by round;
 * the plan so far against the baseline; and the buttons that put a proposal or the plan on
 * the stage (the presentation's comparison, which the projector window shows), named by
 * the role that made it.
 */
import { useT } from '../i18n/language-root.tsx';
import type { MessageKey } from '../i18n/translate.ts';
import type { Workshop } from '../workshop/use-workshop.ts';
import { PlanTableView } from './debrief-view.tsx';
import { accepted, planDraft, trialDraft, withProposals, type Proposal } from './summit.ts';
import type { Prepared } from './use-summit.ts';

const STATUS_WORDS: Record<Proposal['status'], MessageKey> = {
  open: 'summit.status.open',
  accepted: 'summit.status.accepted',
  declined: 'summit.status.declined',
};

/** Put a proposal, or the plan, on the stage; false with a notice when it cannot run. */
export function useStage(w: Workshop, onShown: () => void) {
  const t = useT();
  const s = w.summit;
  return (proposal: Proposal | null): void => {
    const state = s.state;
    if (!state) return;
    const baseline = s.steps[0];
    if (!baseline?.ok) {
      s.setNotice(
        baseline
          ? t('summit.stage.baselineCannotRun', { problem: baseline.problem })
          : t('summit.stage.baselineMissing'),
      );
      return;
    }
    const before = accepted(state).filter((p) => p.id !== proposal?.id);
    const items: { draft: unknown; item: Prepared; name?: string }[] = [
      { draft: state.baseline, item: baseline },
    ];
    let current: unknown;
    if (proposal && proposal.status !== 'accepted') {
      if (before.length > 0) {
        const plan = withProposals(state.baseline, before);
        items.push({
          draft: plan,
          item: s.prepare(plan),
          name: t('summit.stage.planSoFar', { count: before.length }),
        });
      }
      current = trialDraft(state, proposal);
      items.push({ draft: current, item: s.prepare(current), name: s.title(proposal) });
    } else {
      current = planDraft(state, t);
      items.push({
        draft: current,
        item: s.prepare(current),
        name: t('summit.stage.plan', { count: accepted(state).length }),
      });
    }
    const broken = items.find((x) => !x.item.ok);
    if (broken && !broken.item.ok) {
      s.setNotice(t('summit.stage.cannotShow', { problem: broken.item.problem }));
      return;
    }
    w.showOnStage(
      items.flatMap((x) =>
        x.item.ok ? [{ draft: x.draft, item: x.item.item, name: x.name }] : [],
      ),
      current,
      proposal?.policy.profession,
    );
    s.setDiscussing(proposal && proposal.status === 'open' ? proposal.id : null);
    s.setNotice(
      proposal
        ? t('summit.stage.proposalShown', { title: s.title(proposal) })
        : t('summit.stage.planShown'),
    );
    onShown();
  };
}

/** Props of {@link SummitRounds}. */
export interface SummitRoundsProps {
  workshop: Workshop;
  /** Closes the summit's sheet (after something is put on the stage). */
  onClose: () => void;
}

export function SummitRounds({ workshop: w, onClose }: SummitRoundsProps) {
  const t = useT();
  const s = w.summit;
  const state = s.state;
  const stage = useStage(w, onClose);
  const last = s.steps[s.steps.length - 1];
  const failed = s.outcomes.find((o) => o.status === 'error');
  if (!state) return null;
  const rounds = [...new Set(state.proposals.map((p) => p.round))].sort((a, b) => b - a);
  const plan = accepted(state);

  return (
    <div className="hwf-summit-rounds">
      <section aria-labelledby="hwf-summit-proposals">
        <h3 id="hwf-summit-proposals">{t('summit.rounds.proposals')}</h3>
        {state.proposals.length === 0 && (
          <p className="hwf-summit-hint">{t('summit.rounds.none')}</p>
        )}
        {rounds.map((round) => (
          <div key={round}>
            <h4>{t('summit.rounds.round', { round })}</h4>
            <ul className="hwf-summit-proposals">
              {state.proposals
                .filter((p) => p.round === round)
                .map((p) => (
                  <li key={p.id} data-status={p.status}>
                    <span className="hwf-summit-title">{s.title(p)}</span>{' '}
                    <span className="hwf-summit-status">
                      {t('summit.rounds.status', { status: t(STATUS_WORDS[p.status]) })}
                    </span>
                    <span className="hwf-summit-actions">
                      {p.status === 'open' && (
                        <>
                          <button type="button" onClick={() => stage(p)}>
                            {t('summit.rounds.show')}
                          </button>
                          <button type="button" onClick={() => s.decide(p.id, 'accepted')}>
                            {t('summit.rounds.accept')}
                          </button>
                          <button type="button" onClick={() => s.decide(p.id, 'declined')}>
                            {t('summit.rounds.decline')}
                          </button>
                        </>
                      )}
                      {p.status !== 'open' && (
                        <button type="button" onClick={() => s.decide(p.id, 'open')}>
                          {t('summit.rounds.reopen')}
                        </button>
                      )}
                      {p.status !== 'accepted' && (
                        <button
                          type="button"
                          aria-label={t('summit.rounds.withdrawLabel', { id: p.id })}
                          onClick={() => s.withdraw(p.id)}
                        >
                          {t('summit.rounds.withdraw')}
                        </button>
                      )}
                    </span>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </section>

      <section aria-labelledby="hwf-summit-plan">
        <h3 id="hwf-summit-plan">{t('summit.rounds.plan')}</h3>
        {plan.length === 0 ? (
          <p className="hwf-summit-hint">{t('summit.rounds.planEmpty')}</p>
        ) : (
          <ol className="hwf-summit-plan">
            {plan.map((p) => (
              <li key={p.id}>{s.title(p)}</li>
            ))}
          </ol>
        )}
        {s.planTable ? (
          <PlanTableView table={s.planTable} caption={t('summit.rounds.planCaption')} />
        ) : failed?.status === 'error' ? (
          <p className="hwf-summit-problem" role="alert">
            {t('summit.plan.failed', { error: failed.error })}
          </p>
        ) : (
          <p className="hwf-summit-hint" role="status">
            {t('summit.rounds.running')}
          </p>
        )}
        {last !== undefined && !last.ok && (
          <p className="hwf-summit-problem" role="alert">
            {t('summit.plan.invalid', { problem: last.problem })}
          </p>
        )}
        <button type="button" disabled={plan.length === 0} onClick={() => stage(null)}>
          {t('summit.rounds.showPlan')}
        </button>
      </section>
    </div>
  );
}
