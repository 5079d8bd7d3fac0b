/**
 * The summit in the projector window: the round, the proposal the room is discussing, and
 * the plan so far (the accepted proposals), in large type above the charts.
 */
import type { SummitPicture } from './summit-picture.ts';

export function SummitStrip({ summit }: { summit: SummitPicture }) {
  return (
    <section className="hwf-summit-strip" aria-label="Planning summit">
      <p>
        <strong>Planning summit · round {summit.round}</strong>
        {summit.discussing && (
          <>
            {' · '}On the table: <strong>{summit.discussing}</strong>
          </>
        )}
      </p>
      {summit.plan.length === 0 ? (
        <p>The plan: nothing accepted yet.</p>
      ) : (
        <div>
          The plan so far:
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
