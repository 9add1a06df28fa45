import { resolutionName, EntityLink, Evidence, Gloss, NotFound, Page, Pending, Section, type Quote } from '../components/common';
import { useT } from '../i18n';
import { useQuery } from '../useQuery';
import { Sources } from './Resolution';

const query = `query Event($id: ID!) {
  event(id: $id) {
    id title kind date location
    hosts { id name nameEn }
    resolutions { id code title aliases }
    participants { role person { id name } about { id code title aliases } evidence { quote source { id title publishedOn } } }
    sources { id title publishedOn }
  }
}`;

type Data = {
  event: {
    id: string; title: string; kind: string; date: string | null; location: string | null;
    hosts: { id: string; name: string; nameEn: string | null }[];
    resolutions: { id: string; code: string | null; title: string | null; aliases: string[] }[];
    participants: { role: string; person: { id: string; name: string }; about: { id: string; code: string | null; title: string | null; aliases: string[] }[]; evidence: Quote[] }[];
    sources: { id: string; title: string; publishedOn: string | null }[];
  } | null;
};

// Who ran the event first, then who presented and spoke, then who was there.
const roles = ['CHAIRED', 'LED', 'PRESENTED', 'SPOKE', 'ATTENDED', 'MEMBER'];

export function Event({ id }: { id: string }) {
  const t = useT();
  const state = useQuery<Data>(query, { id });
  if (state.status !== 'ok') return <Page title={id}><Pending state={state} /></Page>;
  const e = state.data.event;
  if (!e) return <NotFound id={id} />;
  return (
    <Page title={e.title} kind={`${t('event')} · ${t.enumLabel(e.kind)}`}>
      <dl class="facts-table">
        <dt>{t('date')}</dt><dd>{e.date ?? <em>{t('notStated')}</em>}</dd>
        {e.location ? <><dt>{t('location')}</dt><dd lang="vi">{e.location}</dd></> : null}
        <dt>{t('hosts')}</dt>
        <dd>{e.hosts.length ? e.hosts.map((h, i) => <>{i ? '; ' : ''}<EntityLink id={h.id}><Gloss vi={h.name} en={h.nameEn} /></EntityLink></>) : <em>{t('notStated')}</em>}</dd>
      </dl>
      <Section title={t('participants')} id="participants">
        {roles.map((role) => {
          const group = e.participants.filter((p) => p.role === role);
          if (group.length === 0) return null;
          return (
            <div key={role} class="role-group" data-role={role}>
              <h3>{t.enumLabel(role)}</h3>
              <ul class="facts">
                {group.map((p) => (
                  <li key={p.person.id} class="fact">
                    <EntityLink id={p.person.id}>{p.person.name}</EntityLink>
                    {p.about.length ? <> — {t('about')}: {p.about.map((r, i) => <>{i ? ', ' : ''}<EntityLink id={r.id}>{resolutionName(r)}</EntityLink></>)}</> : null}
                    <Evidence evidence={p.evidence} />
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
        {e.participants.length === 0 ? <p>{t('none')}</p> : null}
      </Section>
      <Section title={t('resolutionsDiscussed')} id="event-resolutions">
        {e.resolutions.length === 0 ? <p>{t('none')}</p> : (
          <ul>{e.resolutions.map((r) => <li key={r.id}><EntityLink id={r.id}>{resolutionName(r)}</EntityLink>{r.title && r.title !== resolutionName(r) ? <span lang="vi"> {r.title}</span> : null}</li>)}</ul>
        )}
      </Section>
      <Sources sources={e.sources} />
    </Page>
  );
}
