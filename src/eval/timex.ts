// Scores the time stage on TempEval-3 (TimeML): extraction strict/relaxed P/R/F1, value and type F1.
// Usage: npx tsx src/eval/timex.ts [dir-of-.tml]   (default ../shared/data/tempeval3/te3-platinum)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotateForEval } from './annotate.ts';
import { attrPrf, matchSpans, sameSpan } from './metrics.ts';

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TimeMLDoc {
  id: string;
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

const unescape = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1] ?? '';

/** Reads a TimeML file: the DCT value, the plain text of <TEXT>, and its TIMEX3 spans. */
export function parseTimeML(xml: string, id: string): TimeMLDoc {
  const dctTag = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const dct = dctTag ? attr(dctTag[1], 'value') || null : null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: GoldTimex[] = [];
  let open: { start: number; attrs: string } | null = null;
  const tag = /<(\/?)([A-Za-z0-9]+)([^>]*?)\/?>/g;
  let last = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    text += unescape(body.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[2] !== 'TIMEX3') continue;
    if (!m[1]) open = { start: text.length, attrs: m[3] };
    else if (open) {
      timexes.push({ start: open.start, end: text.length, text: text.slice(open.start, text.length), type: attr(open.attrs, 'type'), value: attr(open.attrs, 'value') });
      open = null;
    }
  }
  text += unescape(body.slice(last));
  return { id, dct, text, timexes };
}

export interface TimexCounts { docs: number; sys: number; gold: number; strict: number; relaxed: number; value: number; type: number; ms: number; words: number }

const f1 = attrPrf;

/** Scores already-parsed documents: the times layer of the pipeline (DCT as publication time) against the gold TIMEX3. */
export function scoreDocs(docs: TimeMLDoc[]): TimexCounts & { misses: string[] } {
  const c: TimexCounts = { docs: docs.length, sys: 0, gold: 0, strict: 0, relaxed: 0, value: 0, type: 0, ms: 0, words: 0 };
  const misses: string[] = [];
  for (const doc of docs) {
    const timings: { stage: string; ms: number }[] = [];
    const sys = annotateForEval({ id: doc.id, text: doc.text, published: doc.dct }, timings).layers.times ?? [];
    c.ms += timings.find((t) => t.stage === 'time')?.ms ?? 0;
    c.words += doc.text.split(/\s+/).length;
    c.sys += sys.length;
    c.gold += doc.timexes.length;
    const match = matchSpans(doc.timexes, sys);
    doc.timexes.forEach((g, gi) => {
      const s = match[gi] >= 0 ? sys[match[gi]] : null;
      if (!s) { misses.push(`${doc.id}: MISS "${g.text}" ${g.type} ${g.value}`); return; }
      c.relaxed++;
      if (sameSpan(s, g)) c.strict++;
      if (s.type === g.type) c.type++;
      if (s.value === g.value) c.value++;
      else misses.push(`${doc.id}: VALUE "${g.text}" gold ${g.value} sys ${s.value} ("${s.text}")`);
    });
    const used = new Set(match);
    sys.forEach((s, k) => { if (!used.has(k)) misses.push(`${doc.id}: EXTRA "${s.text}" ${s.value}`); });
  }
  return { ...c, misses };
}

/** Reads every .tml file of a folder. */
export function loadTimeMLDir(dir: string): TimeMLDoc[] {
  return readdirSync(dir).filter((x) => x.endsWith('.tml')).sort().map((f) => parseTimeML(readFileSync(join(dir, f), 'utf8'), f));
}

export function scoreDir(dir: string): TimexCounts & { misses: string[] } {
  return scoreDocs(loadTimeMLDir(dir));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? fileURLToPath(new URL('../../../shared/data/tempeval3/te3-platinum', import.meta.url));
  const r = scoreDir(dir);
  if (process.argv.includes('--errors')) for (const m of r.misses) console.log(m);
  const show = (name: string, hit: number) => {
    const { p, r: rc, f1: f } = f1(hit, r.sys, r.gold);
    console.log(`${name.padEnd(8)} P ${(100 * p).toFixed(1)}  R ${(100 * rc).toFixed(1)}  F1 ${(100 * f).toFixed(1)}`);
  };
  console.log(`gold ${r.gold}, system ${r.sys}`);
  show('strict', r.strict);
  show('relaxed', r.relaxed);
  show('value', r.value);
  show('type', r.type);
  console.log(`${(r.ms / r.words * 600).toFixed(3)} ms per 600 words (single pass, incl. warm-up)`);
}
