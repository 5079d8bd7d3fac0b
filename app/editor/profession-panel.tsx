/**
 * One profession: its name and code, duplicate and remove, and the sections of the model in
 * a planner's words.
 */
import { useState } from 'react';
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
  const [confirming, setConfirming] = useState(false);
  const at = `professions[${index}]`;
  const name = professionName(draft, index);
  const ages = agesOf(draft);
  const [region, pickRegion] = useRegionChoice(at);
  return (
    <Section title={name} path={at} paths={[at]} className="hwf-profession" open={open}>
      <ExactIssues path={at} />
      <Group title="Profession">
        <TextField path={`${at}.name`} />
        <TextField
          path={`${at}.id`}
          onText={(t) => update((d) => renameProfessionId(d, index, t))}
        />
        <div className="hwf-actions">
          <button type="button" onClick={() => update((d) => duplicateProfession(d, index))}>
            Duplicate {name}
          </button>
          {confirming ? (
            <span role="group" aria-label={`Remove ${name}?`}>
              Remove {name} and all its numbers?{' '}
              <button
                type="button"
                onClick={() => {
                  setConfirming(false);
                  update((d) => removeListItem(d, 'professions', index));
                }}
              >
                Remove
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)} autoFocus>
                Keep
              </button>
            </span>
          ) : (
            <button type="button" onClick={() => setConfirming(true)}>
              Remove {name}…
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
