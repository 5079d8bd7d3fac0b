/**
 * Writes wasm/assembly/shared.ts and wasm/assembly/regional-shared.ts, the constants the
 * AssemblyScript core shares with the TypeScript model (model/packed/shared-constants.ts,
 * model/packed/regional-layout.ts). `npm run build:wasm` runs it first; with `--check` it
 * only says whether the files are up to date (exit 1 when not).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assemblyConstantsSource } from '../model/packed/shared-constants.ts';
import { regionalConstantsSource } from '../model/packed/regional-layout.ts';

export const SHARED_PATH = fileURLToPath(new URL('../wasm/assembly/shared.ts', import.meta.url));
export const REGIONAL_SHARED_PATH = fileURLToPath(
  new URL('../wasm/assembly/regional-shared.ts', import.meta.url),
);

const check = process.argv.includes('--check');
let stale = false;
for (const [path, text] of [
  [SHARED_PATH, assemblyConstantsSource()],
  [REGIONAL_SHARED_PATH, regionalConstantsSource()],
] as const) {
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // not written yet
  }
  if (current === text) continue;
  if (check) {
    console.error(`${path} is out of date: run npm run build:wasm`);
    stale = true;
  } else {
    writeFileSync(path, text);
  }
}
if (stale) process.exit(1);
