/**
 * Students in training now: one number per study year, or none (the usual intake is then
 * assumed for the years before the base year).
 */
import { getAtPath } from '../../model/scenario/json-path.ts';
import { pointOf } from './dist-forms.ts';
import { useEditor } from './editor-context.ts';
import { ExactIssues } from './field.tsx';
import { NumberField } from './number-field.tsx';
import type { RegionView } from './region-picker.tsx';
import { Group } from './section.tsx';

/** In a scenario with regions, the lists of the region shown (`pipeline.north`); listing or
 *  removing acts on every region at once, as the lists are given for all or for none. */
export function PipelineInput({ training, region }: { training: string; region?: RegionView }) {
  const { draft, set } = useEditor();
  const whole = `${training}.pipeline`;
  const path = region ? `${whole}.${region.id}` : whole;
  const list = getAtPath(draft, path);
  const duration = getAtPath(draft, `${training}.durationYears`);
  const years =
    typeof duration === 'number' && Number.isInteger(duration) && duration >= 1 && duration <= 20
      ? duration
      : undefined;
  const fitted = (at: string, intakePath: string, n: number) => {
    const found = getAtPath(draft, at);
    const old: unknown[] = Array.isArray(found) ? found : [];
    const intake = Math.round(pointOf(getAtPath(draft, intakePath)) ?? 0);
    const last: unknown = old.length ? old[old.length - 1] : intake;
    return Array.from({ length: n }, (_, i) => (i < old.length ? old[i] : last));
  };
  const fit = (n: number) => {
    if (!region) return set(path, fitted(path, `${training}.intake`, n));
    const entries = region.all.map((r) => [
      r.id,
      fitted(`${whole}.${r.id}`, `${training}.intake.${r.id}`, n),
    ]);
    set(whole, Object.fromEntries(entries));
  };
  const where = region ? ` in ${region.name}` : '';
  return (
    <Group title={`Students in training now${where}`} path={path}>
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
          <button type="button" onClick={() => set(whole, undefined)}>
            {region
              ? 'Remove the lists of every region (assume the usual intake)'
              : 'Remove the list (assume the usual intake)'}
          </button>
        </>
      ) : (
        <button type="button" onClick={() => fit(years ?? 1)}>
          {region
            ? 'List the students in training now, in every region'
            : 'List the students in training now'}
        </button>
      )}
    </Group>
  );
}
