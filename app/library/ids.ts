/**
 * Ids of records and of this tab. A tab keeps its id across reloads (sessionStorage), so a
 * reload restores its own working scenario; any other start (a new tab, a reopened or
 * duplicated one) takes a new id and restores the newest working scenario of any tab.
 */

const TAB_KEY = 'hwf-scenario-lab.tab';

/** A random id (crypto.randomUUID needs a secure context; getRandomValues does not). */
export function randomId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether this page load is a reload of the same tab. */
function isReload(): boolean {
  try {
    const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return entry?.type === 'reload';
  } catch {
    return false;
  }
}

/** This tab's id: the same after a reload, new otherwise. */
export function tabId(): string {
  try {
    const kept = sessionStorage.getItem(TAB_KEY);
    if (kept && isReload()) return kept;
  } catch {
    // storage blocked: every load is a new tab
  }
  return renewTabId();
}

/** A new id for this tab, kept for its reloads. */
export function renewTabId(): string {
  const id = randomId();
  try {
    sessionStorage.setItem(TAB_KEY, id);
  } catch {
    // kept for this page only
  }
  return id;
}
