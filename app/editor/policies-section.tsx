/** "Policies": levers that change over time, e.g. 10 % more training places from 2027. */
import { getAtPath } from '../../model/scenario/json-path.ts';
import { useT } from '../i18n/language-root.tsx';
import { englishT, type Translate } from '../i18n/translate.ts';
import { helpFor, policyParameterLabels } from '../scenario/labels.ts';
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

/** The levers as choices, their words in the language of `t`. */
function levers(t: Translate): Choice[] {
  const labels = policyParameterLabels(t);
  return POLICY_PARAMETERS.map((p) => {
    const words = labels[p];
    return {
      value: p,
      label: /^[A-Z]{2}/.test(words) ? words : words.charAt(0).toUpperCase() + words.slice(1),
    };
  });
}

/** The levers of a policy: with regions, moving out too (the lever a scenario with regions
 *  adds); for one region, those that can act in one region only. */
export function leverChoices(
  regional: boolean,
  oneRegion: boolean,
  t: Translate = englishT,
): Choice[] {
  const all = regional
    ? [...levers(t), { value: MOBILITY_OUT, label: t('editor.policies.mobilityLever') }]
    : levers(t);
  return oneRegion
    ? all.filter((c) => (REGIONAL_POLICY_PARAMETERS as readonly string[]).includes(c.value))
    : all;
}

/** The choices of a policy's region: national, or each region. */
export function regionChoices(draft: unknown, t: Translate = englishT): Choice[] {
  return [
    { value: '', label: t('editor.policies.national') },
    ...regionsOf(draft).map((r) => ({ value: r.id, label: r.name })),
  ];
}

const kinds = (t: Translate): Choice[] => [
  { value: 'relative', label: t('editor.policies.kind.relative') },
  { value: 'absolute', label: t('editor.policies.kind.absolute') },
];

/** The unit of an absolute change of a lever: the lever's own. */
function leverUnit(parameter: unknown, t: Translate): string {
  if (parameter === 'fte') return t('scenario.unit.ftePerHead');
  return typeof parameter === 'string'
    ? (helpFor(`professions[0].${parameter}`, t)?.unit ?? '')
    : '';
}

export function PoliciesSection() {
  const { draft, update } = useEditor();
  const t = useT();
  const list = listOf(draft, 'policies');
  const ids = professionIds(draft);
  const choices = professionChoices(draft, t);
  const regional = isRegionalDraft(draft);
  const costs = hasCosts(draft);
  return (
    <Section
      title={t('editor.policies.title')}
      summary={t('editor.listCount', { count: String(list.length) })}
      path="policies"
      paths={['policies']}
    >
      <p className="hwf-help">{t('editor.policies.help')}</p>
      {list.map((_, i) => {
        const at = `policies[${i}]`;
        const relative = getAtPath(draft, `${at}.kind`) !== 'absolute';
        const unit = relative
          ? t('editor.policies.shareOfToday')
          : leverUnit(getAtPath(draft, `${at}.parameter`), t);
        return (
          <RuleItem
            key={i}
            path={at}
            title={regionalLabel(at, draft, t)}
            onRemove={() => update((d) => removeListItem(d, 'policies', i))}
          >
            <SelectField path={`${at}.profession`} choices={choices} />
            {regional ? (
              <SelectField
                path={`${at}.region`}
                label={t('editor.policies.region')}
                help={t('editor.policies.regionHelp')}
                choices={regionChoices(draft, t)}
                onPick={(v) => update((d) => setIn(d, `${at}.region`, v === '' ? undefined : v))}
              />
            ) : null}
            <SelectField
              path={`${at}.parameter`}
              choices={leverChoices(regional, getAtPath(draft, `${at}.region`) !== undefined, t)}
            />
            <SelectField path={`${at}.kind`} choices={kinds(t)} />
            <DistributionInput path={`${at}.value`} unit={unit} />
            <NumberField path={`${at}.startYear`} whole />
            <NumberField path={`${at}.fullYear`} whole />
            {costs || getAtPath(draft, `${at}.costPerYear`) !== undefined ? (
              <DistributionInput
                path={`${at}.costPerYear`}
                unit={t('editor.policies.costUnit', { currency: currencyOf(draft, t) })}
                emptyAs="remove"
                placeholder={t('editor.none')}
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
        {t('editor.policies.add')}
      </button>
    </Section>
  );
}
