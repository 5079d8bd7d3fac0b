/**
 * A group of toggle buttons where one is on (aria-pressed): "Chart | Table", "FTE | Headcount".
 */
import './charts.css';

/** One button of a {@link ToggleGroup}. */
export interface ToggleOption<T extends string> {
  value: T;
  label: string;
}

/** Props of {@link ToggleGroup}. */
export interface ToggleGroupProps<T extends string> {
  /** What the group chooses, for screen readers ("Show as"). */
  label: string;
  options: readonly ToggleOption<T>[];
  value: T;
  onChange: (value: T) => void;
}

/** Buttons in a labelled group; the chosen one is pressed. */
export function ToggleGroup<T extends string>({
  label,
  options,
  value,
  onChange,
}: ToggleGroupProps<T>) {
  return (
    <div className="hwf-toggle" role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={option.value === value}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
