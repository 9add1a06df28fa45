import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { entityHref } from '../router';
import { useT } from '../i18n';
import type { QueryState } from '../useQuery';

/** A Vietnamese label with its English gloss beside it, when the data has one. */
export function Gloss({ vi, en }: { vi: string; en?: string | null }) {
  return (
    <span class="gloss">
      <span lang="vi">{vi}</span>
      {en && en !== vi ? <span class="en" lang="en"> · {en}</span> : null}
    </span>
  );
}

export function EntityLink({ id, children }: { id: string; children: ComponentChildren }) {
  return <a href={entityHref(id)}>{children}</a>;
}

export type Quote = { quote: string; source: { id: string; title: string; publishedOn?: string | null } };

/** Verbatim quotes with their source, in the page (a <details> the keyboard can open), never fetched on hover. */
export function Evidence({ evidence, open = false }: { evidence: Quote[]; open?: boolean }) {
  const t = useT();
  if (evidence.length === 0) return null;
  return (
    <details class="evidence" open={open}>
      <summary>{t('evidence')}: {evidence.length} {t('quotes')}</summary>
      <ul>
        {evidence.map((e, i) => (
          <li key={i}>
            <blockquote lang="vi">“{e.quote}”</blockquote>
            <cite>
              <a href={entityHref(e.source.id)} lang="vi">{e.source.title}</a>
              {e.source.publishedOn ? <> ({e.source.publishedOn})</> : null}
            </cite>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** from–to of a tenure: stated dates where known, else "not stated"; attested dates listed apart. */
export function Span({ from, to }: { from?: string | null; to?: string | null }) {
  const t = useT();
  return (
    <span class="span">
      {from ?? <em>{t('notStated')}</em>} – {to ?? <em>{t('notStated')}</em>}
    </span>
  );
}

export function Page({ title, kind, children }: { title: string; kind?: string; children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · PolityGraph`;
    // After a navigation within the app the keyboard and screen readers start at the new view's heading
    // (not on the first load, where the browser's own start is expected).
    if (history.state?.inApp && (document.activeElement === document.body || document.activeElement?.closest('main'))) heading.current?.focus();
  }, [title]);
  return (
    <article class="page">
      {kind ? <p class="kind">{kind}</p> : null}
      <h1 tabIndex={-1} ref={heading}>{title}</h1>
      {children}
    </article>
  );
}

export function Section({ title, children, id }: { title: string; children: ComponentChildren; id?: string }) {
  return (
    <section aria-labelledby={id ? `${id}-h` : undefined}>
      <h2 id={id ? `${id}-h` : undefined}>{title}</h2>
      {children}
    </section>
  );
}

export function NotFound({ id }: { id: string }) {
  const t = useT();
  return (
    <Page title={t('notFound')}>
      <p class="notice" role="alert">{t('notFoundId')} <code>{id}</code>.</p>
      <p><a href="/explore/search">{t('backToSearch')}</a></p>
    </Page>
  );
}

/** The states every view shares: loading, API unreachable (retrying by itself), GraphQL errors. */
export function Pending({ state }: { state: QueryState<unknown> }) {
  const t = useT();
  switch (state.status) {
    case 'loading':
      return <p class="status" role="status">{t('loading')}</p>;
    case 'unreachable':
      return (
        <div class="notice down" role="alert" data-testid="api-down">
          <strong>{t('unreachable')}</strong> {t('retrying')} <Countdown key={state.attempt} seconds={state.retryInSeconds} /> {t('seconds')} ({t('attempt')} {state.attempt}).
        </div>
      );
    case 'failed':
      return (
        <div class="notice" role="alert">
          <strong>{t('failed')}:</strong> {state.messages.join('; ')}
        </div>
      );
    default:
      return null;
  }
}

function Countdown({ seconds }: { seconds: number }) {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    const timer = window.setInterval(() => setLeft((s) => Math.max(0, s - 1)), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return <span>{left}</span>;
}

export const byDate = (a?: string | null, b?: string | null) => (a ?? '9999').localeCompare(b ?? '9999');

/** A resolution as analysts name it: its code, else its title, else the name the sources use. */
export const resolutionName = (r: { id: string; code?: string | null; title?: string | null; aliases?: string[] }) =>
  r.code ?? r.title ?? r.aliases?.[0] ?? r.id;
