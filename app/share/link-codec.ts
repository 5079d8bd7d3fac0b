/**
 * The scenario in a share link: the text after `#s=`. Pure and synchronous, for the
 * browser and Node alike. See docs/share-links.md.
 *
 * Format 1: `1.` + base64url(CRC-32 of the text, 4 bytes big-endian ‖ deflate-raw of the
 * text at level 9 with the format's preset dictionary), where the text is the UTF-8 of the
 * document's compact JSON (compact-json.ts). The whole document travels, seed and runs
 * included, so the link shows the same numbers anywhere.
 *
 * Decoding never throws: anything that is not a link of ours, or a damaged one, gets a
 * reason a planner can read. A decoded document is plain JSON data and has not yet been
 * checked as a scenario: that is parseScenario's job (see read-link.ts).
 */
import { deflateSync, Inflate } from 'fflate';
import { BadTagError, readCompactJson, writeCompactJson } from './compact-json.ts';
import { crc32, fromBase64Url, toBase64Url } from './link-bytes.ts';
import { linkDictionaryV1 } from './link-dictionary.ts';
import { tooLongText } from './link-texts.ts';
import { MAX_NESTING } from '../../model/scenario/limits.ts';
import { words, type Words } from '../shell/words.ts';

/** The link format this version writes. */
export const LINK_FORMAT = 1;
/** A decoded scenario larger than this is refused (a decompression bomb, not a scenario). */
export const MAX_DECODED_BYTES = 5 * 1024 * 1024;
/** Longer than any URL Chromium keeps (2 MiB): not a link that can have been opened. */
export const MAX_LINK_CHARS = 2 * 1024 * 1024;
/** How much of the compressed input is inflated at a time, so a bomb is stopped early. */
const INFLATE_STEP = 1024;
const CRC_BYTES = 4;

/** A decoded link's document, or why there is none (a message to say, share.json). */
export type LinkDecodeResult = { ok: true; document: unknown } | { ok: false; reason: Words };

export const LINK_REASONS = {
  empty: words('share.link.empty'),
  foreign: words('share.link.foreign'),
  newer: (format: number) => words('share.link.newer', { format: String(format) }),
  unknown: (format: string) => words('share.link.unknown', { format }),
  tooLong: words('share.link.tooLong'),
  damaged: words('share.link.damaged'),
  bomb: words('share.link.bomb'),
  notJson: words('share.link.notJson'),
  tooDeep: words('share.link.tooDeep', { levels: String(MAX_NESTING) }),
  textTooLong: (label: Words, path: string | Words, length: number, max: number) =>
    words('share.link.textTooLong', { label, path, length, max }),
} as const;

const fail = (reason: Words): LinkDecodeResult => ({ ok: false, reason });

/**
 * The link text of a document (what follows `#s=`). The document must be JSON data;
 * throws for a big integer or a value nested past 200 levels.
 */
export function encodeScenarioLink(document: unknown): string {
  const text = new TextEncoder().encode(writeCompactJson(document));
  const packed = deflateSync(text, { level: 9, dictionary: linkDictionaryV1() });
  const bytes = new Uint8Array(CRC_BYTES + packed.length);
  new DataView(bytes.buffer).setUint32(0, crc32(text));
  bytes.set(packed, CRC_BYTES);
  return `${LINK_FORMAT}.${toBase64Url(bytes)}`;
}

class TooLarge extends Error {}

/** Inflates `packed` with the format's dictionary; throws TooLarge past the limit. */
function inflateLimited(packed: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate({ dictionary: linkDictionaryV1() });
  inflater.ondata = (chunk) => {
    total += chunk.length;
    if (total > MAX_DECODED_BYTES) throw new TooLarge();
    chunks.push(chunk);
  };
  if (packed.length === 0) throw new Error('no data');
  for (let i = 0; i < packed.length; i += INFLATE_STEP) {
    const end = Math.min(i + INFLATE_STEP, packed.length);
    inflater.push(packed.subarray(i, end), end === packed.length);
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const chunk of chunks) {
    out.set(chunk, o);
    o += chunk.length;
  }
  return out;
}

