/**
 * Tabs of the app tell each other about changes to the library over a BroadcastChannel, so
 * their lists stay current and a draft learns that its saved scenario moved on elsewhere.
 * Messages from other tabs are checked like any outside data.
 */
import { isPlainObject } from './records.ts';

export const CHANNEL_NAME = 'hwf-scenario-lab-library';

export type TabMessage =
  /** A saved scenario got a new revision. */
  | { kind: 'saved'; id: string; revision: number; writer: string }
  /** The list changed otherwise (renamed, duplicated, deleted, put back). */
  | { kind: 'changed'; writer: string }
  /** A tab opened the database at this schema version. */
  | { kind: 'schema'; version: number; writer: string };

/** A message from another tab, or null when it is not one of ours. */
export function readTabMessage(data: unknown): TabMessage | null {
  if (!isPlainObject(data) || typeof data.writer !== 'string') return null;
  const { kind, writer } = data;
  if (kind === 'changed') return { kind, writer };
  if (kind === 'saved' && typeof data.id === 'string' && Number.isSafeInteger(data.revision)) {
    return { kind, id: data.id, revision: data.revision as number, writer };
  }
  if (kind === 'schema' && Number.isSafeInteger(data.version)) {
    return { kind, version: data.version as number, writer };
  }
  return null;
}

export interface TabChannel {
  post(message: TabMessage): void;
  close(): void;
}

/** The channel, or null where BroadcastChannel is missing (then lists refresh on use only). */
export function openTabChannel(onMessage: (message: TabMessage) => void): TabChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = readTabMessage(event.data);
    if (message) onMessage(message);
  };
  return {
    post(message) {
      try {
        channel.postMessage(message);
      } catch {
        // A closed channel (the page is going away): the other tabs refresh on their next use.
      }
    },
    close: () => channel.close(),
  };
}
