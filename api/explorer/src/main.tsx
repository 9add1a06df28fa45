import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { LangContext, storeLang, storedLang, translator, useT, type Lang } from './i18n';
import { href, interceptLinks, navigate, useRoute, type Route } from './router';
import { Page } from './components/common';
import { Body } from './views/Body';
import { Event } from './views/Event';
import { Home } from './views/Home';
import { Path } from './views/Path';
import { Person } from './views/Person';
import { Position } from './views/Position';
import { Resolution } from './views/Resolution';
import { Search } from './views/Search';
import { Source } from './views/Source';
import './styles.css';

function View({ route }: { route: Route }) {
  switch (route.view) {
    case 'home': return <Home />;
    case 'search': return <Search q={route.q} />;
    case 'path': return <Path from={route.from} to={route.to} />;
    case 'unknown': return <UnknownPage path={route.path} />;
    case 'entity':
      switch (route.kind) {
        case 'person': return <Person id={route.id} />;
        case 'position': return <Position id={route.id} />;
        case 'body': return <Body id={route.id} on={route.on} />;
        case 'resolution': return <Resolution id={route.id} />;
        case 'event': return <Event id={route.id} />;
        case 'source': return <Source id={route.id} />;
      }
  }
}

// Search keeps its component while the query changes (results stay on screen as you type); every other URL is a fresh view.
function viewKey(route: Route): string {
  return route.view === 'search' ? 'search' : JSON.stringify(route);
}

function UnknownPage({ path }: { path: string }) {
  const t = useT();
  return (
    <Page title={t('notFound')}>
      <p class="notice" role="alert">{t('notFoundPage')} <code>{path}</code></p>
      <p><a href={href('/search')}>{t('backToSearch')}</a></p>
    </Page>
  );
}

function SearchBox({ route }: { route: Route }) {
  const t = translator(useLang());
  const routeQ = route.view === 'search' ? route.q : '';
  const [value, setValue] = useState(routeQ);
  const pushed = useRef(routeQ); // the last term this box put in the URL
  const timer = useRef<number | undefined>(undefined);
  // The URL changed from elsewhere (back, forward, a link): the box shows it and forgets a pending term.
  useEffect(() => {
    if (routeQ === pushed.current) return;
    window.clearTimeout(timer.current);
    pushed.current = routeQ;
    setValue(routeQ);
  }, [routeQ]);
  // As you type: the URL follows the box 120 ms after the last keystroke (one history entry per search).
  const follow = (term: string, delay: number) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      pushed.current = term;
      navigate(href('/search', { q: term }), { replace: window.location.pathname === href('/search') });
    }, delay);
  };
  return (
    <form role="search" class="search" onSubmit={(e) => { e.preventDefault(); follow(value, 0); }}>
      <label for="q" class="visually-hidden">{t('searchLabel')}</label>
      <input id="q" name="q" type="search" value={value} placeholder={t('searchPlaceholder')} autocomplete="off" spellcheck={false}
        onInput={(e) => { const term = (e.target as HTMLInputElement).value; setValue(term); follow(term, 120); }} />
    </form>
  );
}

let langListeners: ((lang: Lang) => void)[] = [];
let currentLang: Lang = storedLang();
function useLang(): Lang {
  const [lang, setLang] = useState(currentLang);
  useEffect(() => {
    langListeners.push(setLang);
    return () => { langListeners = langListeners.filter((l) => l !== setLang); };
  }, []);
  return lang;
}
function setLanguage(lang: Lang) {
  currentLang = lang;
  storeLang(lang);
  document.documentElement.lang = lang;
  langListeners.forEach((l) => l(lang));
}

function App() {
  const { route, url } = useRoute();
  const lang = useLang();
  const t = translator(lang);
  useEffect(() => { document.documentElement.lang = lang; }, [lang]);
  // A new view starts at the top, or at the fact its URL names (#tenure-...).
  useEffect(() => {
    const target = window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
    if (!target) window.scrollTo(0, 0);
  }, [url]);
  return (
    <LangContext.Provider value={lang}>
      <a class="skip" href="#main">{t('skip')}</a>
      <header class="top">
        <a class="brand" href={href('')}>{t('appName')}</a>
        <SearchBox route={route} />
        <nav aria-label={t('appName')}>
          <a href={href('/path')}>{t('connections')}</a>
        </nav>
        <div class="lang" role="group" aria-label={t('language')}>
          {(['vi', 'en'] as Lang[]).map((l) => (
            <button type="button" key={l} aria-pressed={lang === l} lang={l} onClick={() => setLanguage(l)}>{l === 'vi' ? 'Tiếng Việt' : 'English'}</button>
          ))}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <View route={route} key={viewKey(route)} />
      </main>
      <HashTarget url={url} />
    </LangContext.Provider>
  );
}

/** Once the view has rendered, brings the fact named by the URL's #fragment into view (it may arrive after the data). */
function HashTarget({ url }: { url: string }) {
  useEffect(() => {
    const hash = window.location.hash.slice(1);
    if (!hash) return;
    let tries = 0;
    const timer = window.setInterval(() => {
      const target = document.getElementById(decodeURIComponent(hash));
      if (target || ++tries > 100) {
        window.clearInterval(timer);
        if (target) {
          target.classList.add('targeted');
          target.scrollIntoView({ block: 'center' });
          target.querySelector('details')?.setAttribute('open', '');
        }
      }
    }, 100);
    return () => window.clearInterval(timer);
  }, [url, window.location.hash]);
  return null;
}

interceptLinks();
render(<App />, document.getElementById('app')!);