function decodeFormat1(body: string): LinkDecodeResult {
  const bytes = fromBase64Url(body);
  if (!bytes || bytes.length <= CRC_BYTES) return fail(LINK_REASONS.damaged);
  const expected = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0);
  let text: Uint8Array;
  try {
    text = inflateLimited(bytes.subarray(CRC_BYTES));
  } catch (error) {
    return fail(error instanceof TooLarge ? LINK_REASONS.bomb : LINK_REASONS.damaged);
  }
  if (crc32(text) !== expected) return fail(LINK_REASONS.damaged);
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(text);
  } catch {
    return fail(LINK_REASONS.notJson);
  }
  // Before the reader (its reviver recurses): the same nesting limit as a file's.
  if (nestingDeeperThan(json, MAX_NESTING)) return fail(LINK_REASONS.tooDeep);
  let document: unknown;
  try {
    document = readCompactJson(json);
  } catch (error) {
    return fail(error instanceof BadTagError ? LINK_REASONS.damaged : LINK_REASONS.notJson);
  }
  // Before anything heavy (the parse, the page): a text longer than a scenario allows.
  const long = tooLongText(document);
  if (long) return fail(LINK_REASONS.textTooLong(long.label, long.path, long.length, long.max));
  return { ok: true, document };
}

/** Whether JSON text nests objects and lists deeper than `max` (brackets inside strings are
 *  not counted). */
export function nestingDeeperThan(json: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** Characters that are not part of a link but come with one: whitespace, and the invisible
 *  ones a mail client or word processor may insert (zero-width spaces, soft hyphens). */
const IGNORED = /[\s\u00ad\u180e\u200b-\u200d\u2060\ufeff]+/g;

/**
 * `value` with its percent-escapes decoded (`%20`, `%0A`, `%C2%A0` …). Base64url has no `%`,
 * so every escape is one the browser or a mail client added. An escape that does not decode
 * (a stray `%`, a character cut in two) is kept as it is; the rest of the text still decodes.
 */
function percentDecoded(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value.replace(/(?:%[0-9A-Fa-f]{2})+/g, decodeEscapes);
  }
}

/** A run of escapes, one UTF-8 character at a time; escapes that make none are kept. */
function decodeEscapes(run: string): string {
  let out = '';
  for (let i = 0; i < run.length;) {
    const lead = parseInt(run.slice(i + 1, i + 3), 16);
    const size =
      lead < 0x80 ? 1 : lead < 0xc2 ? 0 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : lead < 0xf5 ? 4 : 0;
    if (size > 0) {
      try {
        out += decodeURIComponent(run.slice(i, i + 3 * size));
        i += 3 * size;
        continue;
      } catch {
        // not a whole character: this escape is kept
      }
    }
    out += run.slice(i, i + 3);
    i += 3;
  }
  return out;
}

/** Whitespace of one byte, percent-escaped: tab, line feed, vertical tab, form feed, CR, space. */
const SPACE_ESCAPES = /%(?:09|0a|0b|0c|0d|20)/gi;

/**
 * The link text as written by the encoder: percent-escapes decoded, whitespace dropped. A
 * line break may even fall inside an escape (`%E2` `%0A` `%80%8B`, or `%2` `%0A` `0`):
 * dropping it makes a new escape, so the steps are repeated until nothing changes (a few
 * times at most).
 */
export function cleanLinkText(value: string): string {
  let text = value;
  for (let round = 0; round < 8; round++) {
    let next = text.replace(IGNORED, '').replace(SPACE_ESCAPES, '');
    if (next.includes('%')) next = percentDecoded(next).replace(IGNORED, '');
    if (next === text) break;
    text = next;
  }
  return text;
}

/** The document in a link's text (what follows `#s=`), or why there is none. Never throws. */
export function decodeScenarioLink(value: unknown): LinkDecodeResult {
  try {
    if (typeof value !== 'string') return fail(LINK_REASONS.empty);
    if (value.length > MAX_LINK_CHARS) return fail(LINK_REASONS.tooLong);
    // A link broken over lines in an e-mail comes back with spaces or line breaks in it,
    // and a browser writes a space in the address as `%20`.
    const text = cleanLinkText(value);
    if (text === '') return fail(LINK_REASONS.empty);
    const match = /^(\d{1,6})\.(.*)$/s.exec(text);
    if (!match) return fail(LINK_REASONS.foreign);
    const format = Number(match[1]);
    if (format > LINK_FORMAT) return fail(LINK_REASONS.newer(format));
    if (format !== LINK_FORMAT) return fail(LINK_REASONS.unknown(match[1]));
    return decodeFormat1(match[2]);
  } catch {
    // Not reached by any input we know of; a reason is still better than an exception.
    return fail(LINK_REASONS.damaged);
  }
}
