/**
 * The offline copy of the app: registers the service worker (app/offline/sw.ts, built to
 * sw.js) in production builds served over http(s), and offers a new version when one is
 * waiting. A new version
 * never takes over by itself: only the reader's "Reload now" tells it to (skipWaiting), and
 * the page reloads once it has.
 */
import { useCallback, useEffect, useState } from 'react';
import { keepMessage, SKIP_WAITING, SW_FILE } from '../offline/rules.ts';

export { SKIP_WAITING };

/** Whether this page registers the service worker. */
export function shouldRegister(env: {
  prod: boolean;
  protocol: string;
  hasServiceWorker: boolean;
}): boolean {
  return (
    env.prod && env.hasServiceWorker && (env.protocol === 'http:' || env.protocol === 'https:')
  );
}

let registration: Promise<ServiceWorkerRegistration | null> | null = null;

/** Registers once per page; null where it is not registered or fails. */
function register(): Promise<ServiceWorkerRegistration | null> {
  registration ??= shouldRegister({
    // A production build; under a test runner (NODE_ENV=test) vite build leaves PROD false
    // but the mode is still "production". The dev server's mode is "development".
    prod: import.meta.env.PROD || import.meta.env.MODE === 'production',
    protocol: location.protocol,
    hasServiceWorker: typeof navigator !== 'undefined' && 'serviceWorker' in navigator,
  })
    ? navigator.serviceWorker.register(`./${SW_FILE}`, { updateViaCache: 'none' }).catch(() => null)
    : Promise.resolve(null);
  void registration.then((reg) => {
    if (reg) keepWhatWasFetched();
  });
  return registration;
}

/**
 * Once a service worker controls the page (at once on a later visit; when the first one
 * takes over on the first visit), tells it the files this page fetched before, so the
 * language and the country used on the first visit are kept for offline use too.
 */
function keepWhatWasFetched(): void {
  const send = () => {
    const fetched = performance.getEntriesByType('resource').map((e) => e.name);
    navigator.serviceWorker.controller?.postMessage(keepMessage(fetched));
  };
  if (navigator.serviceWorker.controller) send();
  else navigator.serviceWorker.addEventListener('controllerchange', send, { once: true });
}

/** A new version waiting, and what the reader can do about it. */
export interface AppUpdate {
  /** True when a new version is installed and waits. */
  ready: boolean;
  /** Lets the new version take over, then reloads the page. */
  reload: () => void;
  /** Hides the offer until the next new version (the page keeps running as it is). */
  dismiss: () => void;
}

export function useAppUpdate(): AppUpdate {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  const [dismissed, setDismissed] = useState<ServiceWorker | null>(null);

  useEffect(() => {
    let stopped = false;
    const offer = (worker: ServiceWorker | null) => {
      // A first install (no controller yet) is no update.
      if (!stopped && worker && navigator.serviceWorker.controller) setWaiting(worker);
    };
    void register().then((reg) => {
      if (!reg || stopped) return;
      offer(reg.waiting);
      reg.addEventListener('updatefound', () => {
        const incoming = reg.installing;
        incoming?.addEventListener('statechange', () => {
          if (incoming.state === 'installed') offer(incoming);
        });
      });
    });
    return () => {
      stopped = true;
    };
  }, []);

  const reload = useCallback(() => {
    if (!waiting) {
      location.reload();
      return;
    }
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
      once: true,
    });
    waiting.postMessage(SKIP_WAITING);
  }, [waiting]);

  return {
    ready: waiting !== null && waiting !== dismissed,
    reload,
    dismiss: () => setDismissed(waiting),
  };
}
