/**
 * Build step of the offline copy: vite-plugin-pwa (Workbox, injectManifest) builds the
 * service worker app/offline/sw.ts to sw.js next to the built site and writes in it the
 * files to precache with their revisions. Which files: those precache.ts keeps from the
 * bundle (no source maps, no chunks loaded on demand), read from the bundle by a small
 * plugin of ours, since Workbox itself only sees the output folder. A new build changes
 * the list (hashed names, index.html's revision), so the bytes of sw.js: the browser
 * installs the new service worker, which waits until the reader reloads.
 *
 * The page registers the service worker itself (app/workshop/sw-register.ts); no web app
 * manifest is written. Nothing here runs in the dev server.
 *
 * Used only by vite.config.ts (never by the app in the browser).
 */
import type { LogLevel, Plugin, PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { keepPrecached, precacheFiles, type ManifestEntry } from './precache.ts';
import { SW_FILE } from './rules.ts';

/** The chunk of a language's catalogue: `lang-<code>` for a module of
 *  app/i18n/messages/<code>/ (English aside: it is bundled), else null. vite.config.ts
 *  groups the catalogue's files by it; loaded when chosen, it is never precached. */
export function languageChunk(moduleId: string): string | null {
  const m = /[\\/]app[\\/]i18n[\\/]messages[\\/]([^\\/]+)[\\/][^\\/]+\.json$/.exec(moduleId);
  return m && m[1] !== 'en' ? `lang-${m[1]}` : null;
}

const isLanguageChunk = (name: string) => /^lang-[\w-]+$/.test(name);

/** The vite plugins of the offline copy (build only). */
export function offlineCopy(): PluginOption[] {
  let files: string[] | null = null;
  /** Why the app's own build failed, if it did. */
  let failure: Error | null = null;
  let logLevel: LogLevel | undefined;

  const list: Plugin = {
    name: 'hwf-offline-list',
    apply: 'build',
    configResolved(config) {
      logLevel = config.logLevel;
    },
    buildStart() {
      files = null;
      failure = null;
    },
    buildEnd(error) {
      if (error) failure = error;
    },
    renderError(error) {
      failure = error;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        files = precacheFiles(
          Object.values(bundle).map((item) => ({
            fileName: item.fileName,
            onDemand:
              item.type === 'chunk' &&
              !item.isEntry &&
              (item.isDynamicEntry || isLanguageChunk(item.name)),
          })),
        );
      },
    },
  };

  const transform = <E extends ManifestEntry>(entries: E[]) => {
    if (!files) throw new Error('offline copy: the bundle was not seen');
    const { manifest, warnings } = keepPrecached(entries, files);
    // A file every visit needs, missing from the copy, would break the app offline.
    if (warnings.length) throw new Error(warnings.join('\n'));
    return { manifest, warnings };
  };

  return [
    list,
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'app/offline',
      filename: SW_FILE.replace(/\.js$/, '.ts'),
      injectRegister: false,
      manifest: false,
      integration: {
        // The app's build failed, yet vite-plugin-pwa's closeBundle still runs: no service
        // worker then, and the build's own error is the one reported.
        beforeBuildServiceWorker() {
          if (!files) throw failure ?? new Error('offline copy: the bundle was not seen');
        },
        // The service worker's own vite build says as much as the app's (quiet in tests).
        configureCustomSWViteBuild(config) {
          config.logLevel = logLevel;
        },
      },
      injectManifest: {
        // A classic script, registered as before.
        rollupFormat: 'iife',
        // Every file of the output folder, then cut down to our list.
        globPatterns: ['**/*'],
        maximumFileSizeToCacheInBytes: 256 * 1024 * 1024,
        manifestTransforms: [transform],
      },
    }),
  ];
}
