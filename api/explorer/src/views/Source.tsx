import { useEffect, useState } from 'preact/hooks';
import { EntityLink, Gloss, NotFound, Page, Pending, Section } from '../components/common';
import { ApiUnreachable, graphql } from '../api';
import { useT } from '../i18n';
import { entityHref } from '../router';
import { useQuery } from '../useQuery';

const query = `query Source($id: ID!) { source(id: $id) { id title publisher publishedOn text } }`;

// The contract has no field from a source back to the facts quoting it (evidence lives on tenures and
// participations), so the page reads the evidence of every person, a page at a time, keeping this source's.
const scanQuery = `query SourceFacts($after: String) {
  people(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id name
      tenures { position { id title titleEn } evidence { quote source { id } } }
      participations { role event { id title } evidence { quote source { id } } }
    }
  }
}`;

type Data = { source: { id: string; title: string; publisher: string | null; publishedOn: string | null; text: string } | null };
type ScanPage = {
  people: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: {
      id: string; name: string;
      tenures: { position: { id: string; title: string; titleEn: string | null }; evidence: { quote: string; source: { id: string } }[] }[];
      participations: { role: string; event: { id: string; title: string }; evidence: { quote: string; source: { id: string } }[] }[];
    }[];
  };
};

export type Fact = { key: string; quote: string; person: { id: string; name: string }; href: string; tenure?: { id: string; title: string; titleEn: string | null }; participation?: { role: string; event: { id: string; title: string } } };

function useFactsQuoting(sourceId: string) {
  const [state, setState] = useState<{ facts: Fact[]; done: boolean; down: boolean }>({ facts: [], done: false, down: false });
  useEffect(() => {
    const abort = new AbortController();
    let timer: number | undefined;
    const facts: Fact[] = [];
    setState({ facts: [], done: false, down: false });
    const step = async (after: string | null) => {
      try {
        const page = await graphql<ScanPage>(scanQuery, { after }, abort.signal);
        for (const person of page.people.nodes) {
          const who = { id: person.id, name: person.name };
          for (const tenure of person.tenures)
            for (const e of tenure.evidence)
              if (e.source.id === sourceId)
                facts.push({ key: `tenure:${person.id}:${tenure.position.id}:${facts.length}`, quote: e.quote, person: who, tenure: tenure.position,
                  href: `${entityHref(person.id)}#tenure-${tenure.position.id}` });
          for (const p of person.participations)
            for (const e of p.evidence)
              if (e.source.id === sourceId)
                facts.push({ key: `participation:${person.id}:${p.event.id}:${p.role}:${facts.length}`, quote: e.quote, person: who, participation: p,
                  href: `${entityHref(person.id)}#participation-${p.event.id}-${p.role}` });
        }
        if (abort.signal.aborted) return;
        const more = page.people.pageInfo.hasNextPage;
        setState({ facts: [...facts], done: !more, down: false });
        if (more) void step(page.people.pageInfo.endCursor);
      } catch (error) {
        if (abort.signal.aborted) return;
        if (error instanceof ApiUnreachable) {
          setState({ facts: [...facts], done: false, down: true });
          timer = window.setTimeout(() => void step(after), 2000);
        } else setState({ facts: [...facts], done: true, down: false });
      }
    };
    void step(null);
    return () => { abort.abort(); window.clearTimeout(timer); };
  }, [sourceId]);
  return state;
}

/** Splits the text into plain runs and marked runs; a run inside several quotes links to the first of them. */
export function markQuotes(text: string, quotes: string[]): { text: string; quote: number | null }[] {
  const owner: (number | null)[] = new Array(text.length).fill(null);
  quotes.forEach((q, i) => {
    if (!q) return;
    for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + q.length))
      for (let k = at; k < at + q.length; k++) if (owner[k] === null) owner[k] = i;
  });
  const runs: { text: string; quote: number | null }[] = [];
  let start = 0;
  for (let k = 1; k <= text.length; k++) {
    if (k === text.length || owner[k] !== owner[start]) {
      runs.push({ text: text.slice(start, k), quote: owner[start] });
      start = k;
    }
  }
  return runs;
}

export function Source({ id }: { id: string }) {
  const t = useT();
  const state = useQuery<Data>(query, { id });
  const scan = useFactsQuoting(id);
  if (state.status !== 'ok') return <Page title={id}><Pending state={state} /></Page>;
  const source = state.data.source;
  if (!source) return <NotFound id={id} />;
  const quotes = [...new Set(scan.facts.map((f) => f.quote))];
  const runs = markQuotes(source.text, quotes);
  return (
    <Page title={source.title} kind={t('source')}>
      <dl class="facts-table">
        {source.publisher ? <><dt>{t('publisher')}</dt><dd>{source.publisher}</dd></> : null}
        <dt>{t('publishedOn')}</dt><dd>{source.publishedOn ?? <em>{t('notStated')}</em>}</dd>
      </dl>
      {scan.down ? <p class="notice down" role="alert">{t('unreachable')}</p> : null}
      {!scan.done ? <p class="status" role="status">{t('scanning')}…</p> : null}
      <div class="source-layout">
        <Section title={t('articleText')} id="text">
          <p class="muted">{t('marksHint')}</p>
          <div class="article" lang="vi" data-marks={scan.done ? quotes.length : undefined}>
            {runs.map((run, i) => {
              if (run.quote === null) return run.text;
              // A quote behind one fact links to that fact; a quote behind several, to their list below.
              const behind = scan.facts.filter((f) => f.quote === quotes[run.quote!]);
              const target = behind.length === 1 ? behind[0].href : `#quote-${run.quote}`;
              const title = behind.map((f) => `${f.person.name}: ${f.tenure?.title ?? `${t.enumLabel(f.participation!.role)} ${f.participation!.event.title}`}`).join('\n');
              return <a key={i} href={target} class="mark-link" title={title}><mark data-quote={run.quote}>{run.text}</mark></a>;
            })}
          </div>
        </Section>
        <Section title={t('factsCited')} id="facts">
          <ol class="citations">
            {quotes.map((q, i) => (
              <li key={i} id={`quote-${i}`} tabIndex={-1}>
                <blockquote lang="vi">“{q}”</blockquote>
                <ul>
                  {scan.facts.filter((f) => f.quote === q).map((f) => (
                    <li key={f.key} class="cited-fact">
                      <a href={f.href}>{f.person.name}</a>{' '}
                      {f.tenure ? <>— {t('heldPost')} <EntityLink id={f.tenure.id}><Gloss vi={f.tenure.title} en={f.tenure.titleEn} /></EntityLink></> : null}
                      {f.participation ? <>— {t.enumLabel(f.participation.role)}: <EntityLink id={f.participation.event.id}><span lang="vi">{f.participation.event.title}</span></EntityLink></> : null}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </Section>
      </div>
    </Page>
  );
}
