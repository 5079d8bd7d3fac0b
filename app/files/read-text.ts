/**
 * The text of a file a planner picks or drops. UTF-8 is expected; a byte order mark says
 * UTF-16 (Excel's "Unicode text"), and bytes that are not UTF-8 are read as Windows-1252
 * (older spreadsheets' CSV), so accented names survive either way.
 */

export function decodeBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export async function readFileText(file: Blob): Promise<string> {
  return decodeBytes(new Uint8Array(await file.arrayBuffer()));
}
