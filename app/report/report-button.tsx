/**
 * "Report" in the header: opens the report of the results on screen (report-view.tsx),
 * without a new simulation. It also tells the chart exports which scenario they belong to
 * and the credit of its data (export.ts `setExportCaption`), since it knows the scenario
 * of the results shown.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { setExportCaption } from '../charts/export.ts';
import { linkFor, pageAddress } from '../share/share-state.ts';
import type { HwfResult } from '../../model/result/result.ts';
import type { Scenario } from '../../model/scenario/types.ts';
import { useT } from '../i18n/language-root.tsx';
import { dataCredit } from './report-text.ts';
import { ReportView } from './report-view.tsx';
import { useFocusReturn } from '../shell/use-focus-return.ts';

/** Props of {@link ReportButton}. */
export interface ReportButtonProps {
  /** The working scenario's document (possibly invalid) and whether it is valid. */
  draft: unknown;
  valid: boolean;
  /** The working scenario, parsed (null when invalid). */
  scenario: Scenario | null;
  /** The result on screen and the scenario it was made from. */
  result: HwfResult | null;
  resultScenario: Scenario | null;
}

export function ReportButton({
  draft,
  valid,
  scenario,
  result,
  resultScenario,
}: ReportButtonProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    setExportCaption(
      resultScenario
        ? { scenario: resultScenario.name, credit: dataCredit(resultScenario, t)?.line ?? null }
        : null,
    );
  }, [resultScenario, t]);

  useFocusReturn(open, button);

  const close = useCallback(() => setOpen(false), []);
  const ready = result !== null && resultScenario !== null;
  // The link of the scenario the results belong to: the draft's own while they are its.
  const current = valid && scenario !== null && scenario === resultScenario;
  const link = useMemo(
    () =>
      open ? linkFor(current ? draft : resultScenario, true, pageAddress(location.href)) : null,
    [open, current, draft, resultScenario],
  );
  const note = current
    ? undefined
    : valid
      ? t('report.button.earlier')
      : t('report.button.lastValid');

  return (
    <>
      <button
        ref={button}
        type="button"
        className="hwf-sheet-button hwf-report-button"
        aria-haspopup="dialog"
        disabled={!ready}
        onClick={() => setOpen(true)}
      >
        {t('report.button.label')}
      </button>
      {open && ready && link && (
        <ReportView
          result={result}
          scenario={resultScenario}
          link={link}
          note={note}
          onClose={close}
        />
      )}
    </>
  );
}
