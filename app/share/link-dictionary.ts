/**
 * The preset dictionary of link format 1: the compact text of the built-in scenarios as
 * they were when the format was made (frozen copies in dictionary-v1/). Deflate may copy
 * from it as if it came before the link's own text, so a link of an example, or of a
 * scenario made from one, holds little more than what differs from it.
 *
 * Never change these files or their order: every link of format 1 needs exactly these
 * bytes to be read (tests/unit/share-codec.test.ts pins their SHA-256). A better
 * dictionary is a new link format, read beside this one.
 */
import exampleland from './dictionary-v1/exampleland.json';
import minimal from './dictionary-v1/minimal.json';
import newScenario from './dictionary-v1/new-scenario.json';
import { writeCompactJson } from './compact-json.ts';

let bytes: Uint8Array | null = null;

/** The dictionary's bytes (UTF-8), built on first use. The largest document comes last,
 *  nearest to the link's text, where deflate's 32 kB window reaches it best. */
export function linkDictionaryV1(): Uint8Array {
  bytes ??= new TextEncoder().encode(
    [minimal, newScenario, exampleland].map((doc) => writeCompactJson(doc)).join(''),
  );
  return bytes;
}
