/**
 * Students in training now: one number per study year, or none (the usual intake is then
 * assumed for the years before the base year).
 */
import { getAtPath } from '../../model/scenario/json-path.ts';
import { pointOf } from './dist-forms.ts';
import { useEditor } from './editor-context.ts';
import { ExactIssues } from './field.tsx';
import { NumberField } from './number-field.tsx';
import { Group } from './section.tsx';

export function PipelineInput({ training }: { training: string }) {
  const { draft, set } = useEditor();
  const path = `${training}.pipeline`;
  const list = getAtPath(draft, path);
  const duration = getAtPath(draft, `${training}.durationYears`);
  const years =
    typeof duration === 'number' && Number.isInteger(duration) && duration >= 1 && duration <= 20
      ? duration
      : undefined;
  const intake = Math.round(pointOf(getAtPath(draft, `${training}.intake`)) ?? 0);
  const fit = (n: number) => {
    const old = Array.isArray(list) ? list : [];
    const last: unknown = old.length ? old[old.length - 1] : intake;
    set(
      path,
      Array.from({ length: n }, (_, i) => (i < old.length ? (old[i] as unknown) : last)),
    );
  };
  return (
    <Group title="Students in training now" path={path}>
      <p className="hwf-help">
        Students in each study year at the start of the base year. Without them, the usual intake is
        assumed for the years before the base year.
      </p>
      <ExactIssues path={path} />
      {Array.isArray(list) ? (
        <>
          {list.map((_, i) => (
            <NumberField
              key={i}
              path={`${path}[${i}]`}
              label={`Study year ${i + 1}`}
              unit="students"
              help={
                i === list.length - 1
                  ? 'they graduate at the start of next year'
                  : 'students in this year of study now'
              }
            />
          ))}
          {years !== undefined && list.length !== years ? (
            <button type="button" onClick={() => fit(years)}>
              List {years} study years, as long as the training
            </button>
          ) : null}
          <button type="button" onClick={() => set(path, undefined)}>
            Remove the list (assume the usual intake)
          </button>
        </>
      ) : (
        <button type="button" onClick={() => fit(years ?? 1)}>
          List the students in training now
        </button>
      )}
    </Group>
  );
}
