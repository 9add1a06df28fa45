import { resolutionName, EntityLink, Evidence, Gloss, NotFound, Page, Pending, Section, Span, byDate, type Quote } from '../components/common';
import { useT } from '../i18n';
import { entityHref, navigate } from '../router';
import { useQuery } from '../useQuery';

const query = `query Body($id: ID!, $on: Date) {
  body(id: $id) {
    id name nameEn abbreviation kind
    parent { id name nameEn }
    children { id name nameEn }
    positions { id title titleEn }
    members(on: $on) { from to attestedOn person { id name } position { id title titleEn } evidence { quote source { id title publishedOn } } }
    resolutionsIssued { id code title issuedOn aliases }
    events { id title date }
  }
}`;

type Named = { id: string; name: string; nameEn: string | null };
type Data = {
  body: Named & {
    abbreviation: string | null; kind: string; parent: Named | null; children: Named[];
    positions: { id: string; title: string; titleEn: string | null }[];
    members: { from: string | null; to: string | null; attestedOn: string[]; person: { id: string; name: string }; position: { id: string; title: string; titleEn: string | null }; evidence: Quote[] }[];
    resolutionsIssued: { id: string; code: string | null; title: string | null; issuedOn: string | null; aliases: string[] }[];
    events: { id: string; title: string; date: string | null }[];
  } | null;
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function Body({ id, on }: { id: string; on: string | null }) {
  const t = useT();
  const date = on && isoDate.test(on) ? on : null;
  const state = useQuery<Data>(query, { id, on: date });
  const setDate = (value: string) => navigate(entityHref(id, { on: value || null }));
  const control = (
    <form class="date-control" onSubmit={(e) => e.preventDefault()}>
      <label for="on">{t('membersOn')}</label>{' '}
      <input id="on" name="on" type="date" value={date ?? ''} onChange={(e) => setDate((e.target as HTMLInputElement).value)} />{' '}
      {date ? <button type="button" onClick={() => setDate('')}>{t('anyDate')}</button> : null}
    </form>
  );
  if (state.status !== 'ok') return <Page title={id}>{control}<Pending state={state} /></Page>;
  const body = state.data.body;
  if (!body) return <NotFound id={id} />;
  const members = [...body.members].sort((a, b) => a.position.title.localeCompare(b.position.title, 'vi') || byDate(a.from ?? a.attestedOn[0], b.from ?? b.attestedOn[0]));
  return (
    <Page title={body.name} kind={`${t('body')} · ${t.enumLabel(body.kind)}`}>
      {body.nameEn ? <p class="en-title" lang="en">{body.nameEn}</p> : null}
      {body.abbreviation ? <p>{t('abbreviation')}: {body.abbreviation}</p> : null}
      {body.parent ? <p>{t('parent')}: <EntityLink id={body.parent.id}><Gloss vi={body.parent.name} en={body.parent.nameEn} /></EntityLink></p> : null}

      <Section title={date ? `${t('membersOn')} ${date}` : t('membersAll')} id="members">
        {control}
        {members.length === 0 ? <p>{date ? t('nobodyOn') : t('none')}</p> : (
          <table class="members">
            <thead><tr><th scope="col">{t('position')}</th><th scope="col">{t('person')}</th><th scope="col">{t('from')}–{t('to')}</th><th scope="col">{t('evidence')}</th></tr></thead>
            <tbody>
              {members.map((m) => (
                <tr key={`${m.person.id}/${m.position.id}`} data-person={m.person.id}>
                  <td><EntityLink id={m.position.id}><Gloss vi={m.position.title} en={m.position.titleEn} /></EntityLink></td>
                  <td><EntityLink id={m.person.id}>{m.person.name}</EntityLink></td>
                  <td><Span from={m.from} to={m.to} />{m.attestedOn.length ? <div class="muted">{t('attestedOn')}: {m.attestedOn.join(', ')}</div> : null}</td>
                  <td><Evidence evidence={m.evidence} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section title={t('children')} id="children">
        {body.children.length === 0 ? <p>{t('none')}</p> : <ul>{body.children.map((c) => <li key={c.id}><EntityLink id={c.id}><Gloss vi={c.name} en={c.nameEn} /></EntityLink></li>)}</ul>}
      </Section>
      <Section title={t('postsInBody')} id="body-posts">
        {body.positions.length === 0 ? <p>{t('none')}</p> : <ul>{body.positions.map((p) => <li key={p.id}><EntityLink id={p.id}><Gloss vi={p.title} en={p.titleEn} /></EntityLink></li>)}</ul>}
      </Section>
      <Section title={t('resolutionsIssued')} id="issued">
        {body.resolutionsIssued.length === 0 ? <p>{t('none')}</p> : (
          <ul>{[...body.resolutionsIssued].sort((a, b) => byDate(a.issuedOn, b.issuedOn)).map((r) => (
            <li key={r.id}><EntityLink id={r.id}>{resolutionName(r)}</EntityLink>{r.title && r.title !== resolutionName(r) ? <span lang="vi"> {r.title}</span> : null}{r.issuedOn ? <span class="muted"> ({r.issuedOn})</span> : null}</li>
          ))}</ul>
        )}
      </Section>
      <Section title={t('eventsHosted')} id="hosted">
        {body.events.length === 0 ? <p>{t('none')}</p> : (
          <ul>{[...body.events].sort((a, b) => byDate(a.date, b.date)).map((e) => (
            <li key={e.id}><EntityLink id={e.id}><span lang="vi">{e.title}</span></EntityLink>{e.date ? <span class="muted"> ({e.date})</span> : null}</li>
          ))}</ul>
        )}
      </Section>
    </Page>
  );
}
