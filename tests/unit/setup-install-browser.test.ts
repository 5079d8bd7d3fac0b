/** A fresh machine: `npm test` installs what is missing, and the browser tests say plainly
 *  which Chromium they drive or what to install. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEY_FILES, installNeeded } from '../../scripts/ensure-installed.mjs';
import { CHROMIUM_CANDIDATES, findChromium } from '../helpers/browser.ts';

const ALL = ['node_modules', 'package-lock.json', ...KEY_FILES];

describe('installNeeded', () => {
  it('installs nothing when node_modules and every key package are there', () => {
    expect(installNeeded((p) => ALL.includes(p))).toBeNull();
  });

  it('runs npm ci on a fresh clone, npm install without a lock file', () => {
    expect(installNeeded((p) => p === 'package-lock.json')).toEqual(['ci']);
    expect(installNeeded(() => false)).toEqual(['install']);
  });

  it('installs when the assembler (asc) or vitest is missing from node_modules', () => {
    const without = (file: string) => (p: string) => ALL.includes(p) && p !== file;
    expect(installNeeded(without('node_modules/assemblyscript/package.json'))).toEqual(['ci']);
    expect(installNeeded(without('node_modules/vitest/package.json'))).toEqual(['ci']);
  });

  it('installs exactly when some needed path is missing (any subset)', () => {
    fc.assert(
      fc.property(fc.subarray(ALL), (present) => {
        const args = installNeeded((p) => present.includes(p));
        const complete = ['node_modules', ...KEY_FILES].every((p) => present.includes(p));
        expect(args).toEqual(
          complete ? null : present.includes('package-lock.json') ? ['ci'] : ['install'],
        );
      }),
    );
  });
});

describe('findChromium', () => {
  it('uses the executable CHROMIUM_PATH names', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome/chrome' }, () => true)).toEqual({
      path: '/opt/chrome/chrome',
    });
  });

  it('says when CHROMIUM_PATH names nothing', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/none' }, () => false)).toEqual({
      message:
        'CHROMIUM_PATH is set to /opt/none, but there is no file there. Set it to the path of a Chromium or Google Chrome executable, or unset it to use the system Chromium.',
    });
  });

  it('takes the first system browser that exists', () => {
    expect(findChromium({}, (p) => p === '/usr/bin/google-chrome')).toEqual({
      path: '/usr/bin/google-chrome',
    });
    expect(findChromium({ CHROMIUM_PATH: ' ' }, (p) => p === CHROMIUM_CANDIDATES[0])).toEqual({
      path: '/usr/bin/chromium',
    });
  });

  it('without any, says what to install and which variable to set', () => {
    const found = findChromium({}, () => false);
    expect('message' in found && found.message).toBe(
      'The browser tests need Chromium, and none was found (looked at ' +
        CHROMIUM_CANDIDATES.join(', ') +
        '). Install it (Debian and Ubuntu: apt-get install chromium; Fedora: dnf install chromium; macOS: brew install --cask chromium), or set CHROMIUM_PATH to a Chromium or Google Chrome executable: CHROMIUM_PATH=/path/to/chrome npm test.',
    );
  });
});
