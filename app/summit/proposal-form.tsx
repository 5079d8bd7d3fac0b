/**
 * "Propose a change": a role asks for one lever of one profession (of one region, with
 * regions) to change by so much from a year on. The words the room will see are shown as
 * the facilitator fills the form ("Universities: +15 % training places from 2027"); the
 * change is typed in the room's unit (percent, percentage points, years) in the reader's
 * locale (a decimal comma is read as one).
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { parseNumberText } from '../editor/number-text.ts';
import { MINUS, type Formats } from '../format.ts';
import { useFormats } from '../charts/formats-context.ts';
import { MOBILITY_OUT, REGIONAL_POLICY_PARAMETERS } from '../../model/regions/types.ts';
import type { RegionalPolicyParameter } from '../../model/regions/types.ts';
import { ROLES, roleById, type RoleId } from './roles.ts';
import {
  CHANGE_UNITS,
  baseYearOf,
  firstLever,
  leverWords,
  policyValue,
  professionsOf,
  proposalLevers,
  proposalTitle,
  regionsOf,
  unitWords,
  type ProposalPolicy,
} from './summit.ts';
import type { Summit } from './use-summit.ts';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "−50", "+100", "−0,5" in `locale`, with the real minus sign. */
function signedNumber(x: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' })
    .format(x)
    .replace('-', MINUS);
}

/** The change typed, read in the locale: a number within the lever's range, or why not. */
export function readChange(
  text: string,
  parameter: RegionalPolicyParameter,
  f: Formats,
): { ok: true; value: number } | { ok: false; problem: string } {
  const { locale, t } = f;
  const unit = CHANGE_UNITS[parameter];
  const reading = parseNumberText(text.replace(/%\s*$/, ''), { locale });
  const value =
    reading.kind === 'number'
      ? reading.value
      : reading.kind === 'ambiguous'
        ? reading.readings[0]
        : undefined;
  if (value === undefined || !Number.isFinite(value))
    return { ok: false, problem: t('summit.form.notANumber') };
  // Kept to the two decimals the proposal's words show, so its words say what it does.
  const shown = Math.round(value * 100) / 100;
  if (shown === 0) return { ok: false, problem: t('summit.form.zero') };
  if (shown < unit.min || shown > unit.max) {
    return {
      ok: false,
      problem: t('summit.form.outOfRange', {
        min: signedNumber(unit.min, locale),
        max: signedNumber(unit.max, locale),
        unit: unitWords(unit.unit, t),
      }),
    };
  }
  return { ok: true, value: shown };
}

/** A year typed: four digits, else NaN ("2027abc" and "2027.5" are not years). */
export function yearOf(text: string): number {
  return /^\s*\d{4}\s*$/.test(text) ? Number(text) : Number.NaN;
}

/** Props of {@link ProposalForm}. */
export interface ProposalFormProps {
  summit: Summit;
  /** The baseline document (its professions, regions and years). */
  baseline: unknown;
  /** Called with a proposal once it is on the table. */
  onProposed?: (id: number) => void;
}

