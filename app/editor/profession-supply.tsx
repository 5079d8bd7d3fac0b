/**
 * The supply side of a profession: "Workforce today", "Training", "Migration" and "Leaving
 * the profession". What does not apply may be left out: the FTE trend, attrition and
 * emigration by leaving the field blank; training, immigration and the retirement curve by a
 * "no …" choice (left-out.ts).
 */
import { useState } from 'react';
import { getAtPath } from '../../model/scenario/json-path.ts';
import { AgeTable } from './age-table.tsx';
import type { AgeSpan } from './age-range.ts';
import { DistributionInput } from './distribution-input.tsx';
import { ExactIssues } from './field.tsx';
import { FteInput } from './fte-input.tsx';
import { useEditor } from './editor-context.ts';
import { fieldId } from './field-id.ts';
import {
  isLeftOut,
  LEFT_OUT_CHOICES,
  leftOutPath,
  setLeftOut,
  type LeftOutChoice,
} from './left-out.ts';
import { NumberField } from './number-field.tsx';
import { PipelineInput } from './pipeline-input.tsx';
import { GraduateDestinations, ImmigrationShares } from './region-grids.tsx';
import type { RegionView } from './region-picker.tsx';
import { helpFor } from '../scenario/labels.ts';
import { Group, Section } from './section.tsx';
import { CheckField } from './text-fields.tsx';

interface Props {
  /** `professions[i]` */
  at: string;
  ages: AgeSpan | undefined;
  /** The region shown, in a scenario with regions. */
  region?: RegionView;
}

function Entrants({ path, title }: { path: string; title: string }) {
  return (
    <Group title={title} path={path}>
      <ExactIssues path={path} />
      <NumberField path={`${path}.femaleShare`} />
      <NumberField path={`${path}.ageMean`} />
      <NumberField path={`${path}.ageSd`} />
    </Group>
  );
}

/**
 * The "no …" tick box of a part: ticked while the profession leaves it out. Unticking puts
 * back what was there before ticking (in this session), else an example to replace.
 */
function LeaveOut({ at, ages, choice }: Props & { choice: LeftOutChoice }) {
  const { draft, update } = useEditor();
  const [previous, setPrevious] = useState<unknown>(undefined);
  const words = LEFT_OUT_CHOICES[choice];
  const path = leftOutPath(at, choice);
  const leftOut = isLeftOut(draft, at, choice);
  return (
    <>
      <CheckField
        id={`${fieldId(path)}-none`}
        label={words.label}
        help={words.help}
        checked={leftOut}
        onChange={(tick) => {
          if (tick) setPrevious(getAtPath(draft, path));
          update((d) => setLeftOut(d, at, choice, tick, ages, previous));
        }}
      />
      {leftOut ? <p className="hwf-note">{words.note}</p> : null}
    </>
  );
}

export function WorkforceSection({ at, ages, region }: Props) {
  return (
    <Section title="Workforce today" paths={[`${at}.stock`, `${at}.fte`, `${at}.fteTrend`]}>
      <AgeTable
        key={region?.id}
        path={region ? `${at}.stock.${region.id}` : `${at}.stock`}
        ages={ages}
        title={region ? `Headcount by age in ${region.name}` : 'Headcount by age'}
        unit="people"
        help="people working in the profession at the start of the base year"
        summary="total"
        shapes
      />
      <FteInput path={`${at}.fte`} ages={ages} />
      <DistributionInput path={`${at}.fteTrend`} emptyAs="remove" placeholder="no change" />
    </Section>
  );
}

export function TrainingSection({ at, ages, region }: Props) {
  const { draft } = useEditor();
  const t = `${at}.training`;
  const places = helpFor(`${t}.intake`)?.label ?? 'Training places';
  return (
    <Section title="Training" path={t} paths={[t]}>
      <ExactIssues path={t} />
      <LeaveOut at={at} ages={ages} choice="training" />
      {isLeftOut(draft, at, 'training') ? null : (
        <>
          {region ? (
            <DistributionInput
              key={region.id}
              path={`${t}.intake.${region.id}`}
              label={`${places} in ${region.name}`}
            />
          ) : (
            <DistributionInput path={`${t}.intake`} />
          )}
          <NumberField path={`${t}.durationYears`} whole />
          <DistributionInput path={`${t}.completion`} />
          <DistributionInput path={`${t}.entryRate`} />
          <PipelineInput key={region?.id} training={t} region={region} />
          {region ? <GraduateDestinations t={t} view={region} /> : null}
          <Entrants path={`${t}.entrants`} title="New graduates" />
        </>
      )}
    </Section>
  );
}

export function MigrationSection({ at, ages, region }: Props) {
  const { draft } = useEditor();
  const m = `${at}.immigration`;
  return (
    <Section title="Migration" path={m} paths={[m]}>
      <ExactIssues path={m} />
      <LeaveOut at={at} ages={ages} choice="immigration" />
      {isLeftOut(draft, at, 'immigration') ? null : (
        <>
          <DistributionInput path={`${m}.perYear`} />
          {region ? <ImmigrationShares at={at} view={region} /> : null}
          <Entrants path={`${m}.entrants`} title="Immigrants" />
        </>
      )}
    </Section>
  );
}

export function LeavingSection({ at, ages }: Props) {
  const { draft } = useEditor();
  const x = `${at}.exits`;
  return (
    <Section title="Leaving the profession" path={x} paths={[x]}>
      <ExactIssues path={x} />
      <DistributionInput path={`${x}.attrition`} emptyAs="remove" placeholder="none" />
      <DistributionInput path={`${x}.emigration`} emptyAs="remove" placeholder="none" />
      <Group title="Retirement" path={`${x}.retirement`}>
        <ExactIssues path={`${x}.retirement`} />
        <LeaveOut at={at} ages={ages} choice="retirement" />
        {isLeftOut(draft, at, 'retirement') ? null : (
          <>
            <DistributionInput path={`${x}.retirement.meanAge`} />
            <NumberField path={`${x}.retirement.sd`} />
          </>
        )}
      </Group>
    </Section>
  );
}
