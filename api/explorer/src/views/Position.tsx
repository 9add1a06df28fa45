import { byDate, EntityLink, Evidence, Gloss, NotFound, Page, Pending, Section, Span, type Quote } from '../components/common';
import { Timeline } from '../components/Timeline';
import { useT } from '../i18n';
import { useQuery } from '../useQuery';
import { tenureStart } from './Person';

const query = `query Position($id: ID!) {
  position(id: $id) {
    id title titleEn
    body { id name nameEn }
    holders { from to attestedOn person { id name } evidence { quote source { id title publishedOn } } }
  }
}`;

type Data = {
  position: {
    id: string; title: string; titleEn: string | null; body: { id: string; name: string; nameEn: string | null } | null;
    holders: { from: string | null; to: string | null; attestedOn: string[]; person: { id: string; name: string }; evidence: Quote[] }[];
  } | null;
};

export function Position({ id }: { id: string }) {
  const t = useT();
  const state = useQuery<Data>(query, { id });
  if (state.status !== 'ok') return <Page title={id}><Pending state={state} /></Page>;
  const position = state.data.position;
  if (!position) return <NotFound id={id} />;
  // Succession: by stated start, else earliest attestation (the API already lists them oldest first).
  const holders = [...position.holders].sort((a, b) => byDate(tenureStart(a), tenureStart(b)));
  return (
    <Page title={position.title} kind={t('position')}>
      {position.titleEn ? <p class="en-title" lang="en">{position.titleEn}</p> : null}
      {position.body ? <p>{t('inBody')}: <EntityLink id={position.body.id}><Gloss vi={position.body.name} en={position.body.nameEn} /></EntityLink></p> : null}
      <Section title={t('holders')} id="holders">
        {holders.length === 0 ? <p>{t('none')}</p> : (
          <>
            <Timeline label={`${t('holders')}: ${position.title}`}
              rows={holders.map((h) => ({ key: h.person.id, label: h.person.name, from: h.from, to: h.to, attestedOn: h.attestedOn }))} />
            <ol class="facts succession">
              {holders.map((h) => (
                <li key={h.person.id} class="fact" data-person={h.person.id}>
                  <EntityLink id={h.person.id}>{h.person.name}</EntityLink>
                  <div class="dates">
                    {t('from')}–{t('to')}: <Span from={h.from} to={h.to} />
                    {h.attestedOn.length ? <> · {t('attestedOn')}: {h.attestedOn.join(', ')}</> : null}
                  </div>
                  <Evidence evidence={h.evidence} />
                </li>
              ))}
            </ol>
          </>
        )}
      </Section>
    </Page>
  );
}
