import { EntityLink, Gloss, NotFound, Page, Pending, Section } from '../components/common';
import { useT } from '../i18n';
import { entityHref } from '../router';
import { useQuery } from '../useQuery';

// One request: the source and the facts whose evidence quotes it (Source.tenures and Source.participations, oldest
// first). Each fact's evidence lists every source it cites; the page keeps this source's quotes.
const query = `query Source($id: ID!) {
  source(id: $id) {
    id title publisher publishedOn text
    tenures { person { id name } position { id title titleEn } evidence { quote source { id } } }
    participations { person { id name } role event { id title } evidence { quote source { id } } }
  }
}`;

type Cited = { person: { id: string; name: string }; evidence: { quote: string; source: { id: string } }[] };
type Data = {
  source: {
    id: string; title: string; publisher: string | null; publishedOn: string | null; text: string;
    tenures: (Cited & { position: { id: string; title: string; titleEn: string | null } })[];
    participations: (Cited & { role: string; event: { id: string; title: string } })[];
  } | null;
};

export type Fact = { key: string; quote: string; person: { id: string; name: string }; href: string; tenure?: { id: string; title: string; titleEn: string | null }; participation?: { role: string; event: { id: string; title: string } } };

/** The facts behind each quote of this source, tenures first, in the order the API gives them (oldest first). */
export function factsQuoting(source: NonNullable<Data['source']>): Fact[] {
  const facts: Fact[] = [];
  const quotesHere = (c: Cited) => c.evidence.filter((e) => e.source.id === source.id).map((e) => e.quote);
  for (const tenure of source.tenures)
    for (const quote of quotesHere(tenure))
      facts.push({ key: `tenure:${tenure.person.id}:${tenure.position.id}:${facts.length}`, quote, person: tenure.person, tenure: tenure.position,
        href: `${entityHref(tenure.person.id)}#tenure-${tenure.position.id}` });
  for (const p of source.participations)
    for (const quote of quotesHere(p))
      facts.push({ key: `participation:${p.person.id}:${p.event.id}:${p.role}:${facts.length}`, quote, person: p.person, participation: p,
        href: `${entityHref(p.person.id)}#participation-${p.event.id}-${p.role}` });
  return facts;
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
  if (state.status !== 'ok') return <Page title={id}><Pending state={state} /></Page>;
  const source = state.data.source;
  if (!source) return <NotFound id={id} />;
  const facts = factsQuoting(source);
  // The facts behind each distinct quote, found once: a page may hold a thousand quotes and twice as many marks.
  const behindQuote = new Map<string, Fact[]>();
  for (const f of facts) {
    const behind = behindQuote.get(f.quote);
    if (behind) behind.push(f);
    else behindQuote.set(f.quote, [f]);
  }
  const quotes = [...behindQuote.keys()];
  const runs = markQuotes(source.text, quotes);
  return (
    <Page title={source.title} kind={t('source')}>
      <dl class="facts-table">
        {source.publisher ? <><dt>{t('publisher')}</dt><dd>{source.publisher}</dd></> : null}
        <dt>{t('publishedOn')}</dt><dd>{source.publishedOn ?? <em>{t('notStated')}</em>}</dd>
      </dl>
      <div class="source-layout">
        <Section title={t('articleText')} id="text">
          <p class="muted">{t('marksHint')}</p>
          <div class="article" lang="vi" data-marks={quotes.length}>
            {runs.map((run, i) => {
              if (run.quote === null) return run.text;
              // A quote behind one fact links to that fact; a quote behind several, to their list below.
              const behind = behindQuote.get(quotes[run.quote!])!;
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
                  {behindQuote.get(q)!.map((f) => (
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
