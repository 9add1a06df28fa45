import { resolutionName, byDate, EntityLink, Evidence, Gloss, NotFound, Page, Pending, Section, Span, type Quote } from '../components/common';
import { Network, type NetworkLink, type NetworkNode } from '../components/Network';
import { Timeline } from '../components/Timeline';
import { useT } from '../i18n';
import { entityHref, href } from '../router';
import { useQuery } from '../useQuery';

const quote = 'evidence { quote source { id title publishedOn } }';
const query = `query Person($id: ID!) {
  person(id: $id) {
    id name aliases
    tenures {
      from to attestedOn ${quote}
      position { id title titleEn body { id name nameEn members { person { id name } } } }
    }
    participations {
      role ${quote}
      about { id code title aliases }
      event { id title date kind participants { person { id name } } }
    }
  }
}`;

type Tenure = {
  from: string | null; to: string | null; attestedOn: string[]; evidence: Quote[];
  position: { id: string; title: string; titleEn: string | null; body: { id: string; name: string; nameEn: string | null; members: { person: Ref }[] } | null };
};
type Ref = { id: string; name: string };
type Participation = {
  role: string; evidence: Quote[]; about: { id: string; code: string | null; title: string | null; aliases: string[] }[];
  event: { id: string; title: string; date: string | null; kind: string; participants: { person: Ref }[] };
};
type Data = { person: { id: string; name: string; aliases: string[]; tenures: Tenure[]; participations: Participation[] } | null };

export const tenureStart = (t: { from: string | null; attestedOn: string[] }) => t.from ?? t.attestedOn[0] ?? null;

export function Person({ id }: { id: string }) {
  const t = useT();
  const state = useQuery<Data>(query, { id });
  if (state.status !== 'ok') return <Page title={id}><Pending state={state} /></Page>;
  const person = state.data.person;
  if (!person) return <NotFound id={id} />;
  const tenures = [...person.tenures].sort((a, b) => byDate(tenureStart(a), tenureStart(b)));
  const participations = [...person.participations].sort((a, b) => byDate(a.event.date, b.event.date));
  const events = participations.filter((p) => p.event.date).map((p) => ({ key: `${p.event.id}/${p.role}`, label: `${t.enumLabel(p.role)}: ${p.event.title}`, date: p.event.date! }));
  return (
    <Page title={person.name} kind={t('person')}>
      {person.aliases.length ? <p>{t('aliases')}: <span lang="vi">{person.aliases.join(', ')}</span></p> : null}
      <p><a href={href('/path', { from: person.id })}>{t('findPath')}</a></p>

      <Section title={t('timeline')} id="timeline">
        <Timeline
          label={`${t('timeline')}: ${person.name}`}
          rows={tenures.map((x) => ({ key: x.position.id, label: x.position.title, from: x.from, to: x.to, attestedOn: x.attestedOn }))}
          events={events} />
        <p class="muted legend">{t('timelineLegend')}</p>
      </Section>

      <Section title={t('postsHeld')} id="posts">
        {tenures.length === 0 ? <p>{t('none')}</p> : (
          <ol class="facts">
            {tenures.map((x) => (
              <li key={x.position.id} id={`tenure-${x.position.id}`} class="fact" data-position={x.position.id}>
                <EntityLink id={x.position.id}><Gloss vi={x.position.title} en={x.position.titleEn} /></EntityLink>
                {x.position.body ? <> — <EntityLink id={x.position.body.id}><Gloss vi={x.position.body.name} en={x.position.body.nameEn} /></EntityLink></> : null}
                <div class="dates">
                  {t('from')}–{t('to')}: <Span from={x.from} to={x.to} />
                  {x.attestedOn.length ? <> · {t('attestedOn')}: {x.attestedOn.join(', ')}</> : null}
                </div>
                <Evidence evidence={x.evidence} />
              </li>
            ))}
          </ol>
        )}
      </Section>

      <Section title={t('participations')} id="participations">
        {participations.length === 0 ? <p>{t('none')}</p> : (
          <ol class="facts">
            {participations.map((p) => (
              <li key={`${p.event.id}/${p.role}`} id={`participation-${p.event.id}-${p.role}`} class="fact">
                <strong>{t.enumLabel(p.role)}</strong> · <EntityLink id={p.event.id}><span lang="vi">{p.event.title}</span></EntityLink>
                {p.event.date ? <span class="muted"> ({p.event.date})</span> : null}
                {p.about.length ? (
                  <div>{t('about')}: {p.about.map((r, i) => <>{i ? ', ' : ''}<EntityLink id={r.id}>{resolutionName(r)}</EntityLink></>)}</div>
                ) : null}
                <Evidence evidence={p.evidence} />
              </li>
            ))}
          </ol>
        )}
      </Section>

      <Alongside person={person} />
    </Page>
  );
}

