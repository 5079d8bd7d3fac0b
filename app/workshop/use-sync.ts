/**
 * The two ends of the workshop channel (rules in ./sync.ts): the presenter sends its picture
 * on every change and to every projector that says hello; the projector says hello on start
 * and keeps the latest picture. Where BroadcastChannel is missing, nothing is sent.
 */
import { useEffect, useRef, useState } from 'react';
import {
  CHANNEL_NAME,
  INITIAL_PROJECTOR,
  presenterReceive,
  projectorReceive,
  readMessage,
  wantsPicture,
  windowId,
} from './sync.ts';
import type { ProjectorState, WorkshopMessage, WorkshopPicture } from './sync.ts';

const hasChannel = () => typeof BroadcastChannel !== 'undefined';

/** Sends `picture` to the projector windows; returns how many are open. */
export function usePresenterSync(picture: WorkshopPicture): number {
  const channel = useRef<BroadcastChannel | null>(null);
  const latest = useRef(picture);
  const seq = useRef(0);
  const [id] = useState(windowId);
  const [projectors, setProjectors] = useState<ReadonlySet<string>>(() => new Set());
  latest.current = picture;

  useEffect(() => {
    if (!hasChannel()) return;
    const ch = new BroadcastChannel(CHANNEL_NAME);
    channel.current = ch;
    const send = () => {
      const message: WorkshopMessage = {
        type: 'picture',
        from: 'presenter',
        id,
        seq: seq.current++,
        picture: latest.current,
      };
      ch.postMessage(message);
    };
    ch.onmessage = (event: MessageEvent) => {
      const message = readMessage(event.data);
      if (!message) return;
      setProjectors((old) => presenterReceive(old, message));
      if (wantsPicture(message)) send();
    };
    const bye = () =>
      ch.postMessage({ type: 'bye', from: 'presenter', id } satisfies WorkshopMessage);
    window.addEventListener('pagehide', bye);
    send();
    return () => {
      window.removeEventListener('pagehide', bye);
      ch.close();
      channel.current = null;
    };
  }, [id]);

  useEffect(() => {
    channel.current?.postMessage({
      type: 'picture',
      from: 'presenter',
      id,
      seq: seq.current++,
      picture,
    } satisfies WorkshopMessage);
  }, [id, picture]);

  return projectors.size;
}

/** The presenter's latest picture, asked for on start. */
export function useProjectorSync(): ProjectorState {
  const [state, setState] = useState<ProjectorState>(INITIAL_PROJECTOR);
  useEffect(() => {
    if (!hasChannel()) return;
    const id = windowId();
    const ch = new BroadcastChannel(CHANNEL_NAME);
    ch.onmessage = (event: MessageEvent) => {
      const message = readMessage(event.data);
      if (message) setState((old) => projectorReceive(old, message));
    };
    const bye = () =>
      ch.postMessage({ type: 'bye', from: 'projector', id } satisfies WorkshopMessage);
    window.addEventListener('pagehide', bye);
    ch.postMessage({ type: 'hello', from: 'projector', id } satisfies WorkshopMessage);
    return () => {
      window.removeEventListener('pagehide', bye);
      bye();
      ch.close();
    };
  }, []);
  return state;
}
