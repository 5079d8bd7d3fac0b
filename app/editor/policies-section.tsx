/** "Policies": levers that change over time, e.g. 10 % more training places from 2027. */
import { getAtPath } from '../../model/scenario/json-path.ts';
import { helpFor, POLICY_PARAMETER_LABELS } from '../scenario/labels.ts';
import { newPolicyTemplate } from '../scenario/templates.ts';
import { POLICY_PARAMETERS } from '../../model/scenario/types.ts';
import { MOBILITY_OUT, REGIONAL_POLICY_PARAMETERS } from '../../model/regions/types.ts';
import { addListItem, professionIds, removeListItem, setIn } from './draft.ts';
import { currencyOf, hasCosts } from './costs.ts';
import { DistributionInput } from './distribution-input.tsx';
import { useEditor } from './editor-context.ts';
import { NumberField } from './number-field.tsx';
import { baseYearOf, listOf, professionChoices, RuleItem } from './rule-lists.tsx';
import { Section } from './section.tsx';
import { SelectField } from './text-fields.tsx';
import type { Choice } from './text-fields.tsx';
import { isRegionalDraft, regionsOf } from './regions.ts';
import { regionalLabel } from './region-words.ts';

const LEVERS = POLICY_PARAMETERS.map((p) => {
  const words = POLICY_PARAMETER_LABELS[p];
  return {
    value: p,
    label: /^[A-Z]{2}/.test(words) ? words : words.charAt(0).toUpperCase() + words.slice(1),
  };
});

/** The lever a scenario with regions adds. */
const MOBILITY_LEVER: Choice = {
  value: MOBILITY_OUT,
  label: 'Moving out to other regions (relative change of every outflow)',
};

/** The levers of a policy: with regions, moving out too; for one region, those that can act
 *  in one region only. */
export function leverChoices(regional: boolean, oneRegion: boolean): Choice[] {
  const all = regional ? [...LEVERS, MOBILITY_LEVER] : LEVERS;
  return oneRegion
    ? all.filter((c) => (REGIONAL_POLICY_PARAMETERS as readonly string[]).includes(c.value))
    : all;
}

/** The choices of a policy's region: national, or each region. */
export function regionChoices(draft: unknown): Choice[] {
  return [
    { value: '', label: 'National (every region alike)' },
    ...regionsOf(draft).map((r) => ({ value: r.id, label: r.name })),
  ];
}

const KINDS = [
  { value: 'relative', label: 'Relative: a share of today’s value (0.1 = 10 % more)' },
  { value: 'absolute', label: 'Absolute: added, in the lever’s own unit' },
];

/** The unit of an absolute change of a lever: the lever's own. */
function leverUnit(parameter: unknown): string {
  if (parameter === 'fte') return 'FTE per head';
  return typeof parameter === 'string' ? (helpFor(`professions[0].${parameter}`)?.unit ?? '') : '';
}

export function PoliciesSection() {
  const { draft, update } = useEditor();
  const list = listOf(draft, 'policies');
  const ids = professionIds(draft);
  const choices = professionChoices(draft);
  const regional = isRegionalDraft(draft);
  const costs = hasCosts(draft);
  return (
    <Section title="Policies" summary={`(${list.length})`} path="policies" paths={['policies']}>
      <p className="hwf-help">
        Levers that change from a start year and reach their full effect by a later year.
      </p>
      {list.map((_, i) => {
        const at = `policies[${i}]`;
        const relative = getAtPath(draft, `${at}.kind`) !== 'absolute';
        const unit = relative
          ? 'share of today’s value'
          : leverUnit(getAtPath(draft, `${at}.parameter`));
        return (
          <RuleItem
            key={i}
            path={at}
            title={regionalLabel(at, draft)}
            onRemove={() => update((d) => removeListItem(d, 'policies', i))}
          >
            <SelectField path={`${at}.profession`} choices={choices} />
            {regional ? (
              <SelectField
                path={`${at}.region`}
                label="Region"
                help="where the policy acts; national acts in every region alike"
                choices={regionChoices(draft)}
                onPick={(v) => update((d) => setIn(d, `${at}.region`, v === '' ? undefined : v))}
              />
            ) : null}
            <SelectField
              path={`${at}.parameter`}
              choices={leverChoices(regional, getAtPath(draft, `${at}.region`) !== undefined)}
            />
            <SelectField path={`${at}.kind`} choices={KINDS} />
            <DistributionInput path={`${at}.value`} unit={unit} />
            <NumberField path={`${at}.startYear`} whole />
            <NumberField path={`${at}.fullYear`} whole />
            {costs || getAtPath(draft, `${at}.costPerYear`) !== undefined ? (
              <DistributionInput
                path={`${at}.costPerYear`}
                unit={`${currencyOf(draft)} per year`}
                emptyAs="remove"
                placeholder="none"
              />
            ) : null}
          </RuleItem>
        );
      })}
      <button
        type="button"
        disabled={ids.length === 0}
        onClick={() =>
          update((d) => addListItem(d, 'policies', newPolicyTemplate(ids[0], baseYearOf(d))))
        }
      >
        Add a policy
      </button>
    </Section>
  );
}
