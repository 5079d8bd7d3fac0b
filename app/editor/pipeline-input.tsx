/**
 * Students in training now: one number per study year, or none (the usual intake is then
 * assumed for the years before the base year).
 */
import { getAtPath } from '../../model/scenario/json-path.ts';
import { useT } from '../i18n/language-root.tsx';
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
  const t = useT();
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
  return (
    <Group
      title={
        region ? t('editor.pipeline.titleIn', { region: region.name }) : t('editor.pipeline.title')
      }
      path={path}
    >
      <p className="hwf-help">{t('editor.pipeline.help')}</p>
      <ExactIssues path={path} />
      {Array.isArray(list) ? (
        <>
          {list.map((_, i) => (
            <NumberField
              key={i}
              path={`${path}[${i}]`}
              label={t('editor.pipeline.studyYear', { year: i + 1 })}
              unit={t('scenario.unit.students')}
              help={
                i === list.length - 1
                  ? t('editor.pipeline.lastHelp')
                  : t('editor.pipeline.yearHelp')
              }
            />
          ))}
          {years !== undefined && list.length !== years ? (
            <button type="button" onClick={() => fit(years)}>
              {t('editor.pipeline.fit', { count: String(years), years })}
            </button>
          ) : null}
          <button type="button" onClick={() => set(whole, undefined)}>
            {region ? t('editor.pipeline.removeAll') : t('editor.pipeline.remove')}
          </button>
        </>
      ) : (
        <button type="button" onClick={() => fit(years ?? 1)}>
          {region ? t('editor.pipeline.listAll') : t('editor.pipeline.list')}
        </button>
      )}
    </Group>
  );
}
