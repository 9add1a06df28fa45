import { EntityLink, Page, Pending, Section } from '../components/common';
import { useT } from '../i18n';
import { href } from '../router';
import { useQuery } from '../useQuery';
import { examples } from './Search';

const query = `query Home { sources(last: 10) { totalCount nodes { id title publisher publishedOn } } }`;
type Data = { sources: { totalCount: number; nodes: { id: string; title: string; publisher: string | null; publishedOn: string | null }[] } };

export function Home() {
  const t = useT();
  const state = useQuery<Data>(query, {});
  return (
    <Page title={t('appName')}>
      <p class="lead">{t('homeIntro')}</p>
      <p>{t('tryThese')}: {examples.map((e, i) => <>{i ? ', ' : ''}<a href={href('/search', { q: e })}>{e}</a></>)}</p>
      <p><a href={href('/path')}>{t('connections')}</a></p>
      <Section title={t('sources')} id="home-sources">
        {state.status !== 'ok' ? <Pending state={state} /> : (
          <ul>
            {[...state.data.sources.nodes].reverse().map((s) => (
              <li key={s.id}><EntityLink id={s.id}><span lang="vi">{s.title}</span></EntityLink>
                <span class="muted"> {[s.publisher, s.publishedOn].filter(Boolean).join(', ')}</span></li>
            ))}
          </ul>
        )}
      </Section>
    </Page>
  );
}
