// The sitrep web app: events (timeline, tallies, map, table), dossiers, reports, actor graph, search, add a report.
import './style.css';
import { navigate, on, start } from './router.ts';
import { addView } from './views/add.ts';
import { documentView } from './views/document.ts';
import { dossierView } from './views/dossier.ts';
import { eventsView } from './views/events.ts';
import { graphView } from './views/graph.ts';
import { reportsView } from './views/reports.ts';
import { searchView } from './views/search.ts';

on('/', eventsView);
on('/event/:id', dossierView);
on('/reports', reportsView);
on('/doc/:id', documentView);
on('/actors', graphView);
on('/search', searchView);
on('/add', addView);

const SECTION: [RegExp, string][] = [[/^\/(event\/.*)?$/, 'events'], [/^\/(reports|doc\/)/, 'reports'], [/^\/actors/, 'actors'], [/^\/search/, 'search'], [/^\/add/, 'add']];

document.addEventListener('route', (ev) => {
  const path = (ev as CustomEvent<string>).detail;
  const section = SECTION.find(([re]) => re.test(path))?.[1];
  for (const a of document.querySelectorAll<HTMLAnchorElement>('header a[data-section]'))
    a.classList.toggle('active', a.dataset.section === section);
});

document.getElementById('quick-search')!.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const q = new FormData(ev.target as HTMLFormElement).get('q');
  navigate(`/search?q=${encodeURIComponent(String(q ?? ''))}`);
});

start(document.getElementById('app')!);
