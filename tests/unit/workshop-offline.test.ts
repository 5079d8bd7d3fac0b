import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  PRECACHE_FILE,
  precacheOf,
  precacheFiles,
  precacheScript,
  precacheVersion,
} from '../../app/workshop/sw-precache.ts';
import { shouldRegister } from '../../app/workshop/sw-register.ts';

describe('the offline copy', () => {
  it('precaches every built file but source maps and itself, index.html first', () => {
    expect(
      precacheFiles([
        'assets/index-abc.js',
        'assets/index-abc.js.map',
        'index.html',
        'assets/hwf-123.wasm',
        'assets/sim.worker-9.js',
        'sw.js',
        PRECACHE_FILE,
        'assets/index-def.css',
      ]),
    ).toEqual([
      'index.html',
      'assets/hwf-123.wasm',
      'assets/index-abc.js',
      'assets/index-def.css',
      'assets/sim.worker-9.js',
    ]);
  });

  it('leaves out what is loaded on demand (a country’s population data)', () => {
    const built = [
      { fileName: 'index.html', content: '<html>', onDemand: false },
      { fileName: 'assets/index-a.js', content: 'app', onDemand: false },
      { fileName: 'assets/it-b.js', content: 'Italy', onDemand: true },
    ];
    const { files, version } = precacheOf(built);
    expect(files).toEqual(['index.html', 'assets/index-a.js']);
    expect(precacheOf([...built.slice(0, 2), { ...built[2], content: 'Italia' }]).version).toBe(
      version,
    );
  });

  it('has a version that changes with any file’s content or name, not with their order', () => {
    const a = { name: 'index.html', content: '<html>' };
    const b = { name: 'assets/x.wasm', content: new Uint8Array([0, 97, 115, 109]) };
    const v = precacheVersion([a, b]);
    expect(precacheVersion([b, a])).toBe(v);
    expect(precacheVersion([a, { ...b, content: new Uint8Array([0, 97, 115, 110]) }])).not.toBe(v);
    expect(precacheVersion([{ ...a, name: 'other.html' }, b])).not.toBe(v);
    expect(v).toMatch(/^[0-9a-z]+$/);
  });

  it('writes a script the service worker imports', () => {
    const text = precacheScript('v1', ['index.html', 'assets/a.js']);
    const sandbox: { self: { HWF_PRECACHE?: unknown } } = { self: {} };
    runInNewContext(text, sandbox);
    expect(sandbox.self.HWF_PRECACHE).toEqual({
      version: 'v1',
      files: ['index.html', 'assets/a.js'],
    });
  });

  it('registers only in a production build served over http(s)', () => {
    const env = { prod: true, protocol: 'https:', hasServiceWorker: true };
    expect(shouldRegister(env)).toBe(true);
    expect(shouldRegister({ ...env, protocol: 'http:' })).toBe(true);
    expect(shouldRegister({ ...env, prod: false })).toBe(false);
    expect(shouldRegister({ ...env, protocol: 'file:' })).toBe(false);
    expect(shouldRegister({ ...env, hasServiceWorker: false })).toBe(false);
  });
});
