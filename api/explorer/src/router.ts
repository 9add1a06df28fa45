// History routing under /explore: every view is a URL, links are real <a href> elements (a click is
// turned into pushState, so back and forward work and a bookmarked URL opens the same view).
import { useEffect, useState } from 'preact/hooks';

export const base = '/explore';

export type Kind = 'person' | 'position' | 'body' | 'resolution' | 'event' | 'source';
export const kinds: Kind[] = ['person', 'position', 'body', 'resolution', 'event', 'source'];

export type Route =
  | { view: 'home' }
  | { view: 'search'; q: string }
  | { view: 'entity'; kind: Kind; id: string; on: string | null }
  | { view: 'path'; from: string; to: string }
  | { view: 'unknown'; path: string };

export function parse(location: { pathname: string; search: string }): Route {
  const params = new URLSearchParams(location.search);
  const path = location.pathname.replace(/\/+$/, '');
  if (path === base || path === '') return { view: 'home' };
  const rest = path.startsWith(base + '/') ? path.slice(base.length + 1) : null;
  if (rest === 'search') return { view: 'search', q: params.get('q') ?? '' };
  if (rest === 'path') return { view: 'path', from: params.get('from') ?? '', to: params.get('to') ?? '' };
  const match = rest ? /^([a-z]+)\/(.+)$/.exec(rest) : null;
  if (match && (kinds as string[]).includes(match[1])) {
    const kind = match[1] as Kind;
    let id = decodeURIComponent(match[2]);
    // Accept the short form too: /explore/person/dinh-tien-dung is person:dinh-tien-dung.
    if (!id.includes(':')) id = `${kind}:${id}`;
    return { view: 'entity', kind, id, on: params.get('on') };
  }
  return { view: 'unknown', path: location.pathname };
}

/** The kind of an entity from its type-prefixed id ("body:politburo" → body). */
export function kindOf(id: string): Kind | null {
  const prefix = id.split(':', 1)[0];
  return (kinds as string[]).includes(prefix) ? (prefix as Kind) : null;
}

const safe = (id: string) => encodeURIComponent(id).replace(/%3A/gi, ':');

export function entityHref(id: string, query?: Record<string, string | null | undefined>): string {
  const kind = kindOf(id) ?? 'person';
  return `${base}/${kind}/${safe(id)}${queryString(query)}`;
}

export function href(path: string, query?: Record<string, string | null | undefined>): string {
  return `${base}${path}${queryString(query)}`;
}

function queryString(query?: Record<string, string | null | undefined>): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value) params.set(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

const changed = 'explorer:navigate';

export function navigate(url: string, options: { replace?: boolean } = {}) {
  if (options.replace) history.replaceState({ inApp: true }, '', url);
  else history.pushState({ inApp: true }, '', url);
  window.dispatchEvent(new Event(changed));
}

/** The current route, following pushState (our links), popstate (back/forward) and replaceState through navigate. */
export function useRoute(): { route: Route; url: string } {
  const read = () => ({ route: parse(window.location), url: window.location.pathname + window.location.search });
  const [state, setState] = useState(read);
  useEffect(() => {
    const update = () => setState(read());
    window.addEventListener('popstate', update);
    window.addEventListener(changed, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(changed, update);
    };
  }, []);
  return state;
}

/** Plain clicks on links inside /explore stay in the app; modified clicks (new tab) and other links behave as usual. */
export function interceptLinks() {
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href, window.location.href);
    if (url.origin !== window.location.origin || !(url.pathname === base || url.pathname.startsWith(base + '/'))) return;
    if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) return; // in-page anchor
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  });
}
