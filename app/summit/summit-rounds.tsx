/**
 * The summit's rounds: the proposals on the table, accepted and declined, round by round;
 * the plan so far against the baseline; and the buttons that put a proposal or the plan on
 * the stage (the presentation's comparison, which the projector window shows), named by
 * the role that made it.
 */
import type { Workshop } from '../workshop/use-workshop.ts';
import { PlanTableView } from './debrief-view.tsx';
import { accepted, planDraft, trialDraft, withProposals, type Proposal } from './summit.ts';
import type { Prepared } from './use-summit.ts';

const STATUS_WORDS: Record<Proposal['status'], string> = {
  open: 'on the table',
  accepted: 'accepted',
  declined: 'declined',
};

/** Put a proposal, or the plan, on the stage; false with a notice when it cannot run. */
export function useStage(w: Workshop, onShown: () => void) {
  const s = w.summit;
  return (proposal: Proposal | null): void => {
    const state = s.state;
    if (!state) return;
    const baseline = s.steps[0];
    if (!baseline?.ok) {
      s.setNotice(`The baseline cannot run: ${baseline?.problem ?? 'it is missing'}.`);
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
          name: `The plan so far (${before.length} accepted)`,
        });
      }
      current = trialDraft(state, proposal);
      items.push({ draft: current, item: s.prepare(current), name: s.title(proposal) });
    } else {
      current = planDraft(state);
      const n = accepted(state).length;
      items.push({
        draft: current,
        item: s.prepare(current),
        name: `The plan (${n} ${n === 1 ? 'proposal' : 'proposals'})`,
      });
    }
    const broken = items.find((x) => !x.item.ok);
    if (broken && !broken.item.ok) {
      s.setNotice(`This cannot be shown: ${broken.item.problem}.`);
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
        ? `On the stage: ${s.title(proposal)}, against the baseline.`
        : 'On the stage: the plan against the baseline.',
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
        <h3 id="hwf-summit-proposals">Proposals</h3>
        {state.proposals.length === 0 && (
          <p className="hwf-summit-hint">
            No proposal yet: each role in turn proposes one change with the form.
          </p>
        )}
        {rounds.map((round) => (
          <div key={round}>
            <h4>Round {round}</h4>
            <ul className="hwf-summit-proposals">
              {state.proposals
                .filter((p) => p.round === round)
                .map((p) => (
                  <li key={p.id} data-status={p.status}>
                    <span className="hwf-summit-title">{s.title(p)}</span>{' '}
                    <span className="hwf-summit-status">({STATUS_WORDS[p.status]})</span>
                    <span className="hwf-summit-actions">
                      {p.status === 'open' && (
                        <>
                          <button type="button" onClick={() => stage(p)}>
                            Show on the stage
                          </button>
                          <button type="button" onClick={() => s.decide(p.id, 'accepted')}>
                            Accept
                          </button>
                          <button type="button" onClick={() => s.decide(p.id, 'declined')}>
                            Decline
                          </button>
                        </>
                      )}
                      {p.status !== 'open' && (
                        <button type="button" onClick={() => s.decide(p.id, 'open')}>
                          Back on the table
                        </button>
                      )}
                      {p.status !== 'accepted' && (
                        <button
                          type="button"
                          aria-label={`Withdraw proposal ${p.id}`}
                          onClick={() => s.withdraw(p.id)}
                        >
                          Withdraw
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
        <h3 id="hwf-summit-plan">The plan</h3>
        {plan.length === 0 ? (
          <p className="hwf-summit-hint">Nothing accepted yet: the plan is the baseline.</p>
        ) : (
          <ol className="hwf-summit-plan">
            {plan.map((p) => (
              <li key={p.id}>{s.title(p)}</li>
            ))}
          </ol>
        )}
        {s.planTable ? (
          <PlanTableView table={s.planTable} caption="The plan against the baseline" />
        ) : failed?.status === 'error' ? (
          <p className="hwf-summit-problem" role="alert">
            The plan could not be run: {failed.error}
          </p>
        ) : (
          <p className="hwf-summit-hint" role="status">
            Running the baseline and the plan…
          </p>
        )}
        {last !== undefined && !last.ok && (
          <p className="hwf-summit-problem" role="alert">
            The plan is not a valid scenario: {last.problem}.
          </p>
        )}
        <button type="button" disabled={plan.length === 0} onClick={() => stage(null)}>
          Show the plan on the stage
        </button>
      </section>
    </div>
  );
}
