import { useEffect, useState } from 'preact/hooks';

export type Loaded<T> = { state: 'loading' } | { state: 'ok'; data: T } | { state: 'error'; error: unknown };

/** Runs `load` whenever `deps` change; an answer that arrives after the next change is dropped. */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setLoaded({ state: 'loading' });
    load(controller.signal).then(
      (data) => controller.signal.aborted || setLoaded({ state: 'ok', data }),
      (error: unknown) => controller.signal.aborted || setLoaded({ state: 'error', error }),
    );
    return () => controller.abort();
  }, deps);
  return loaded;
}
