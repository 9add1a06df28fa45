import { useEffect, useState } from 'preact/hooks';
import { EntityLink, Page, Pending, Section } from '../components/common';
import { PathGraph } from '../components/PathGraph';
import { graphql } from '../api';
import { useT } from '../i18n';
import { href, kindOf, navigate } from '../router';
import { useQuery } from '../useQuery';

// Aliased per type: the same response name may not carry String! on one type and String on another.
const label = `__typename id
  ... on Person { name } ... on Position { positionTitle: title } ... on Body { bodyName: name }
  ... on Resolution { code resolutionTitle: title } ... on Event { eventTitle: title date } ... on Source { sourceTitle: title }`;

const query = `query Path($from: ID!, $to: ID!) {
  start: node(id: $from) { ${label} }
  end: node(id: $to) { ${label} }
  path(from: $from, to: $to, maxHops: 6) { length nodes { ${label} } steps { from { id } relationship to { id } } }
}`;

const suggestQuery = `query Suggest($q: String!) {
  people(search: $q, first: 5) { nodes { id name } }
  bodies(search: $q, first: 3) { nodes { id name } }
  positions(search: $q, first: 3) { nodes { id title } }
  events(search: $q, first: 3) { nodes { id title } }
  resolutions(search: $q, first: 3) { nodes { id code title } }
}`;

type Labelled = {
  __typename: string; id: string; name?: string; positionTitle?: string; bodyName?: string; code?: string | null;
  resolutionTitle?: string | null; eventTitle?: string; date?: string | null; sourceTitle?: string;
};
type Data = {
  start: Labelled | null; end: Labelled | null;
  path: { length: number; nodes: Labelled[]; steps: { from: { id: string }; relationship: string; to: { id: string } }[] } | null;
};
type Suggestion = { id: string; label: string };

export const nameOf = (n: Labelled) =>
  n.name ?? n.positionTitle ?? n.bodyName ?? n.eventTitle ?? n.sourceTitle ?? n.code ?? n.resolutionTitle ?? n.id;

export function Path({ from, to }: { from: string; to: string }) {
  const t = useT();
  return (
    <Page title={t('pathTitle')}>
      <PathForm from={from} to={to} />
      {from && to ? <PathResult from={from} to={to} /> : <p>{t('pathPick')}</p>}
    </Page>
  );
}

function PathResult({ from, to }: { from: string; to: string }) {
  const t = useT();
  const state = useQuery<Data>(query, { from, to });
  if (state.status !== 'ok') return <Pending state={state} />;
  const { start, end, path } = state.data;
  if (!start || !end) {
    return <p class="notice" role="alert">{t('notFoundId')} <code>{!start ? from : to}</code>.</p>;
  }
  if (!path) return <p class="notice" role="status">{t('pathNone')}</p>;
  const byId = new Map(path.nodes.map((n) => [n.id, n]));
  const steps = path.steps.map((s) => ({ from: s.from.id, to: s.to.id, relationship: s.relationship, name: t.enumLabel(s.relationship) }));
  return (
    <Section title={`${nameOf(start)} → ${nameOf(end)}: ${path.length} ${t('pathLength')}`} id="chain">
      <PathGraph label={`${nameOf(start)} → ${nameOf(end)}`} steps={steps}
        nodes={path.nodes.map((n) => ({ id: n.id, label: nameOf(n), kind: t(kindOf(n.id) ?? 'person') }))} />
      <ol class="steps">
        {path.steps.map((s, i) => (
          <li key={i} data-relationship={s.relationship}>
            <EntityLink id={s.from.id}>{nameOf(byId.get(s.from.id)!)}</EntityLink>{' '}
            <strong class="rel">{s.relationship}</strong> <span class="muted">({t.enumLabel(s.relationship)})</span>{' '}
            <EntityLink id={s.to.id}>{nameOf(byId.get(s.to.id)!)}</EntityLink>
          </li>
        ))}
      </ol>
    </Section>
  );
}

function PathForm({ from, to }: { from: string; to: string }) {
  const t = useT();
  const [a, setA] = useState(from);
  const [b, setB] = useState(to);
  useEffect(() => { setA(from); setB(to); }, [from, to]);
  const submit = async (event: Event) => {
    event.preventDefault();
    const [x, y] = await Promise.all([resolve(a), resolve(b)]);
    navigate(href('/path', { from: x, to: y }));
  };
  return (
    <form class="path-form" onSubmit={submit}>
      <p class="muted" id="path-help">{t('pathIdHelp')}</p>
      <Picker id="from" label={t('pathFrom')} value={a} onInput={setA} />
      <Picker id="to" label={t('pathTo')} value={b} onInput={setB} />
      <button type="submit">{t('pathFind')}</button>
    </form>
  );
}

function Picker({ id, label, value, onInput }: { id: string; label: string; value: string; onInput: (v: string) => void }) {
  const [options, setOptions] = useState<Suggestion[]>([]);
  useEffect(() => {
    const term = value.trim();
    if (term.length < 2 || kindOf(term)) { setOptions([]); return; }
    const abort = new AbortController();
    const timer = window.setTimeout(() => {
      suggest(term, abort.signal).then(setOptions).catch(() => { /* suggestions are a convenience */ });
    }, 150);
    return () => { abort.abort(); window.clearTimeout(timer); };
  }, [value]);
  return (
    <div class="field">
      <label for={`path-${id}`}>{label}</label>
      <input id={`path-${id}`} name={id} list={`path-${id}-options`} value={value} autocomplete="off" aria-describedby="path-help"
        onInput={(e) => onInput((e.target as HTMLInputElement).value)} />
      <datalist id={`path-${id}-options`}>
        {options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
      </datalist>
    </div>
  );
}

async function suggest(term: string, signal?: AbortSignal): Promise<Suggestion[]> {
  type Nodes = { nodes: { id: string; name?: string; title?: string | null; code?: string | null }[] };
  const d = await graphql<Record<string, Nodes>>(suggestQuery, { q: term }, signal);
  return Object.values(d).flatMap((c) => c.nodes.map((n) => ({ id: n.id, label: n.name ?? n.code ?? n.title ?? n.id })));
}

/** An id stays as it is; a name becomes the id of its first search hit (or stays, and the view says not found). */
async function resolve(value: string): Promise<string> {
  const term = value.trim();
  if (!term || kindOf(term)) return term;
  try {
    const hits = await suggest(term);
    return hits[0]?.id ?? term;
  } catch {
    return term;
  }
}
