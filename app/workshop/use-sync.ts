/**
 * The two ends of the workshop channel (rules in ./sync.ts): the presenter sends its picture
 * once on start, to every projector that says hello, and on every change while a projector
 * is open (a picture holds a whole result: cloning it for nobody would stall the page of a
 * big scenario); the projector says hello on start and to a presenter it has not met yet
 * (a presenter page reloaded), and keeps the latest picture. Where BroadcastChannel is
 * missing, nothing is sent.
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
  const anyProjector = useRef(false);
  latest.current = picture;
  anyProjector.current = projectors.size > 0;

  useEffect(() => {
    if (!hasChannel()) return;
    const ch = new BroadcastChannel(CHANNEL_NAME);
    const known = new Set<string>();
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
      // A projector it knows already (one that met this presenter late) has the picture.
      if (wantsPicture(message) && !known.has(message.id)) send();
      if (message.from === 'projector') {
        if (message.type === 'hello') known.add(message.id);
        else known.delete(message.id);
      }
      setProjectors((old) => presenterReceive(old, message));
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
    if (!anyProjector.current) return;
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
    const met = new Set<string>();
    ch.onmessage = (event: MessageEvent) => {
      const message = readMessage(event.data);
      if (!message) return;
      if (message.from === 'presenter' && message.type === 'picture' && !met.has(message.id)) {
        // A presenter that started after this window: say hello so it keeps sending.
        met.add(message.id);
        ch.postMessage({ type: 'hello', from: 'projector', id } satisfies WorkshopMessage);
      }
      setState((old) => projectorReceive(old, message));
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
