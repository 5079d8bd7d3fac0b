/**
 * Which built files the offline copy precaches: every file of the bundle (index.html, the
 * scripts, the styles, the WebAssembly core, the simulation worker) except source maps,
 * the service worker itself, and the chunks only a dynamic import() reaches, loaded on
 * demand (a country's population data set; per-language catalogues later): those the
 * service worker fetches network first and keeps in a cache of their own (rules.ts).
 *
 * Used at build time by plugin.ts; pure, tested on its own.
 */
import { SW_FILE } from './rules.ts';

/** What the list needs of one output file of the bundle. */
export interface BuiltFile {
  /** Relative to the output folder, e.g. "assets/index-abc.js". */
  fileName: string;
  /** A chunk that only a dynamic import() reaches: loaded on demand, not precached. */
  onDemand: boolean;
}

/** The files to precache, index.html first, then in name order. */
export function precacheFiles(built: readonly BuiltFile[]): string[] {
  const files = built
    .filter((b) => !b.onDemand && !b.fileName.endsWith('.map') && !isServiceWorker(b.fileName))
    .map((b) => b.fileName);
  return [...new Set(files)].sort((a, b) =>
    a === 'index.html' ? -1 : b === 'index.html' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
}

function isServiceWorker(fileName: string): boolean {
  return fileName === SW_FILE || fileName === `${SW_FILE}.map`;
}

/** One entry of Workbox's precache manifest, as its build hands it over. */
export interface ManifestEntry {
  url: string;
  revision: string | null;
  size: number;
}

/**
 * Workbox's manifest (every file found in the output folder) cut down to `files`, in their
 * order. A file of the list that Workbox did not find is a warning (the build reports it).
 */
export function keepPrecached<E extends ManifestEntry>(
  entries: readonly E[],
  files: readonly string[],
): { manifest: E[]; warnings: string[] } {
  const byUrl = new Map(entries.map((e) => [e.url, e]));
  const manifest: E[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    const entry = byUrl.get(file);
    if (entry) manifest.push(entry);
    else warnings.push(`offline copy: ${file} is not in the output folder`);
  }
  return { manifest, warnings };
}
