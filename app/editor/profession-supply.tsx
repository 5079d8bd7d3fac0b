/**
 * The supply side of a profession: "Workforce today", "Training", "Migration" and "Leaving
 * the profession". What does not apply may be left out: the FTE trend, attrition and
 * emigration by leaving the field blank; training, immigration and the retirement curve by a
 * "no …" choice (left-out.ts).
 */
import { useState } from 'react';
import { getAtPath } from '../../model/scenario/json-path.ts';
import { useT } from '../i18n/language-root.tsx';
import { AgeTable } from './age-table.tsx';
import type { AgeSpan } from './age-range.ts';
import { DistributionInput } from './distribution-input.tsx';
import { ExactIssues } from './field.tsx';
import { FteInput } from './fte-input.tsx';
import { useEditor } from './editor-context.ts';
import { fieldId } from './field-id.ts';
import {
  isLeftOut,
  leftOutPath,
  leftOutWords,
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
  const t = useT();
  const [previous, setPrevious] = useState<unknown>(undefined);
  const words = leftOutWords(choice, t);
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
  const t = useT();
  return (
    <Section
      title={t('editor.workforce.title')}
      paths={[`${at}.stock`, `${at}.fte`, `${at}.fteTrend`]}
    >
      <AgeTable
        key={region?.id}
        path={region ? `${at}.stock.${region.id}` : `${at}.stock`}
        ages={ages}
        title={
          region
            ? t('editor.workforce.headcountIn', { region: region.name })
            : t('editor.workforce.headcount')
        }
        unit={t('scenario.unit.people')}
        help={t('editor.workforce.help')}
        summary="total"
        shapes
      />
      <FteInput path={`${at}.fte`} ages={ages} />
      <DistributionInput
        path={`${at}.fteTrend`}
        emptyAs="remove"
        placeholder={t('editor.workforce.noChange')}
      />
    </Section>
  );
}

export function TrainingSection({ at, ages, region }: Props) {
  const { draft } = useEditor();
  const t = useT();
  const tr = `${at}.training`;
  const places = helpFor(`${tr}.intake`, t)?.label ?? t('scenario.parameter.intake.label');
  return (
    <Section title={t('editor.training.title')} path={tr} paths={[tr]}>
      <ExactIssues path={tr} />
      <LeaveOut at={at} ages={ages} choice="training" />
      {isLeftOut(draft, at, 'training') ? null : (
        <>
          {region ? (
            <DistributionInput
              key={region.id}
              path={`${tr}.intake.${region.id}`}
              label={t('editor.training.placesIn', { places, region: region.name })}
            />
          ) : (
            <DistributionInput path={`${tr}.intake`} />
          )}
          <NumberField path={`${tr}.durationYears`} whole />
          <DistributionInput path={`${tr}.completion`} />
          <DistributionInput path={`${tr}.entryRate`} />
          <PipelineInput key={region?.id} training={tr} region={region} />
          {region ? <GraduateDestinations training={tr} view={region} /> : null}
          <Entrants path={`${tr}.entrants`} title={t('editor.training.graduates')} />
        </>
      )}
    </Section>
  );
}

export function MigrationSection({ at, ages, region }: Props) {
  const { draft } = useEditor();
  const t = useT();
  const m = `${at}.immigration`;
  return (
    <Section title={t('editor.migration.title')} path={m} paths={[m]}>
      <ExactIssues path={m} />
      <LeaveOut at={at} ages={ages} choice="immigration" />
      {isLeftOut(draft, at, 'immigration') ? null : (
        <>
          <DistributionInput path={`${m}.perYear`} />
          {region ? <ImmigrationShares at={at} view={region} /> : null}
          <Entrants path={`${m}.entrants`} title={t('editor.migration.immigrants')} />
        </>
      )}
    </Section>
  );
}

export function LeavingSection({ at, ages }: Props) {
  const { draft } = useEditor();
  const t = useT();
  const x = `${at}.exits`;
  return (
    <Section title={t('editor.leaving.title')} path={x} paths={[x]}>
      <ExactIssues path={x} />
      <DistributionInput path={`${x}.attrition`} emptyAs="remove" placeholder={t('editor.none')} />
      <DistributionInput path={`${x}.emigration`} emptyAs="remove" placeholder={t('editor.none')} />
      <Group title={t('editor.leaving.retirement')} path={`${x}.retirement`}>
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
