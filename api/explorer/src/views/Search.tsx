import { useRef } from 'preact/hooks';
import { resolutionName, EntityLink, Gloss, Page, Pending } from '../components/common';
import { useT } from '../i18n';
import { useQuery } from '../useQuery';

// One request, five aliased root fields: the contract has a search argument per kind, not one across kinds.
const query = `query Search($q: String!, $first: Int!) {
  people(search: $q, first: $first) { totalCount nodes { id name aliases } }
  positions(search: $q, first: $first) { totalCount nodes { id title titleEn body { name } } }
  bodies(search: $q, first: $first) { totalCount nodes { id name nameEn abbreviation kind } }
  resolutions(search: $q, first: $first) { totalCount nodes { id code title issuedOn aliases } }
  events(search: $q, first: $first) { totalCount nodes { id title date kind } }
}`;

type Conn<T> = { totalCount: number; nodes: T[] };
type Data = {
  people: Conn<{ id: string; name: string; aliases: string[] }>;
  positions: Conn<{ id: string; title: string; titleEn: string | null; body: { name: string } | null }>;
  bodies: Conn<{ id: string; name: string; nameEn: string | null; abbreviation: string | null; kind: string }>;
  resolutions: Conn<{ id: string; code: string | null; title: string | null; issuedOn: string | null; aliases: string[] }>;
  events: Conn<{ id: string; title: string; date: string | null; kind: string }>;
};

export const examples = ['dinh tien dung', '15-NQ/TW', 'bi thu thanh uy', 'ha noi', 'hoi nghi'];

export function Search({ q }: { q: string }) {
  const t = useT();
  const term = q.trim();
  return (
    <Page title={term ? `${t('searchTitle')}: ${term}` : t('searchTitle')}>
      {term ? <Results q={term} /> : <Hint />}
    </Page>
  );
}

function Hint() {
  const t = useT();
  return (
    <p>
      {t('searchHint')} {t('tryThese')}:{' '}
      {examples.map((e, i) => <>{i > 0 ? ', ' : ''}<a href={`/explore/search?q=${encodeURIComponent(e)}`}>{e}</a></>)}
    </p>
  );
}

function Results({ q }: { q: string }) {
  const t = useT();
  const state = useQuery<Data>(query, { q, first: 8 });
  // The previous answer stays on screen while the next one is on its way.
  const last = useRef<{ q: string; data: Data } | null>(null);
  if (state.status === 'ok') last.current = { q, data: state.data };
  if (state.status !== 'ok' && !(state.status === 'loading' && last.current)) return <Pending state={state} />;
  const shown = last.current!;
  const d = shown.data;
  const total = d.people.totalCount + d.positions.totalCount + d.bodies.totalCount + d.resolutions.totalCount + d.events.totalCount;
  return (
    <div class="results" data-results-for={state.status === 'ok' ? q : undefined} aria-busy={state.status !== 'ok'}>
      <p role="status">{total} {t('results')}</p>
      {total === 0 ? <p>{t('noResults')} “{shown.q}”.</p> : null}
      <Group title={t('people')} conn={d.people} render={(p) => <><EntityLink id={p.id}>{p.name}</EntityLink>{p.aliases.length ? <span class="muted"> ({p.aliases.join(', ')})</span> : null}</>} />
      <Group title={t('positions')} conn={d.positions} render={(p) => <><EntityLink id={p.id}><Gloss vi={p.title} en={p.titleEn} /></EntityLink>{p.body ? <span class="muted" lang="vi"> — {p.body.name}</span> : null}</>} />
      <Group title={t('bodies')} conn={d.bodies} render={(b) => <><EntityLink id={b.id}><Gloss vi={b.name} en={b.nameEn} /></EntityLink>{b.abbreviation ? <span class="muted"> ({b.abbreviation})</span> : null}<span class="muted"> · {t.enumLabel(b.kind)}</span></>} />
      <Group title={t('resolutions')} conn={d.resolutions} render={(r) => <><EntityLink id={r.id}>{resolutionName(r)}</EntityLink>{r.title && r.title !== resolutionName(r) ? <span lang="vi"> {r.title}</span> : null}{r.issuedOn ? <span class="muted"> ({r.issuedOn})</span> : null}</>} />
      <Group title={t('events')} conn={d.events} render={(e) => <><EntityLink id={e.id}><span lang="vi">{e.title}</span></EntityLink>{e.date ? <span class="muted"> ({e.date})</span> : null}</>} />
    </div>
  );
}

function Group<T extends { id: string }>({ title, conn, render }: { title: string; conn: Conn<T>; render: (item: T) => preact.ComponentChildren }) {
  const t = useT();
  if (conn.totalCount === 0) return null;
  return (
    <section class="result-group">
      <h2>{title} <span class="count">({conn.nodes.length < conn.totalCount ? `${t('showing')} ${conn.nodes.length} / ` : ''}{conn.totalCount})</span></h2>
      <ul>{conn.nodes.map((n) => <li key={n.id}>{render(n)}</li>)}</ul>
    </section>
  );
}
