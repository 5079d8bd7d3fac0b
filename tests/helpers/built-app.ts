/**
 * The app built for production and served as the static site it is, once for all browser
 * tests (vitest globalSetup of the e2e project). Tests read its address with
 * `inject('appOrigin')`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildAndServe } from './vite-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    appOrigin: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = mkdtempSync(join(tmpdir(), 'hwf-dist-'));
  const site = await buildAndServe(outDir);
  project.provide('appOrigin', site.origin);
  return async () => {
    await site.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