export function ProposalForm({ summit, baseline, onProposed }: ProposalFormProps) {
  const f = useFormats();
  const { t } = f;
  const id = useId();
  const professions = professionsOf(baseline);
  const regions = regionsOf(baseline);
  const base = baseYearOf(baseline);
  const [role, setRole] = useState<RoleId>('universities');
  const [profession, setProfession] = useState(professions[0]?.id ?? '');
  const [parameter, setParameter] = useState<RegionalPolicyParameter>(firstLever('universities'));
  const [region, setRegion] = useState('');
  const [change, setChange] = useState('15');
  const [from, setFrom] = useState(String(base + 1));
  const [full, setFull] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const regional = regions.length > 0;
  const own = roleById(role).levers as readonly string[];
  const ownHeading = roleById(role).leversHeading;
  const levers = proposalLevers(regional);
  const inRegion = regional && REGIONAL_POLICY_PARAMETERS.includes(parameter);
  const needsRegion = parameter === MOBILITY_OUT;
  const chosenRegion = inRegion ? (needsRegion && !region ? regions[0]?.id : region) : '';
  const unit = CHANGE_UNITS[parameter];
  const professionId = professions.some((p) => p.id === profession)
    ? profession
    : (professions[0]?.id ?? '');

  const read = useMemo(() => readChange(change, parameter, f), [change, parameter, f]);
  const startYear = yearOf(from);
  const fullYear = full.trim() === '' ? startYear : yearOf(full);
  const yearProblem = !Number.isInteger(startYear)
    ? t('summit.form.noYear')
    : startYear <= base
      ? t('summit.form.tooEarly', { earliest: String(base + 1), base: String(base) })
      : !Number.isInteger(fullYear) || fullYear < startYear
        ? t('summit.form.fullBeforeStart')
        : null;
  const policy: ProposalPolicy | null =
    read.ok && yearProblem === null && professionId
      ? {
          profession: professionId,
          parameter,
          kind: unit.kind,
          value: policyValue(parameter, read.value),
          startYear,
          fullYear,
          ...(chosenRegion ? { region: chosenRegion } : {}),
        }
      : null;
  const preview = policy
    ? proposalTitle({ id: 0, round: 1, role, policy, status: 'open' }, baseline, f)
    : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!policy) {
      setProblem(read.ok ? yearProblem : read.problem);
      return;
    }
    setProblem(null);
    const made = summit.propose(role, policy);
    if (made) onProposed?.(made.id);
  };

  const leverOption = (p: RegionalPolicyParameter) => (
    <option key={p} value={p}>
      {t('summit.form.leverOption', {
        lever: capital(leverWords(p, t)),
        unit: unitWords(CHANGE_UNITS[p].unit, t),
      })}
    </option>
  );

  return (
    <form className="hwf-summit-form" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h3 id={`${id}-title`}>{t('summit.form.title')}</h3>
      <label htmlFor={`${id}-role`}>{t('summit.form.role')}</label>
      <select
        id={`${id}-role`}
        value={role}
        onChange={(e) => {
          const next = e.currentTarget.value as RoleId;
          setRole(next);
          setParameter(firstLever(next));
        }}
      >
        {ROLES.map((r) => (
          <option key={r.id} value={r.id}>
            {t(r.name)}
          </option>
        ))}
      </select>
      {professions.length > 1 && (
        <>
          <label htmlFor={`${id}-profession`}>{t('summit.form.profession')}</label>
          <select
            id={`${id}-profession`}
            value={professionId}
            onChange={(e) => setProfession(e.currentTarget.value)}
          >
            {professions.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </>
      )}
      <label htmlFor={`${id}-lever`}>{t('summit.form.lever')}</label>
      <select
        id={`${id}-lever`}
        value={parameter}
        onChange={(e) => {
          const next = e.currentTarget.value as RegionalPolicyParameter;
          setParameter(next);
          setChange(
            String(CHANGE_UNITS[next].unit === 'percent' ? 10 : CHANGE_UNITS[next].step * 2),
          );
        }}
      >
        {own.length > 0 && ownHeading && (
          <optgroup label={t(ownHeading)}>
            {levers.filter((p) => own.includes(p)).map(leverOption)}
          </optgroup>
        )}
        <optgroup label={t(own.length > 0 ? 'summit.form.otherLevers' : 'summit.form.levers')}>
          {levers.filter((p) => !own.includes(p)).map(leverOption)}
        </optgroup>
      </select>
      {inRegion && (
        <>
          <label htmlFor={`${id}-region`}>{t('summit.form.region')}</label>
          <select
            id={`${id}-region`}
            value={chosenRegion}
            onChange={(e) => setRegion(e.currentTarget.value)}
          >
            {!needsRegion && <option value="">{t('summit.form.wholeCountry')}</option>}
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </>
      )}
      <label htmlFor={`${id}-change`}>
        {t('summit.form.change', { unit: unitWords(unit.unit, t) })}
      </label>
      <input
        id={`${id}-change`}
        type="text"
        inputMode="decimal"
        value={change}
        aria-invalid={!read.ok}
        aria-describedby={`${id}-range`}
        onChange={(e) => setChange(e.currentTarget.value)}
      />
      <p id={`${id}-range`} className="hwf-summit-hint">
        {t(unit.kind === 'relative' ? 'summit.form.rangeRelative' : 'summit.form.rangeAbsolute', {
          min: signedNumber(unit.min, f.locale),
          max: signedNumber(unit.max, f.locale),
          unit: unitWords(unit.unit, t),
        })}
      </p>
      <label htmlFor={`${id}-from`}>{t('summit.form.from')}</label>
      <input
        id={`${id}-from`}
        type="text"
        inputMode="numeric"
        value={from}
        onChange={(e) => setFrom(e.currentTarget.value)}
      />
      <label htmlFor={`${id}-full`}>{t('summit.form.full')}</label>
      <input
        id={`${id}-full`}
        type="text"
        inputMode="numeric"
        value={full}
        placeholder={from}
        onChange={(e) => setFull(e.currentTarget.value)}
      />
      <p className="hwf-summit-preview" aria-live="polite">
        {preview ?? (read.ok ? yearProblem : read.problem)}
      </p>
      {problem && (
        <p className="hwf-summit-problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="hwf-summit-primary">
        {t('summit.form.putOnTable')}
      </button>
    </form>
  );
}
