import { describe, expect, it } from 'vitest';
import { keepPrecached, precacheFiles } from '../../app/offline/precache.ts';
import {
  answerOf,
  isSkipWaiting,
  keepMessage,
  keptUrls,
  ON_DEMAND_CACHE,
  SKIP_WAITING,
  staleCaches,
  toKeep,
} from '../../app/offline/rules.ts';
import { shouldRegister } from '../../app/workshop/sw-register.ts';
import { languageChunk } from '../../app/offline/plugin.ts';

const built = (fileName: string, onDemand = false) => ({ fileName, onDemand });

describe('the offline copy: what is precached', () => {
  it('precaches every built file but source maps and the service worker, index.html first', () => {
    expect(
      precacheFiles([
        built('assets/index-abc.js'),
        built('assets/index-abc.js.map'),
        built('index.html'),
        built('assets/hwf-123.wasm'),
        built('assets/sim.worker-9.js'),
        built('sw.js'),
        built('sw.js.map'),
        built('assets/index-def.css'),
        built('assets/index-abc.js'),
      ]),
    ).toEqual([
      'index.html',
      'assets/hwf-123.wasm',
      'assets/index-abc.js',
      'assets/index-def.css',
      'assets/sim.worker-9.js',
    ]);
  });

  it('leaves out what is loaded on demand (a country’s population data, a catalogue)', () => {
    expect(
      precacheFiles([
        built('index.html'),
        built('assets/index-a.js'),
        built('assets/it-b.js', true),
        built('assets/fr-c.js', true),
      ]),
    ).toEqual(['index.html', 'assets/index-a.js']);
  });

  it('cuts Workbox’s manifest down to the list, in its order, and names what is missing', () => {
    const entries = [
      { url: 'assets/index-a.js', revision: null, size: 10 },
      { url: '_headers', revision: 'h', size: 1 },
      { url: 'assets/it-b.js', revision: null, size: 5 },
      { url: 'index.html', revision: 'r1', size: 2 },
      { url: 'assets/index-a.js.map', revision: null, size: 20 },
    ];
    expect(keepPrecached(entries, ['index.html', 'assets/index-a.js'])).toEqual({
      manifest: [entries[3], entries[0]],
      warnings: [],
    });
    expect(keepPrecached(entries, ['index.html', 'assets/x.css']).warnings).toEqual([
      'offline copy: assets/x.css is not in the output folder',
    ]);
  });
});

describe('the offline copy: how the service worker answers', () => {
  const scope = 'https://host.example/lab/';
  const get = (url: string, mode = 'cors') => ({ method: 'GET', mode, url });

  it('answers every page of the app with index.html', () => {
    expect(answerOf(get(scope, 'navigate'), scope)).toBe('index');
    expect(answerOf(get(`${scope}?view=projector`, 'navigate'), scope)).toBe('index');
    expect(answerOf(get(`${scope}index.html#s=abc`, 'navigate'), scope)).toBe('index');
    // Even where the address is a built file.
    expect(answerOf(get(`${scope}assets/index-a.js`, 'navigate'), scope)).toBe('index');
  });

  it('fetches built files under assets/ network first, with a kept copy', () => {
    expect(answerOf(get(`${scope}assets/it-b.js`), scope)).toBe('on-demand');
    expect(answerOf(get(`${scope}assets/fr-c.json`, 'same-origin'), scope)).toBe('on-demand');
  });

  it('leaves anything else to the browser', () => {
    expect(answerOf(get(`${scope}_headers`), scope)).toBe('network');
    expect(answerOf(get(`${scope}sw.js`), scope)).toBe('network');
    expect(answerOf(get('https://host.example/other/assets/a.js'), scope)).toBe('network');
    expect(answerOf(get('https://cdn.example/lab/assets/a.js'), scope)).toBe('network');
    expect(answerOf({ method: 'POST', mode: 'cors', url: `${scope}assets/a.js` }, scope)).toBe(
      'network',
    );
    expect(answerOf({ method: 'POST', mode: 'navigate', url: scope }, scope)).toBe('network');
  });

  it('deletes the hand-kept service worker’s caches on taking over, never the on-demand one', () => {
    expect(
      staleCaches([
        'hwf-u4dkue7zzxn',
        ON_DEMAND_CACHE,
        'workbox-precache-v2-https://host.example/lab/',
        'hwf-1a2b3c',
        'other',
      ]),
    ).toEqual(['hwf-u4dkue7zzxn', 'hwf-1a2b3c']);
  });

  it('takes over only on the skip-waiting message', () => {
    expect(isSkipWaiting(SKIP_WAITING)).toBe(true);
    expect(isSkipWaiting({ type: 'skip-waiting' })).toBe(true);
    expect(isSkipWaiting({ type: 'SKIP_WAITING' })).toBe(false);
    expect(isSkipWaiting('skip-waiting')).toBe(false);
    expect(isSkipWaiting(null)).toBe(false);
  });
});

describe('the offline copy: what the first visit fetched, kept once a worker controls it', () => {
  const scope = 'https://example.org/hwf/';
  const precached = new Set([`${scope}assets/index-abc.js`]);
  const isPrecached = (url: string) => precached.has(url);

  it('keeps the built files on demand that are not precached, each once, without "#"', () => {
    expect(
      toKeep(
        [
          `${scope}assets/index-abc.js`,
          `${scope}assets/lang-it-1.js`,
          `${scope}assets/lang-it-1.js#x`,
          `${scope}assets/mt-9.js`,
          `${scope}index.html`,
          'https://other.example/assets/lang-it-1.js',
          `${scope}sw.js`,
          'not a url at all :::',
        ],
        scope,
        isPrecached,
      ),
    ).toEqual([`${scope}assets/lang-it-1.js`, `${scope}assets/mt-9.js`]);
  });

  it('reads the page’s message back, and nothing else as one', () => {
    const urls = [`${scope}assets/lang-it-1.js`];
    expect(keptUrls(keepMessage(urls))).toEqual(urls);
    expect(keptUrls(structuredClone(keepMessage(urls)))).toEqual(urls);
    expect(keptUrls({ type: 'keep', urls: [1, 'a', null] })).toEqual(['a']);
    for (const other of [SKIP_WAITING, null, 'keep', { type: 'keep' }, { urls }]) {
      expect(keptUrls(other)).toBeNull();
    }
    expect(isSkipWaiting(keepMessage(urls))).toBe(false);
  });
});

describe('the offline copy: a language is a chunk of its own, never precached', () => {
  it('groups a catalogue’s files by language, English aside', () => {
    expect(languageChunk('/repo/app/i18n/messages/it/charts.json')).toBe('lang-it');
    expect(languageChunk('C:\\repo\\app\\i18n\\messages\\pl\\app.json')).toBe('lang-pl');
    expect(languageChunk('/repo/app/i18n/messages/en/charts.json')).toBeNull();
    expect(languageChunk('/repo/app/i18n/translate.ts')).toBeNull();
    expect(languageChunk('/repo/app/data/population/it.json')).toBeNull();
  });
});

describe('the offline copy: registration', () => {
  it('registers only in a production build served over http(s)', () => {
    const env = { prod: true, protocol: 'https:', hasServiceWorker: true };
    expect(shouldRegister(env)).toBe(true);
    expect(shouldRegister({ ...env, protocol: 'http:' })).toBe(true);
    expect(shouldRegister({ ...env, prod: false })).toBe(false);
    expect(shouldRegister({ ...env, protocol: 'file:' })).toBe(false);
    expect(shouldRegister({ ...env, hasServiceWorker: false })).toBe(false);
  });
});
