/**
 * A vite dev server for browser tests and benchmarks, started in-process on an ephemeral
 * port of 127.0.0.1 and serving the repository root, so a test page under tests/e2e/ can
 * import app/ and workers/ modules (and module workers) exactly as the app does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, createServer, preview, type ViteDevServer } from 'vite';

export interface DevServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  server: ViteDevServer;
  close(): Promise<void>;
}

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export async function startViteServer(): Promise<DevServer> {
  // A private cache folder: nothing is written next to the project, and runs in parallel
  // do not share state.
  const cacheDir = mkdtempSync(join(tmpdir(), 'hwf-vite-'));
  const server = await createServer({
    configFile: false,
    root: REPO_ROOT,
    cacheDir,
    logLevel: 'error',
    clearScreen: false,
    // The test pages import only ES modules: no dependency pre-bundling, so no reload
    // when a new dependency is discovered mid-test.
    optimizeDeps: { noDiscovery: true, include: [] },
    server: { host: '127.0.0.1', port: 0, strictPort: true, hmr: false, watch: null },
    worker: { format: 'es' },
  });
  await server.listen();
  const address = server.httpServer?.address() as AddressInfo | null;
  if (!address || typeof address === 'string') {
    await server.close();
    throw new Error('the test server did not get a port');
  }
  return {
    origin: `http://127.0.0.1:${address.port}`,
    server,
    async close() {
      await server.close();
      rmSync(cacheDir, { recursive: true, force: true });
    },
  };
}

/** The production build of the app, served as the static site it is. */
export interface BuiltSite {
  /** e.g. http://127.0.0.1:41234, without a trailing slash */
  origin: string;
  close(): Promise<void>;
}

/** Builds the app for production into `outDir` and serves it on an ephemeral port. */
export async function buildAndServe(outDir: string): Promise<BuiltSite> {
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
  const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!origin) throw new Error('the preview server has no address');
  return {
    origin,
    close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())),
  };
}
