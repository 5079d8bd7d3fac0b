/**
 * The state of a workshop, kept for the page's life whether or not the presentation is
 * open: the profession shown, predict-first (revealed or not), the view, the levers, the
 * kept scenarios and their runs, and the picture the projector draws.
 */
import { intakeBaseline } from '../charts/intake-words.ts';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useFormats } from '../charts/formats-context.ts';
import { useDatasets } from '../population/use-datasets.ts';
import type { MessageKey } from '../i18n/translate.ts';
import type { ParseResult } from '../../model/scenario/parse.ts';
import type { HwfResult } from '../../model/result/result.ts';
import { resolvePopulation } from '../../model/scenario/validate-population.ts';
import type { CompareMeasure, Snapshot, SnapshotId, VariantChanges } from './compare.ts';
import {
  SNAPSHOT_IDS,
  compareCaveat,
  nextVariantId,
  snapshotLabel,
  sortSnapshots,
} from './compare.ts';
import type { Lever, LeverChoice } from './levers.ts';
import {
  MIN_LEVERS,
  applyLever,
  defaultLeverChoices,
  draftProfessions,
  leverLabel,
  leverText,
  makeLever,
  makeLevers,
  nudgeLever,
  readLever,
} from './levers.ts';
import { shownProfession } from './stage.tsx';
import type { LeverSetting, WorkshopPicture, WorkshopView } from './sync.ts';
import { projectorUrl } from './sync.ts';
import { CompareRuns, useCompareRuns, type RunItem } from './use-compare.ts';
import { useSummit, type Summit } from '../summit/use-summit.ts';
import { summitPicture } from '../summit/summit-picture.ts';
import { usePresenterSync } from './use-sync.ts';
import { variantChanges } from './variant-words.ts';
import { nextWorkshopView, offeredView, viewsFor } from './where.ts';

/** What the workshop needs of the app. */
export interface WorkshopInput {
  draft: unknown;
  /** The draft's one parse (the draft state's): the workshop never parses it again. */
  parsed: ParseResult;
  result: HwfResult | null;
  change: (next: unknown) => void;
}

/** The workshop's state and what the facilitator can do. */
export interface Workshop {
  draft: unknown;
  result: HwfResult | null;
  professions: { id: string; name: string }[];
  professionId: string | null;
  setProfession: (id: string) => void;
  revealed: boolean;
  setRevealed: (revealed: boolean) => void;
  /** The views the result offers (Where only with regions), each with its label's message. */
  views: readonly { value: WorkshopView; label: MessageKey }[];
  view: WorkshopView;
  setView: (view: WorkshopView) => void;
  nextView: () => void;
  measure: CompareMeasure;
  setMeasure: (measure: CompareMeasure) => void;
  choices: LeverChoice[];
  setChoices: (choices: LeverChoice[]) => void;
  /** The draft the levers' ranges and percent changes are measured from. */
  reference: unknown;
  levers: Lever[];
  moveLever: (lever: Lever, value: number) => void;
  nudgeLever: (lever: Lever, steps: number) => void;
  snapshots: Snapshot[];
  /** What each kept variant changes against the baseline, in words. */
  changes: VariantChanges;
  /** Keeps the draft as the baseline or the next variant; false (with a notice) if it cannot. */
  keep: (as: 'baseline' | 'variant') => boolean;
  remove: (id: SnapshotId) => void;
  /** Puts a kept scenario back into the editor. */
  load: (id: SnapshotId) => void;
  picture: WorkshopPicture;
  projectors: number;
  openProjector: () => void;
  notice: string | null;
  setNotice: (notice: string | null) => void;
  /** Called when the presentation opens: a baseline and levers if there are none yet. */
  start: () => void;
  /** The runs of the comparison, shared with the summit. */
  runs: CompareRuns;
  /** The planning summit (../summit/use-summit.ts). */
  summit: Summit;
  /**
   * Shows scenarios on the stage side by side: the first as the baseline, the others as
   * variants named by `name`; `current` goes into the editor (the result the room sees),
   * the profession shown becomes `professionId`, and the view the comparison. Without
   * items, only `current` goes into the editor.
   */
  showOnStage: (
    items: readonly { draft: unknown; item: RunItem; name?: string }[],
    current: unknown,
    professionId?: string,
  ) => void;
}

/** The professions of a draft, ids and names, as one string. */
const professionsKey = (draft: unknown): string =>
  JSON.stringify(draftProfessions(draft).map((p) => [p.id, p.name]));

