import { resolutionName, EntityLink, Evidence, Gloss, NotFound, Page, Pending, Section, byDate, type Quote } from '../components/common';
import { useT } from '../i18n';
import { useQuery } from '../useQuery';

const query = `query Resolution($id: ID!) {
  resolution(id: $id) {
    id code kind title issuedOn term plenum aliases
    issuedBy { id name nameEn }
    discussedAt {
      id title date
      participants { role person { id name } about { id } evidence { quote source { id title publishedOn } } }
    }
    sources { id title publishedOn }
  }
}`;

type Data = {
  resolution: {
    id: string; code: string | null; kind: string; title: string | null; issuedOn: string | null; term: string | null; plenum: number | null; aliases: string[];
    issuedBy: { id: string; name: string; nameEn: string | null } | null;
    discussedAt: { id: string; title: string; date: string | null; participants: { role: string; person: { id: string; name: string }; about: { id: string }[]; evidence: Quote[] }[] }[];
    sources: { id: string; title: string; publishedOn: string | null }[];
  } | null;
};

export function Resolution({ id }: { id: string }) {
  const t = useT();
  const state = useQuery<Data>(query, { id });
  if (state.status !== 'ok') return <Page title={id}><Pending state={state} /></Page>;
  const r = state.data.resolution;
  if (!r) return <NotFound id={id} />;
  return (
    <Page title={resolutionName(r)} kind={`${t('resolution')} · ${t.enumLabel(r.kind)}`}>
      {r.title ? <p class="lead" lang="vi">{r.title}</p> : null}
      <dl class="facts-table">
        {r.code ? <><dt>{t('code')}</dt><dd>{r.code}</dd></> : null}
        <dt>{t('issuedOn')}</dt><dd>{r.issuedOn ?? <em>{t('notStated')}</em>}</dd>
        <dt>{t('issuedBy')}</dt><dd>{r.issuedBy ? <EntityLink id={r.issuedBy.id}><Gloss vi={r.issuedBy.name} en={r.issuedBy.nameEn} /></EntityLink> : <em>{t('notStated')}</em>}</dd>
        {r.term ? <><dt>{t('term')}</dt><dd>{r.term}</dd></> : null}
        {r.plenum ? <><dt>{t('plenum')}</dt><dd>{r.plenum}</dd></> : null}
        {r.aliases.length ? <><dt>{t('aliases')}</dt><dd lang="vi">{r.aliases.join('; ')}</dd></> : null}
      </dl>
      <Section title={t('discussedAt')} id="discussed">
        {r.discussedAt.length === 0 ? <p>{t('none')}</p> : (
          <ul class="facts">
            {[...r.discussedAt].sort((a, b) => byDate(a.date, b.date)).map((e) => {
              const onIt = e.participants.filter((p) => p.about.some((a) => a.id === r.id));
              return (
                <li key={e.id} class="fact">
                  <EntityLink id={e.id}><span lang="vi">{e.title}</span></EntityLink>{e.date ? <span class="muted"> ({e.date})</span> : null}
                  {onIt.length ? (
                    <div>
                      <h3>{t('whoOnIt')}</h3>
                      <ul>{onIt.map((p) => (
                        <li key={`${p.person.id}/${p.role}`}><strong>{t.enumLabel(p.role)}</strong>: <EntityLink id={p.person.id}>{p.person.name}</EntityLink><Evidence evidence={p.evidence} /></li>
                      ))}</ul>
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </Section>
      <Sources sources={r.sources} />
    </Page>
  );
}

export function Sources({ sources }: { sources: { id: string; title: string; publishedOn: string | null }[] }) {
  const t = useT();
  return (
    <Section title={t('sources')} id="sources">
      {sources.length === 0 ? <p>{t('none')}</p> : (
        <ul>{sources.map((s) => <li key={s.id}><EntityLink id={s.id}><span lang="vi">{s.title}</span></EntityLink>{s.publishedOn ? <span class="muted"> ({s.publishedOn})</span> : null}</li>)}</ul>
      )}
    </Section>
  );
}
