import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
// Offline: builds the service worker (app/offline/sw.ts, to sw.js) with the files it precaches.
import { languageChunk, offlineCopy } from './app/offline/plugin.ts';

// The app is a static site: relative base so it runs from any folder or file host.
export default defineConfig({
  base: './',
  plugins: [react(), offlineCopy()],
  build: {
    outDir: 'dist',
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // A language's catalogue (app/i18n/messages/<code>/*.json, English aside: it is
        // bundled) is one file of its own, assets/lang-<code>-<hash>.js, loaded when chosen.
        codeSplitting: {
          groups: [
            {
              name: languageChunk,
            },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  test: {
    testTimeout: 60_000,
    pool: 'threads',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/**/*.browser.test.ts'],
        },
      },
      {
        // Real Chromium against the built app: one build and server for all files, and one
        // browser file at a time (two cores).
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts', 'tests/**/*.browser.test.ts'],
          globalSetup: ['tests/helpers/built-app.ts'],
          fileParallelism: false,
          hookTimeout: 180_000,
          // A page follows an edit within a second on an idle machine; on a busy shared one,
          // waiting for the address bar or a table may take longer than the default second.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
