/**
 * Lets the event loop run (input, paint, timers) between chunks of work on this thread.
 * A message to a fresh channel is not clamped like nested timers are (4 ms after five
 * levels), so a long run of short chunks is not slowed down.
 */
export function yieldToEventLoop(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((done) => setTimeout(done, 0));
  return new Promise((done) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      done();
    };
    port2.postMessage(null);
  });
}
