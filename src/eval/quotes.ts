// Scores the quotes layer on our own annotated set (eval/quotes/*.json): quote span P/R/F1 (one-to-one overlap)
// and speaker accuracy on matched quotes. Gold offsets are found from the quoted text, so the files stay readable.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Quote } from '../core/types.ts';
import { annotateForEval } from './annotate.ts';
import { prf, spanCounts, type Prf } from './metrics.ts';

export interface QuoteGoldFile {
  id: string;
  text: string;
  /** `text` is the quoted words (inside the marks for direct quotes, the reported clause for indirect ones). */
  quotes: { text: string; speaker: string | null; direct: boolean }[];
}

export interface QuoteGold {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  direct: boolean;
}

/** Places each gold quote at the first occurrence of its words after the previous one. */
export function anchorQuotes(f: QuoteGoldFile): { gold: QuoteGold[]; problems: string[] } {
  const gold: QuoteGold[] = [];
  const problems: string[] = [];
  let from = 0;
  for (const q of f.quotes) {
    const at = f.text.indexOf(q.text, from);
    if (at < 0) {
      problems.push(`${f.id}: quote not found: "${q.text}"`);
      continue;
    }
    gold.push({ start: at, end: at + q.text.length, text: q.text, speaker: q.speaker, direct: q.direct });
    from = at + q.text.length;
  }
  return { gold, problems };
}

/** Speaker agreement: same name ignoring case, or one name contained in the other ("Maduro" / "Nicolás Maduro"). */
export function sameSpeaker(gold: string | null, sys: Quote['speaker']): boolean {
  if (gold === null) return sys === null;
  if (!sys) return false;
  const g = gold.toLowerCase();
  return [sys.name, sys.text].some((s) => {
    const x = (s ?? '').toLowerCase().replace(/^(the|a|an) /, '');
    return !!x && (x === g || x.includes(g) || g.includes(x));
  });
}

export interface QuoteScore {
  docs: number;
  gold: number;
  span: Prf & { exact: number };
  direct: Prf;
  indirect: Prf;
  speakerAccuracy: number;
  speakerN: number;
  problems: string[];
  errors: string[];
}

export function loadQuoteFiles(dir: string): QuoteGoldFile[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as QuoteGoldFile[]);
}

export function scoreQuotes(files: QuoteGoldFile[]): QuoteScore {
  const t = { tp: 0, fp: 0, fn: 0, exact: 0 };
  const byKind = { direct: { tp: 0, fp: 0, fn: 0 }, indirect: { tp: 0, fp: 0, fn: 0 } };
  let speakerN = 0;
  let speakerOk = 0;
  const problems: string[] = [];
  const errors: string[] = [];
  for (const f of files) {
    const { gold, problems: p } = anchorQuotes(f);
    problems.push(...p);
    const sys = annotateForEval({ id: f.id, text: f.text }).layers.quotes ?? [];
    const c = spanCounts(gold, sys);
    t.tp += c.tp;
    t.fp += c.fp;
    t.fn += c.fn;
    t.exact += c.exact;
    for (const kind of ['direct', 'indirect'] as const) {
      const g = gold.filter((q) => q.direct === (kind === 'direct'));
      const s = sys.filter((q) => q.direct === (kind === 'direct'));
      const k = spanCounts(g, s);
      byKind[kind].tp += k.tp;
      byKind[kind].fp += k.fp;
      byKind[kind].fn += k.fn;
    }
    gold.forEach((g, gi) => {
      const s = c.match[gi] >= 0 ? sys[c.match[gi]] : null;
      if (!s) {
        errors.push(`${f.id}\tMISS\t${g.text}`);
        return;
      }
      if (g.speaker === null) return;
      speakerN++;
      if (sameSpeaker(g.speaker, s.speaker)) speakerOk++;
      else errors.push(`${f.id}\tSPEAKER\t${g.speaker}\tgot ${s.speaker?.name ?? 'none'}\t${g.text}`);
    });
    const used = new Set(c.match);
    sys.forEach((s, k) => { if (!used.has(k)) errors.push(`${f.id}\tEXTRA\t${s.text}`); });
  }
  const gold = t.tp + t.fn;
  return {
    docs: files.length,
    gold,
    span: { ...prf(t.tp, t.fp, t.fn), exact: gold ? t.exact / gold : 0 },
    direct: prf(byKind.direct.tp, byKind.direct.fp, byKind.direct.fn),
    indirect: prf(byKind.indirect.tp, byKind.indirect.fp, byKind.indirect.fn),
    speakerAccuracy: speakerN ? speakerOk / speakerN : 0,
    speakerN,
    problems,
    errors,
  };
}
