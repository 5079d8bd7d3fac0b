/**
 * Writes wasm/assembly/shared.ts, the constants the AssemblyScript core shares with the
 * TypeScript model (model/packed/shared-constants.ts). `npm run build:wasm` runs it first;
 * with `--check` it only says whether the file is up to date (exit 1 when not).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assemblyConstantsSource } from '../model/packed/shared-constants.ts';

export const SHARED_PATH = fileURLToPath(new URL('../wasm/assembly/shared.ts', import.meta.url));

const text = assemblyConstantsSource();
let current = '';
try {
  current = readFileSync(SHARED_PATH, 'utf8');
} catch {
  // not written yet
}
if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error('wasm/assembly/shared.ts is out of date: run npm run build:wasm');
    process.exit(1);
  }
} else if (current !== text) {
  writeFileSync(SHARED_PATH, text);
}
