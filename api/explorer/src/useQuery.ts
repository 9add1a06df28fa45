import { useEffect, useState } from 'preact/hooks';
import { ApiUnreachable, graphql } from './api';

export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'ok'; data: T }
  | { status: 'failed'; messages: string[] }
  | { status: 'unreachable'; attempt: number; retryInSeconds: number };

// Backoff while the API is unreachable: 1, 2, 4, then every 5 seconds; also at once when the browser says it is online.
const delays = [1, 2, 4, 5];

/**
 * Runs the query when its key changes; while the API cannot be reached, retries by itself until it answers.
 * What it returns always belongs to the current query and variables: on the render right after they change (before
 * the new request has even started) the answer to the previous ones is not passed off as this one's, it is loading.
 */
export function useQuery<T>(query: string, variables: Record<string, unknown>): QueryState<T> {
  const key = JSON.stringify([query, variables]);
  const [held, setHeld] = useState<{ key: string; state: QueryState<T> }>({ key, state: { status: 'loading' } });

  useEffect(() => {
    const abort = new AbortController();
    let timer: number | undefined;
    let attempt = 0;
    const setState = (state: QueryState<T>) => setHeld({ key, state });
    setState({ status: 'loading' });

    const run = async () => {
      window.clearTimeout(timer);
      try {
        const data = await graphql<T>(query, variables, abort.signal);
        if (!abort.signal.aborted) setState({ status: 'ok', data });
      } catch (error) {
        if (abort.signal.aborted) return;
        if (error instanceof ApiUnreachable) {
          const seconds = delays[Math.min(attempt, delays.length - 1)];
          attempt += 1;
          setState({ status: 'unreachable', attempt, retryInSeconds: seconds });
          timer = window.setTimeout(run, seconds * 1000);
        } else {
          const messages = (error as { messages?: string[] }).messages ?? [String(error)];
          setState({ status: 'failed', messages });
        }
      }
    };
    const online = () => { if (attempt > 0) void run(); };
    window.addEventListener('online', online);
    void run();
    return () => {
      abort.abort();
      window.clearTimeout(timer);
      window.removeEventListener('online', online);
    };
  }, [key]);

  return held.key === key ? held.state : { status: 'loading' };
}
