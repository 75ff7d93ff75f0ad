// The timeline: one lane per PLOVER category, events as bars over their date interval, drawn on a canvas so that
// ten thousand events stay fast. Wheel zooms, drag selects a date range (the filter), click opens an event.
import type { EventFeature } from '../api.ts';
import { CATEGORY_ORDER, categoryColor } from '../categories.ts';
import { h } from '../dom.ts';

const DAY = 86_400_000;
const LANE = 22;
const LABEL_W = 104;
const AXIS_H = 24;

export interface TimelineOptions {
  onRange(from: string | undefined, to: string | undefined): void;
  onCategory(category: string): void;
  onOpen(id: string): void;
}

interface Bar {
  x0: number;
  x1: number;
  lane: number;
  f: EventFeature;
}

const toMs = (d: string) => Date.parse(d.slice(0, 10) + 'T00:00:00Z');
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function createTimeline(all: EventFeature[], opts: TimelineOptions) {
  const present = new Set(all.map((f) => f.properties.event));
  const lanes = CATEGORY_ORDER.filter((c) => present.has(c));
  const dated = all.filter((f) => f.properties.date);
  const starts = dated.map((f) => toMs(f.properties.date!));
  const ends = dated.map((f) => toMs(f.properties.enddate ?? f.properties.date!));
  const min = starts.length ? Math.min(...starts) : Date.UTC(2025, 0, 1);
  const max = ends.length ? Math.max(...ends, ...starts) + DAY : min + 30 * DAY;
  const pad = Math.max(3 * DAY, (max - min) * 0.03);
  const full: [number, number] = [min - pad, max + pad];
  let view: [number, number] = [...full];
  let shown: EventFeature[] = [];
  let range: [string | undefined, string | undefined] = [undefined, undefined];
  let bars: Bar[] = [];
  let drag: { x: number; moved: boolean } | null = null;
  let dragX = 0;

  const canvas = h('canvas', { class: 'timeline-canvas', 'aria-label': 'Timeline of events by category' });
  const tip = h('div', { class: 'tip', hidden: true });
  const wrap = h('div', { class: 'timeline', id: 'timeline' }, canvas, tip);
  const height = AXIS_H + Math.max(1, lanes.length) * LANE + 6;
  wrap.style.height = `${height}px`;

  const plotW = () => canvas.clientWidth - LABEL_W - 8;
  const xOf = (ms: number) => LABEL_W + ((ms - view[0]) / (view[1] - view[0])) * plotW();
  const msOf = (x: number) => view[0] + ((x - LABEL_W) / plotW()) * (view[1] - view[0]);

  function ticks(): { ms: number; label: string; major: boolean }[] {
    const span = view[1] - view[0];
    const out: { ms: number; label: string; major: boolean }[] = [];
    const d = new Date(view[0]);
    if (span > 120 * DAY) {
      d.setUTCDate(1);
      for (let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1); t <= view[1]; ) {
        const m = new Date(t);
        out.push({ ms: t, label: m.toLocaleString('en', { month: 'short', timeZone: 'UTC' }) + (m.getUTCMonth() === 0 ? ` ${m.getUTCFullYear()}` : ''), major: true });
        t = Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1);
      }
      return out;
    }
    const step = span > 40 * DAY ? 7 : span > 14 * DAY ? 2 : 1;
    for (let t = Math.ceil(view[0] / DAY) * DAY; t <= view[1]; t += DAY) {
      const m = new Date(t);
      if ((t / DAY) % step !== 0 && m.getUTCDate() !== 1) continue;
      out.push({ ms: t, label: m.toLocaleString('en', { month: 'short', day: 'numeric', timeZone: 'UTC' }), major: m.getUTCDate() === 1 });
    }
    return out;
  }

  function draw(): void {
    const dpr = window.devicePixelRatio || 1;
    const w = canvas.clientWidth;
    canvas.width = Math.round(w * dpr);
    canvas.height = Math.round(height * dpr);
    const g = canvas.getContext('2d')!;
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.clearRect(0, 0, w, height);
    g.font = '11px system-ui, sans-serif';
    // lanes and their labels
    lanes.forEach((c, i) => {
      const y = AXIS_H + i * LANE;
      if (i % 2 === 0) {
        g.fillStyle = '#f6f7f9';
        g.fillRect(LABEL_W, y, w - LABEL_W, LANE);
      }
      g.fillStyle = categoryColor(c);
      g.fillRect(8, y + 7, 8, 8);
      g.fillStyle = '#344054';
      g.fillText(c, 22, y + 15);
    });
    // axis
    g.strokeStyle = '#e4e7ec';
    g.fillStyle = '#667085';
    for (const t of ticks()) {
      const x = xOf(t.ms);
      if (x < LABEL_W || x > w - 40) continue;
      g.beginPath();
      g.moveTo(x + 0.5, t.major ? 4 : 14);
      g.lineTo(x + 0.5, height);
      g.stroke();
      g.fillText(t.label, x + 3, 13);
    }
    // the selected range
    const sel = drag?.moved ? [Math.min(drag.x, dragX), Math.max(drag.x, dragX)] : range[0] || range[1] ? [range[0] ? xOf(toMs(range[0])) : LABEL_W, range[1] ? xOf(toMs(range[1]) + DAY) : w] : null;
    if (sel) {
      g.fillStyle = 'rgba(31, 95, 139, 0.10)';
      g.fillRect(Math.max(LABEL_W, sel[0]), AXIS_H - 4, Math.min(w, sel[1]) - Math.max(LABEL_W, sel[0]), height - AXIS_H + 4);
    }
    // events
    bars = [];
    g.save();
    g.beginPath();
    g.rect(LABEL_W, 0, w - LABEL_W, height);
    g.clip();
    const laneOf = new Map<string, number>(lanes.map((c, i) => [c, i]));
    for (const f of shown) {
      const p = f.properties;
      if (!p.date) continue;
      const lane = laneOf.get(p.event);
      if (lane === undefined) continue;
      const open = !p.enddate && p.date_granularity === 'open';
      const x0 = xOf(toMs(p.date));
      const x1 = Math.max(x0 + 4, open ? xOf(view[1]) : xOf(toMs(p.enddate ?? p.date) + DAY));
      if (x1 < LABEL_W || x0 > w) continue;
      const y = AXIS_H + lane * LANE + 4;
      const exact = p.date_granularity === 'day' || p.date_granularity === 'time';
      g.fillStyle = categoryColor(p.event);
      g.globalAlpha = exact ? 0.9 : 0.35;
      g.fillRect(x0, y, x1 - x0, LANE - 8);
      if (!exact) {
        g.globalAlpha = 0.9;
        g.strokeStyle = categoryColor(p.event);
        g.strokeRect(x0 + 0.5, y + 0.5, x1 - x0 - 1, LANE - 9);
      }
      bars.push({ x0, x1, lane, f });
    }
    g.restore();
    g.globalAlpha = 1;
    wrap.dataset.count = String(shown.length);
  }

  function hit(ev: MouseEvent): Bar | null {
    const r = canvas.getBoundingClientRect();
    const x = ev.clientX - r.left;
    const lane = Math.floor((ev.clientY - r.top - AXIS_H) / LANE);
    let best: Bar | null = null;
    for (const b of bars) if (b.lane === lane && x >= b.x0 - 2 && x <= b.x1 + 2 && (!best || b.x1 - b.x0 < best.x1 - best.x0)) best = b;
    return best;
  }

  canvas.addEventListener('wheel', (ev) => {
    ev.preventDefault();
    const r = canvas.getBoundingClientRect();
    const span = view[1] - view[0];
    if (Math.abs(ev.deltaX) > Math.abs(ev.deltaY)) {
      const shift = (ev.deltaX / plotW()) * span;
      view = [view[0] + shift, view[1] + shift];
    } else {
      const at = msOf(ev.clientX - r.left);
      const k = Math.exp(ev.deltaY * 0.0015);
      const next = Math.min(full[1] - full[0] + 365 * DAY, Math.max(2 * DAY, span * k));
      view = [at - ((at - view[0]) / span) * next, at + ((view[1] - at) / span) * next];
    }
    draw();
  }, { passive: false });
  canvas.addEventListener('mousedown', (ev) => {
    const r = canvas.getBoundingClientRect();
    const x = ev.clientX - r.left;
    if (x < LABEL_W) {
      const lane = Math.floor((ev.clientY - r.top - AXIS_H) / LANE);
      if (lanes[lane]) opts.onCategory(lanes[lane]);
      return;
    }
    drag = { x, moved: false };
    dragX = x;
  });
  window.addEventListener('mousemove', onMove);
  window.addEventListener('mouseup', onUp);
  function onMove(ev: MouseEvent): void {
    const r = canvas.getBoundingClientRect();
    if (drag) {
      dragX = ev.clientX - r.left;
      if (Math.abs(dragX - drag.x) > 4) drag.moved = true;
      if (drag.moved) draw();
      return;
    }
    if (ev.target !== canvas) return;
    const b = hit(ev);
    canvas.style.cursor = b ? 'pointer' : ev.clientX - r.left < LABEL_W ? 'pointer' : 'crosshair';
    tip.hidden = !b;
    if (b) {
      const p = b.f.properties;
      tip.textContent = `${p.date}${p.enddate && p.enddate !== p.date ? ' – ' + p.enddate : ''} · ${p.event}${p.mode ? '/' + p.mode : ''} · ${p.actor ?? '—'} → ${p.recipient ?? '—'}${p.place ? ' · ' + p.place : ''}`;
      tip.style.left = `${Math.min(ev.clientX - r.left + 12, r.width - 320)}px`;
      tip.style.top = `${ev.clientY - r.top + 14}px`;
    }
  }
  function onUp(ev: MouseEvent): void {
    if (!drag) return;
    const d = drag;
    drag = null;
    if (d.moved) {
      const [a, b] = [Math.min(d.x, dragX), Math.max(d.x, dragX)];
      opts.onRange(isoDay(Math.max(msOf(a), full[0])), isoDay(msOf(b)));
      return;
    }
    const b = hit(ev);
    if (b) opts.onOpen(b.f.properties.id);
  }
  const resize = new ResizeObserver(() => draw());
  resize.observe(wrap);

  return {
    element: wrap,
    update(features: EventFeature[], from?: string, to?: string): void {
      shown = features;
      range = [from, to];
      draw();
    },
    zoom(factor: number): void {
      const mid = (view[0] + view[1]) / 2;
      const half = ((view[1] - view[0]) * factor) / 2;
      view = [mid - half, mid + half];
      draw();
    },
    reset(): void {
      view = [...full];
      draw();
    },
    remove(): void {
      resize.disconnect();
      window.removeEventListener('mousemove', onMove);
      window.removeEventListener('mouseup', onUp);
    },
  };
}
