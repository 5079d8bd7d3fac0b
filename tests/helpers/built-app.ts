/**
 * The app built for production and served as the static site it is, once for all browser
 * tests (vitest globalSetup of the e2e project). Tests read its address with
 * `inject('appOrigin')`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { REPO_ROOT } from './vite-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    appOrigin: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = mkdtempSync(join(tmpdir(), 'hwf-dist-'));
  // The test runner sets NODE_ENV=test; the site under test is the production build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: REPO_ROOT,
      mode: 'production',
      logLevel: 'error',
      build: { outDir, emptyOutDir: true, sourcemap: false },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const server = await preview({
    root: REPO_ROOT,
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const origin = server.resolvedUrls?.local[0];
  if (!origin) throw new Error('the preview server has no address');
  project.provide('appOrigin', origin.replace(/\/$/, ''));
  return async () => {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    rmSync(outDir, { recursive: true, force: true });
  };
}
