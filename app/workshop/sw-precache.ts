/**
 * Build step of the offline copy: a vite plugin that writes `sw-precache.js` next to the
 * built site: the files every visit needs (index.html, scripts, styles, the WebAssembly core,
 * the simulation worker; source maps left out) and a version made from their contents. The
 * service worker (public/sw.js) imports it, precaches those files and serves them cache
 * first. Chunks only a dynamic import() reaches, loaded on demand (a country's population
 * data set), are left to the network and the browser's own cache. A new build changes the
 * version, and so the bytes of the file: the browser installs the new service worker, which
 * waits until the reader reloads.
 *
 * Used only by vite.config.ts (never by the app in the browser).
 */
import type { Plugin } from 'vite';

/** The file the plugin writes, imported by public/sw.js. */
export const PRECACHE_FILE = 'sw-precache.js';

/** Files the service worker itself is made of: never in its own list. */
const SELF = new Set(['sw.js', PRECACHE_FILE]);

/** The files to precache, index.html first, then in name order. */
export function precacheFiles(fileNames: readonly string[]): string[] {
  const files = fileNames.filter((name) => !name.endsWith('.map') && !SELF.has(name));
  return [...new Set(files)].sort((a, b) =>
    a === 'index.html' ? -1 : b === 'index.html' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
}

/** A short version of the build: FNV-1a over each file's name and bytes, in name order. */
export function precacheVersion(
  files: readonly { name: string; content: string | Uint8Array }[],
): string {
  const encoder = new TextEncoder();
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  const add = (bytes: Uint8Array) => {
    for (let i = 0; i < bytes.length; i++) {
      h1 = Math.imul(h1 ^ bytes[i], 0x01000193) >>> 0;
      h2 = Math.imul(h2 ^ bytes[i], 0x5bd1e995) >>> 0;
    }
  };
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    add(encoder.encode(`${file.name}\u0000`));
    add(typeof file.content === 'string' ? encoder.encode(file.content) : file.content);
  }
  return `${h1.toString(36)}${h2.toString(36)}`;
}

/** The text of sw-precache.js. */
export function precacheScript(version: string, files: readonly string[]): string {
  return `// Written by the build: the files the service worker keeps for offline use.\nself.HWF_PRECACHE = ${JSON.stringify({ version, files })};\n`;
}

/** What the plugin needs of one output file of the bundle. */
export interface BuiltFile {
  fileName: string;
  content: string | Uint8Array;
  /** A chunk that only a dynamic import() reaches: loaded on demand, not precached. */
  onDemand: boolean;
}

/** The precache list and version of a build. */
export function precacheOf(built: readonly BuiltFile[]): { version: string; files: string[] } {
  const onDemand = new Set(built.filter((b) => b.onDemand).map((b) => b.fileName));
  const files = precacheFiles(built.map((b) => b.fileName)).filter((f) => !onDemand.has(f));
  const version = precacheVersion(
    built
      .filter((b) => files.includes(b.fileName))
      .map((b) => ({ name: b.fileName, content: b.content })),
  );
  return { version, files };
}

/** The vite plugin (build only). */
export function precacheList(): Plugin {
  return {
    name: 'hwf-precache-list',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const { version, files } = precacheOf(
          Object.values(bundle).map((item) =>
            item.type === 'chunk'
              ? {
                  fileName: item.fileName,
                  content: item.code,
                  onDemand: item.isDynamicEntry && !item.isEntry,
                }
              : { fileName: item.fileName, content: item.source, onDemand: false },
          ),
        );
        this.emitFile({
          type: 'asset',
          fileName: PRECACHE_FILE,
          source: precacheScript(version, files),
        });
      },
    },
  };
}
