/**
 * One profession: its name and code, duplicate and remove, and the sections of the model in
 * a planner's words.
 */
import { useState } from 'react';
import { useT } from '../i18n/language-root.tsx';
import { professionName } from '../scenario/labels.ts';
import { agesOf } from './age-range.ts';
import { duplicateProfession, removeListItem, renameProfessionId } from './draft.ts';
import { useEditor } from './editor-context.ts';
import { ExactIssues } from './field.tsx';
import { DemandSection } from './profession-demand.tsx';
import {
  LeavingSection,
  MigrationSection,
  TrainingSection,
  WorkforceSection,
} from './profession-supply.tsx';
import { MobilitySection } from './region-grids.tsx';
import { RegionPicker, useRegionChoice } from './region-picker.tsx';
import { Group, Section } from './section.tsx';
import { TextField } from './text-fields.tsx';

export function ProfessionPanel({ index, open }: { index: number; open?: boolean }) {
  const { draft, update } = useEditor();
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const at = `professions[${index}]`;
  const name = professionName(draft, index, t);
  const ages = agesOf(draft);
  const [region, pickRegion] = useRegionChoice(at);
  return (
    <Section title={name} path={at} paths={[at]} className="hwf-profession" open={open}>
      <ExactIssues path={at} />
      <Group title={t('editor.profession.group')}>
        <TextField path={`${at}.name`} />
        <TextField
          path={`${at}.id`}
          onText={(text) => update((d) => renameProfessionId(d, index, text))}
        />
        <div className="hwf-actions">
          <button type="button" onClick={() => update((d) => duplicateProfession(d, index, t))}>
            {t('editor.profession.duplicate', { name })}
          </button>
          {confirming ? (
            <span role="group" aria-label={t('editor.removeQuestion', { name })}>
              {t('editor.profession.removeAll', { name })}{' '}
              <button
                type="button"
                onClick={() => {
                  setConfirming(false);
                  update((d) => removeListItem(d, 'professions', index));
                }}
              >
                {t('editor.remove')}
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)} autoFocus>
                {t('editor.keep')}
              </button>
            </span>
          ) : (
            <button type="button" onClick={() => setConfirming(true)}>
              {t('editor.removeAsk', { name })}
            </button>
          )}
        </div>
      </Group>
      {region ? <RegionPicker at={at} profession={name} view={region} onPick={pickRegion} /> : null}
      <WorkforceSection at={at} ages={ages} region={region} />
      <TrainingSection at={at} ages={ages} region={region} />
      <MigrationSection at={at} ages={ages} region={region} />
      {region ? <MobilitySection at={at} view={region} /> : null}
      <LeavingSection at={at} ages={ages} />
      <DemandSection at={at} region={region} />
    </Section>
  );
}
