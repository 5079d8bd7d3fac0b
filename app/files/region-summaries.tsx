/**
 * The regional parts of the import dialog: which region a table without a region column is
 * for, leaving out the rows of other regions, and the preview of each region (its rows, ages
 * and totals next to what the scenario holds for it now).
 */
import { getAtPath } from '../../model/scenario/json-path.ts';
import { useT } from '../i18n/language-root.tsx';
import { messageNodes } from '../i18n/rich-text.tsx';
import type { ImportTarget } from './apply-import.ts';
import { hasRegionColumn } from './import-regions.ts';
import type { RegionPart } from './import-regions.ts';
import { describeSummary } from './import-summary.ts';
import { importRegions, needsRegionChoice, regionTargetChoices } from './regional-preview.ts';

function total(values: unknown): number | undefined {
  if (!Array.isArray(values)) return undefined;
  let sum = 0;
  for (const v of values) {
    if (typeof v !== 'number' || !Number.isFinite(v)) return undefined;
    sum += v;
  }
  return sum;
}

/** What the scenario holds for region `id` now: its headcount, or its population's first year. */
export function currentRegionTotals(
  draft: unknown,
  target: ImportTarget,
  id: string,
): { female: number; male: number; year?: number } | undefined {
  const at = target.kind === 'stock' ? `${target.path}.${id}` : `population.regions.${id}`;
  const row = target.kind === 'stock' ? '' : '[0]';
  const female = total(getAtPath(draft, `${at}.female${row}`));
  const male = total(getAtPath(draft, `${at}.male${row}`));
  const y = getAtPath(draft, 'population.years[0]');
  if (female === undefined || male === undefined) return undefined;
  return {
    female,
    male,
    year: target.kind === 'population' && typeof y === 'number' ? y : undefined,
  };
}

export function RegionSummaries(props: {
  draft: unknown;
  target: ImportTarget;
  parts: RegionPart<unknown>[];
  kind: 'stock' | 'population';
}) {
  const { draft, target, parts, kind } = props;
  const t = useT();
  if (parts.length === 0) return null;
  return (
    <div className="files-regions">
      {parts.map((p) => (
        <section key={p.id} aria-label={t('files.regions.previewOf', { region: p.name })}>
          <h4>{p.name}</h4>
          <ul className="files-summary">
            {describeSummary(p.summary, {
              kind,
              current: currentRegionTotals(draft, target, p.id),
              t,
              // The table's layout and columns are said once, above.
              columns: false,
            }).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

type RegionChoiceProps = {
  id: string;
  draft: unknown;
  target: ImportTarget;
  text: string;
  forRegion: string;
  onForRegion: (id: string) => void;
  dropUnknown: boolean;
  onDropUnknown: (v: boolean) => void;
};

/** The question or the tick box of a table, as the table has a region column or not. */
function RegionControl(props: RegionChoiceProps) {
  const { id, draft, target, text, forRegion, onForRegion, dropUnknown, onDropUnknown } = props;
  const t = useT();
  if (needsRegionChoice(draft, text)) {
    const choices = regionTargetChoices(draft, target, t);
    const value = choices.some((c) => c.value === forRegion) ? forRegion : '';
    return (
      <div className="files-field">
        <label htmlFor={`${id}-region`}>{t('files.regions.whichRegion')}</label>
        <select
          id={`${id}-region`}
          value={value}
          aria-describedby={`${id}-region-help`}
          onChange={(e) => onForRegion(e.target.value)}
        >
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
        <span className="files-help" id={`${id}-region-help`}>
          {t('files.regions.noRegionColumn')}
        </span>
      </div>
    );
  }
  if (text.trim() === '' || !hasRegionColumn(text)) return null;
  return (
    <div className="files-check">
      <input
        type="checkbox"
        id={`${id}-other-regions`}
        checked={dropUnknown}
        onChange={(e) => onDropUnknown(e.target.checked)}
      />{' '}
      <label htmlFor={`${id}-other-regions`}>{t('files.regions.leaveOutOthers')}</label>
    </div>
  );
}

/** "Which region is this table for?" (a table without a region column), or "leave out the
 *  rows of other regions" (a table with one); nothing for a scenario without regions. */
export function RegionChoice(props: RegionChoiceProps) {
  const t = useT();
  const regions = importRegions(props.draft);
  if (!regions) return null;
  const example = regions[0];
  return (
    <>
      <p className="files-intro">
        {messageNodes(t, 'files.regions.intro', {
          region: <code>region</code>,
          geo: <code>geo</code>,
          id: <code>{example.id}</code>,
          name: <code>{example.name}</code>,
        })}
      </p>
      <RegionControl {...props} />
    </>
  );
}
