/**
 * A select of the 19 HEROES countries in the order of their names, for the views of the
 * observed data (Compare countries, Check against history).
 */
import { useT } from '../i18n/language-root.tsx';
import { countriesByName } from './compare-data.ts';

export function CountrySelect(props: {
  id: string;
  /** The chosen ISO alpha-2 code, or null before one is chosen. */
  value: string | null;
  onChange: (iso2: string) => void;
  disabled?: boolean;
}) {
  const t = useT();
  return (
    <select
      id={props.id}
      value={props.value ?? ''}
      disabled={props.disabled}
      onChange={(e) => props.onChange(e.target.value)}
    >
      {props.value === null && <option value="">{t('compare.countrySelect.choose')}</option>}
      {countriesByName().map((c) => (
        <option key={c.iso2} value={c.iso2}>
          {c.name}
        </option>
      ))}
    </select>
  );
}
