/**
 * Every number the TypeScript model and the AssemblyScript core must agree on: the packed
 * block's layout, the policy codes of the parameter catalog, the distribution kinds, and the
 * cut-offs both engines apply. `scripts/assembly-constants.ts` writes them into
 * `wasm/assembly/shared.ts` before each build of the core, and a test checks the built core
 * exports exactly these values, so no code is kept in step by a comment.
 */
import { PARAMETER_KEYS, PARAMETERS, POLICY_KEYS } from '../catalog.ts';
import { DistKind, MAX_TRIES } from '../numeric/distributions.ts';
import { HAZARD_HIGH, HAZARD_LOW } from '../projection/project.ts';
import { AGE_PROFILE_RUNS } from './run-block.ts';
import { DOMAIN_CODE, layoutConstants } from './layout.ts';

export interface SharedConstant {
  value: number;
  /** The AssemblyScript type it is declared with. */
  type: 'i32' | 'f64';
}

/** Every shared constant by its name on the AssemblyScript side. */
export function sharedConstants(): Record<string, SharedConstant> {
  const out: Record<string, SharedConstant> = {};
  const i32 = (name: string, value: number) => (out[name] = { value, type: 'i32' });
  const f64 = (name: string, value: number) => (out[name] = { value, type: 'f64' });
  for (const [name, value] of Object.entries(layoutConstants())) i32(name, value);
  for (const key of POLICY_KEYS) i32(`POLICY_CODE_${key}`, PARAMETERS[key].policy!);
  for (const key of PARAMETER_KEYS) i32(`CLAMP_${key}`, DOMAIN_CODE[PARAMETERS[key].clamp]);
  for (const [name, value] of Object.entries(DistKind)) i32(`KIND_${name.toUpperCase()}`, value);
  i32('MAX_TRIES', MAX_TRIES);
  i32('AGE_PROFILE_RUNS', AGE_PROFILE_RUNS);
  f64('HAZARD_LOW', HAZARD_LOW);
  f64('HAZARD_HIGH', HAZARD_HIGH);
  return out;
}

/** The text of wasm/assembly/shared.ts. */
export function assemblyConstantsSource(): string {
  const lines = [
    '// Generated from model/packed/shared-constants.ts by scripts/assembly-constants.ts',
    '// (run by `npm run build:wasm`): do not edit. The packed block layout, the policy codes',
    '// of the parameter catalog, the distribution kinds and the cut-offs both engines share.',
    '',
  ];
  for (const [name, { value, type }] of Object.entries(sharedConstants())) {
    const text = type === 'f64' && Number.isInteger(value) ? `${value}.0` : String(value);
    lines.push(`export const ${name}: ${type} = ${text};`);
  }
  return lines.join('\n') + '\n';
}
