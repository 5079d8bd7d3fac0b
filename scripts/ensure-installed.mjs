// Installs the dependencies when they are missing, so that `npm start` and `npm test` each
// work first on a fresh clone. Plain Node, no dependencies of its own: it runs before there
// are any. Run directly (`node scripts/ensure-installed.mjs`, the `pretest` step) it
// installs when needed and exits with npm's exit code; scripts/start.mjs imports it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Files whose absence means the dependencies are not (fully) installed: the packages whose
 * commands the scripts run (asc, vite, vitest, tsx) and the browser driver of the tests.
 */
export const KEY_FILES = [
  'node_modules/assemblyscript/package.json',
  'node_modules/vite/package.json',
  'node_modules/vitest/package.json',
  'node_modules/tsx/package.json',
  'node_modules/playwright-core/package.json',
];

/**
 * What to run, given which paths (relative to the project folder) exist: `null` when
 * everything is installed, else npm's arguments, `['ci']` with a lock file (the exact
 * versions it names) or `['install']` without one.
 *
 * @param {(path: string) => boolean} exists
 * @returns {null | ['ci'] | ['install']}
 */
export function installNeeded(exists) {
  if (exists('node_modules') && KEY_FILES.every((file) => exists(file))) return null;
  return exists('package-lock.json') ? ['ci'] : ['install'];
}

/**
 * Runs `npm ci` (or `npm install`) in the project folder when the dependencies are missing.
 * Resolves with npm's exit code, 0 when nothing had to be done.
 *
 * @returns {Promise<number>}
 */
export async function ensureInstalled() {
  const args = installNeeded((path) => existsSync(join(root, path)));
  if (args === null) return 0;
  const isWindows = process.platform === 'win32';
  console.log(`\n> Installing dependencies (npm ${args.join(' ')})`);
  const code = await new Promise((resolve, reject) => {
    const child = spawn(isWindows ? 'npm.cmd' : 'npm', args, {
      cwd: root,
      stdio: 'inherit',
      shell: isWindows,
    });
    child.on('error', reject);
    child.on('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
  });
  if (code !== 0) console.error(`\nInstalling dependencies failed (exit code ${code}).`);
  return code;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exit(await ensureInstalled());
}
