/**
 * The sentence shown with the results when the simulation runs in a slower way (in this
 * page instead of in background workers, or with the built-in engine instead of the fast
 * one). A status message: screen readers announce it without moving the focus.
 */
export function RunNotice({ notice }: { notice: string | null }) {
  if (!notice) return null;
  return (
    <p className="notice hwf-run-notice" role="status">
      {notice}
    </p>
  );
}
