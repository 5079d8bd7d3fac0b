/**
 * A Worker look-alike for pool tests in Node: the worker's side of a MessageChannel, where
 * a subclass exposes its API with Comlink. Its `init` can hold the liveness lock as the
 * real worker does (workers/worker-slot.ts), where Node has Web Locks.
 */
import { expose } from 'comlink';

export class ChannelWorker extends EventTarget {
  /** The worker's end of the channel. */
  protected readonly workerPort: MessagePort;
  private readonly port: MessagePort;
  private release = () => {};

  constructor() {
    super();
    const { port1, port2 } = new MessageChannel();
    port1.addEventListener('message', (e: MessageEvent<unknown>) =>
      this.dispatchEvent(new MessageEvent('message', { data: e.data })),
    );
    port1.start();
    this.port = port1;
    this.workerPort = port2;
  }

  /** Answers calls with `api` (call at the end of the subclass's constructor). */
  protected serve(api: object): void {
    expose(api, this.workerPort);
  }

  /** Holds the named liveness lock until the worker goes away. */
  protected async holdLivenessLock(name: string | undefined): Promise<void> {
    const locks = (globalThis as { navigator?: Navigator }).navigator?.locks;
    if (!name || !locks) return;
    await new Promise<void>((held) => {
      void locks.request(name, () => {
        held();
        return new Promise<void>((release) => (this.release = release));
      });
    });
  }

  /** The worker stops by itself: its end closes and its lock is let go. */
  protected vanish(): void {
    this.workerPort.close();
    this.release();
  }

  postMessage(data: unknown, transfer?: Transferable[]): void {
    this.port.postMessage(data, (transfer ?? []) as never);
  }

  terminate(): void {
    this.port.close();
    this.release();
  }
}
