// Running tallies over time: what the reports say ("more than 100 dead") next to what sitrep's own events add up to.
import type { Tally } from '../api.ts';
import { h, s } from '../dom.ts';

const W = 520;
const H = 170;
const M = { l: 40, r: 12, t: 12, b: 26 };
const LABEL: Record<string, string> = { killed: 'people killed', vessels: 'vessels destroyed', strikes: 'strikes' };

export function tallyChart(tallies: Tally[]): HTMLElement {
  const kinds = (['killed', 'vessels', 'strikes'] as const).filter((k) => tallies.some((t) => t.what === k && t.as_of));
  const box = h('div', { class: 'tally-chart', id: 'tallies' });
  if (!kinds.length) {
    box.append(h('p', { class: 'empty' }, 'No running tallies reported yet.'));
    return box;
  }
  const select = h('select', { 'aria-label': 'Tally' }, kinds.map((k) => h('option', { value: k }, LABEL[k])));
  const chart = h('div');
  box.append(h('div', { class: 'panel-tools' }, select, h('span', { class: 'legend' }, h('i', { class: 'dot reported' }), 'reported', h('i', { class: 'line computed' }), 'sitrep computed')), chart);
  const drawKind = () => {
    const rows = tallies.filter((t) => t.what === select.value && t.as_of);
    chart.replaceChildren(plot(rows), table(rows));
  };
  select.addEventListener('change', drawKind);
  drawKind();
  return box;
}

function plot(rows: Tally[]): SVGSVGElement {
  const t = rows.map((r) => Date.parse(r.as_of!));
  const t0 = Math.min(...t);
  const t1 = Math.max(...t, t0 + 86_400_000);
  const vmax = Math.max(1, ...rows.map((r) => Math.max(r.value, r.computed.value))) * 1.1;
  const x = (ms: number) => M.l + ((ms - t0) / (t1 - t0)) * (W - M.l - M.r);
  const y = (v: number) => H - M.b - (v / vmax) * (H - M.t - M.b);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': 'Reported and computed tallies over time' });
  for (let i = 0; i <= 4; i++) {
    const v = (vmax / 4) * i;
    svg.append(s('line', { x1: M.l, x2: W - M.r, y1: y(v), y2: y(v), class: 'grid' }), s('text', { x: M.l - 6, y: y(v) + 4, class: 'axis', 'text-anchor': 'end' }, String(Math.round(v))));
  }
  const months = new Set<string>();
  for (const ms of t) months.add(new Date(ms).toISOString().slice(0, 7));
  for (const m of months) {
    const ms = Date.parse(m + '-01');
    if (ms >= t0 - 1) svg.append(s('text', { x: x(ms), y: H - 8, class: 'axis' }, new Date(ms).toLocaleString('en', { month: 'short', timeZone: 'UTC' })));
  }
  const sorted = rows.map((r, i) => ({ r, ms: t[i] })).sort((a, b) => a.ms - b.ms);
  const step = sorted.map(({ r, ms }, i) => `${i ? 'L' : 'M'}${x(ms).toFixed(1)},${y(r.computed.value).toFixed(1)}`).join(' ');
  svg.append(s('path', { d: step, class: 'computed' }));
  for (const { r, ms } of sorted) {
    const bound = r.bound === 'exact' ? '' : ` (${r.bound.replace('_', ' ')})`;
    svg.append(
      s('circle', { cx: x(ms), cy: y(r.value), r: 4.5, class: `reported ${r.bound}` },
        s('title', null, `${r.as_of!.slice(0, 10)}: reported ${r.value}${bound} — “${r.text}”; sitrep counts ${r.computed.value} from ${r.computed.events} events`)),
      s('circle', { cx: x(ms), cy: y(r.computed.value), r: 2.5, class: 'computed-pt' }),
    );
  }
  return svg;
}

function table(rows: Tally[]): HTMLTableElement {
  const bound: Record<string, string> = { exact: '', at_least: 'at least ', more_than: 'more than ', about: 'about ', at_most: 'at most ', less_than: 'less than ' };
  return h('table', { class: 'tally-table' },
    h('thead', null, h('tr', null, h('th', null, 'As of'), h('th', { class: 'num' }, 'Reported'), h('th', { class: 'num' }, 'sitrep'), h('th', null, 'Report says'))),
    h('tbody', null, [...rows].sort((a, b) => (a.as_of ?? '').localeCompare(b.as_of ?? '')).slice(-8).map((r) => h('tr', null,
      h('td', { class: 'nowrap' }, r.as_of!.slice(0, 10)),
      h('td', { class: 'num' }, `${bound[r.bound] ?? ''}${r.value}`),
      h('td', { class: 'num', title: `from ${r.computed.events} events` }, String(r.computed.value)),
      h('td', { class: 'quote' }, h('a', { href: `/event/${encodeURIComponent(r.event)}`, 'data-nav': true }, r.text))))));
}
