/**
 * The supply side of a profession: "Workforce today", "Training", "Migration" and "Leaving
 * the profession".
 */
import { AgeTable } from './age-table.tsx';
import type { AgeSpan } from './age-range.ts';
import { DistributionInput } from './distribution-input.tsx';
import { ExactIssues } from './field.tsx';
import { FteInput } from './fte-input.tsx';
import { NumberField } from './number-field.tsx';
import { PipelineInput } from './pipeline-input.tsx';
import { Group, Section } from './section.tsx';

interface Props {
  /** `professions[i]` */
  at: string;
  ages: AgeSpan | undefined;
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

export function WorkforceSection({ at, ages }: Props) {
  return (
    <Section title="Workforce today" paths={[`${at}.stock`, `${at}.fte`, `${at}.fteTrend`]}>
      <AgeTable
        path={`${at}.stock`}
        ages={ages}
        title="Headcount by age"
        unit="people"
        help="people working in the profession at the start of the base year"
        summary="total"
        shapes
      />
      <FteInput path={`${at}.fte`} ages={ages} />
      <DistributionInput path={`${at}.fteTrend`} />
    </Section>
  );
}

export function TrainingSection({ at }: Props) {
  const t = `${at}.training`;
  return (
    <Section title="Training" path={t} paths={[t]}>
      <ExactIssues path={t} />
      <DistributionInput path={`${t}.intake`} />
      <NumberField path={`${t}.durationYears`} whole />
      <DistributionInput path={`${t}.completion`} />
      <DistributionInput path={`${t}.entryRate`} />
      <PipelineInput training={t} />
      <Entrants path={`${t}.entrants`} title="New graduates" />
    </Section>
  );
}

export function MigrationSection({ at }: Props) {
  const m = `${at}.immigration`;
  return (
    <Section title="Migration" path={m} paths={[m]}>
      <ExactIssues path={m} />
      <DistributionInput path={`${m}.perYear`} />
      <Entrants path={`${m}.entrants`} title="Immigrants" />
    </Section>
  );
}

export function LeavingSection({ at }: Props) {
  const x = `${at}.exits`;
  return (
    <Section title="Leaving the profession" path={x} paths={[x]}>
      <ExactIssues path={x} />
      <DistributionInput path={`${x}.attrition`} />
      <DistributionInput path={`${x}.emigration`} />
      <Group title="Retirement" path={`${x}.retirement`}>
        <ExactIssues path={`${x}.retirement`} />
        <DistributionInput path={`${x}.retirement.meanAge`} />
        <NumberField path={`${x}.retirement.sd`} />
      </Group>
    </Section>
  );
}