const maxPerGroup = 8;
const maxPeople = 40;

/** People sharing a body (through posts in it) or an event with this person, and the picture of it. */
function Alongside({ person }: { person: NonNullable<Data['person']> }) {
  const t = useT();
  const nodes = new Map<string, NetworkNode>([[person.id, { id: person.id, label: person.name, role: 'self' }]]);
  const links: NetworkLink[] = [];
  const shared = new Map<string, { person: Ref; via: Map<string, { id: string; label: string; kind: 'body' | 'event' }> }>();
  const groups: { id: string; label: string; kind: 'body' | 'event'; people: Ref[] }[] = [];
  const bodies = new Set<string>();
  for (const tenure of person.tenures) {
    const body = tenure.position.body;
    if (!body || bodies.has(body.id)) continue;
    bodies.add(body.id);
    groups.push({ id: body.id, label: body.name, kind: 'body', people: body.members.map((m) => m.person) });
  }
  const events = new Set<string>();
  for (const p of person.participations) {
    if (events.has(p.event.id)) continue;
    events.add(p.event.id);
    groups.push({ id: p.event.id, label: p.event.title, kind: 'event', people: p.event.participants.map((m) => m.person) });
  }
  for (const group of groups) {
    const others = unique(group.people.filter((p) => p.id !== person.id));
    for (const other of others) {
      const entry = shared.get(other.id) ?? { person: other, via: new Map() };
      entry.via.set(group.id, group);
      shared.set(other.id, entry);
    }
  }
  // The picture: the most-shared people first, at most maxPeople, at most maxPerGroup drawn per body or event.
  const ranked = [...shared.values()].sort((a, b) => b.via.size - a.via.size || a.person.name.localeCompare(b.person.name, 'vi'));
  const drawn = new Set(ranked.slice(0, maxPeople).map((e) => e.person.id));
  for (const group of groups) {
    const members = unique(group.people).filter((p) => drawn.has(p.id)).slice(0, maxPerGroup);
    if (members.length === 0) continue;
    nodes.set(group.id, { id: group.id, label: group.label, role: group.kind });
    links.push({ source: person.id, target: group.id });
    for (const m of members) {
      if (!nodes.has(m.id)) nodes.set(m.id, { id: m.id, label: m.name, role: 'person' });
      links.push({ source: group.id, target: m.id });
    }
  }
  return (
    <Section title={t('servedAlongside')} id="alongside">
      <p class="muted">{t('servedAlongsideHint')}</p>
      {ranked.length === 0 ? <p>{t('none')}</p> : (
        <>
          <Network nodes={[...nodes.values()]} links={links} label={`${t('servedAlongside')}: ${person.name}`} />
          <ul class="alongside">
            {ranked.map((entry) => (
              <li key={entry.person.id}>
                <a href={entityHref(entry.person.id)}>{entry.person.name}</a>
                <span class="muted"> — {[...entry.via.values()].map((v) => `${v.kind === 'body' ? t('sharedBodies') : t('sharedEvents')}: ${v.label}`).join('; ')}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}

function unique(people: Ref[]): Ref[] {
  const seen = new Set<string>();
  return people.filter((p) => (seen.has(p.id) ? false : (seen.add(p.id), true)));
}