export function useWorkshop({ draft, parsed, result, change }: WorkshopInput): Workshop {
  const f = useFormats();
  const { t } = f;
  const { datasets } = useDatasets(draft);
  const [chosenProfession, setChosenProfession] = useState<string | null>(null);
  const [revealed, setRevealed] = useState(true);
  const [chosenView, setView] = useState<WorkshopView>('result');
  // The Where view only while the result has regions.
  const view = offeredView(chosenView, result);
  const views = useMemo(() => viewsFor(result), [result]);
  const [measure, setMeasure] = useState<CompareMeasure>('gap');
  const [choices, setChoices] = useState<LeverChoice[]>([]);
  const [reference, setReference] = useState<unknown>(null);
  const [snapshots, setSnapshots] = useState<Snapshot[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [runs] = useState(() => new CompareRuns());
  useEffect(() => () => runs.dispose(), [runs]);
  const summit = useSummit({ f, runs, deterministic: result?.deterministic ?? false });

  const professions = useMemo(
    () =>
      result
        ? result.professions.map((p) => ({ id: p.id, name: p.name }))
        : draftProfessions(draft).map((p) => ({ id: p.id, name: p.name })),
    [result, draft],
  );
  const professionId =
    professions.find((p) => p.id === chosenProfession)?.id ?? professions[0]?.id ?? null;
  const levers = useMemo(
    () => makeLevers(choices, reference ?? draft),
    [choices, reference, draft],
  );

  const take = useCallback(
    (id: SnapshotId): Snapshot | null => {
      if (!parsed.ok) {
        setNotice(t('workshop.notice.cannotKeep', { id }));
        return null;
      }
      return {
        id,
        draft: structuredClone(draft),
        scenario: parsed.scenario,
        population: resolvePopulation(parsed.scenario.population, datasets),
      };
    },
    [draft, parsed, datasets, t],
  );

  const keep = useCallback(
    (as: 'baseline' | 'variant'): boolean => {
      const id = as === 'baseline' ? 'baseline' : nextVariantId(snapshots);
      if (id === null) {
        setNotice(t('workshop.notice.threeKept'));
        return false;
      }
      const snapshot = take(id);
      if (!snapshot) return false;
      setSnapshots((old) => sortSnapshots([...old.filter((s) => s.id !== id), snapshot]));
      if (id === 'baseline') setReference(snapshot.draft);
      setNotice(
        id === 'baseline'
          ? t('workshop.notice.baselineKept')
          : t('workshop.notice.kept', { name: snapshotLabel(id, t) }),
      );
      return true;
    },
    [snapshots, take, t],
  );

  const remove = useCallback(
    (id: SnapshotId) => {
      setSnapshots((old) => old.filter((s) => s.id !== id));
      setNotice(t('workshop.notice.removed', { name: snapshotLabel(id, t) }));
    },
    [t],
  );

  const load = useCallback(
    (id: SnapshotId) => {
      const s = snapshots.find((x) => x.id === id);
      if (!s) {
        setNotice(
          id === 'baseline'
            ? t('workshop.notice.noBaseline')
            : t('workshop.notice.notKept', { name: snapshotLabel(id, t) }),
        );
        return;
      }
      change(structuredClone(s.draft));
      setNotice(
        id === 'baseline'
          ? t('workshop.notice.backToBaseline')
          : t('workshop.notice.inEditor', { name: snapshotLabel(id, t) }),
      );
    },
    [snapshots, change, t],
  );

  const start = useCallback(() => {
    let ref = reference;
    const base = snapshots.find((s) => s.id === 'baseline');
    // Another scenario opened since (other professions): it becomes the baseline, and the
    // variants of the previous one go, or the levers would measure from a scenario gone.
    const other = base !== undefined && professionsKey(base.draft) !== professionsKey(draft);
    if (!base || other) {
      const snapshot = take('baseline');
      if (snapshot) {
        setSnapshots((old) => (other ? [snapshot] : sortSnapshots([...old, snapshot])));
        ref = snapshot.draft;
        if (other) {
          setNotice(t('workshop.notice.otherScenario'));
        }
      }
    }
    if (ref === null) ref = structuredClone(draft);
    setReference(ref);
    if (professionId && makeLevers(choices, ref).length === 0) {
      setChoices(defaultLeverChoices(ref, professionId));
    }
  }, [reference, snapshots, take, draft, professionId, choices, t]);

  const setProfession = useCallback(
    (id: string) => {
      setChosenProfession(id);
      // Levers of one profession follow the profession shown.
      const ids = new Set(choices.map((c) => c.professionId));
      const ref = reference ?? draft;
      if (ids.size === 1 && !ids.has(id)) {
        const moved = choices
          .map((c) => ({ ...c, professionId: id }))
          .filter((c) => makeLever(c, ref) !== null);
        setChoices(moved.length >= MIN_LEVERS ? moved : defaultLeverChoices(ref, id));
      }
    },
    [choices, reference, draft],
  );

  const moveLever = useCallback(
    (lever: Lever, value: number) => {
      const next = applyLever(lever, draft, value);
      if (next !== undefined) change(next);
    },
    [draft, change],
  );
  const nudge = useCallback(
    (lever: Lever, steps: number) => {
      const next = nudgeLever(lever, draft, steps);
      if (next !== undefined) change(next);
    },
    [draft, change],
  );

  const nextView = useCallback(() => setView(nextWorkshopView(view, result)), [view, result]);

  const deterministic = result?.deterministic ?? false;
  const entries = useCompareRuns(
    runs,
    snapshots,
    deterministic,
    snapshots.length > 1 || view !== 'result',
  );

  const settings = useMemo((): LeverSetting[] => {
    const several = new Set(levers.map((l) => l.professionId)).size > 1;
    return levers.map((l) => {
      const value = readLever(l, draft);
      const label = leverLabel(l, f.t);
      return {
        label: several
          ? f.t('workshop.lever.ofProfession', { lever: label, profession: l.professionName })
          : label,
        value: value === undefined ? f.t('workshop.lever.notSet') : leverText(l, value, f),
      };
    });
  }, [levers, draft, f]);

  const caveat = useMemo(() => compareCaveat(snapshots, t), [snapshots, t]);
  const changes = useMemo((): VariantChanges => {
    const base = snapshots.find((s) => s.id === 'baseline');
    const out: VariantChanges = {};
    if (!base) return out;
    for (const s of snapshots) {
      if (s.id !== 'baseline') out[s.id] = s.name ?? variantChanges(base.draft, s.draft, f);
    }
    return out;
  }, [snapshots, f]);
  const shown = shownProfession(result, professionId);
  // Today's and the planned intake beside the headline's training places, as on the page.
  const intake = useMemo(
    () =>
      parsed.ok && result && shown
        ? (intakeBaseline(parsed.scenario, shown.id, result.targetYear) ?? null)
        : null,
    [parsed, result, shown],
  );
  const summitShown = useMemo(
    () => summitPicture(summit.state, summit.discussing, summit.title, summit.debrief),
    [summit.state, summit.discussing, summit.title, summit.debrief],
  );
  const picture = useMemo(
    (): WorkshopPicture => ({
      result,
      intake,
      professionId: shown?.id ?? null,
      revealed,
      view,
      measure,
      compare: entries,
      caveat,
      levers: settings,
      changes,
      summit: summitShown,
    }),
    [
      result,
      intake,
      shown?.id,
      revealed,
      view,
      measure,
      entries,
      caveat,
      settings,
      changes,
      summitShown,
    ],
  );
  const projectors = usePresenterSync(picture);

  const openProjector = useCallback(() => {
    const url = projectorUrl(location.href);
    const opened = window.open(url, 'hwf-projector', 'popup,width=1280,height=720');
    setNotice(
      opened ? t('workshop.notice.projectorOpen') : t('workshop.notice.popupBlocked', { url }),
    );
  }, [t]);

  const showOnStage = useCallback(
    (
      items: readonly { draft: unknown; item: RunItem; name?: string }[],
      current: unknown,
      id?: string,
    ) => {
      const kept: Snapshot[] = items.slice(0, SNAPSHOT_IDS.length).map((x, i) => ({
        id: SNAPSHOT_IDS[i],
        draft: structuredClone(x.draft),
        scenario: x.item.scenario,
        population: x.item.population,
        ...(x.name === undefined ? {} : { name: x.name }),
      }));
      change(structuredClone(current));
      if (kept.length === 0) return;
      setSnapshots(kept);
      setReference(kept[0].draft);
      if (id !== undefined) setProfession(id);
      setRevealed(true);
      setView('compare');
    },
    [change, setProfession],
  );

  return {
    runs,
    summit,
    showOnStage,
    draft,
    result,
    professions,
    professionId,
    setProfession,
    revealed,
    setRevealed,
    views,
    view,
    setView,
    nextView,
    measure,
    setMeasure,
    choices,
    setChoices,
    reference: reference ?? draft,
    levers,
    moveLever,
    nudgeLever: nudge,
    snapshots,
    changes,
    keep,
    remove,
    load,
    picture,
    projectors,
    openProjector,
    notice,
    setNotice,
    start,
  };
}
