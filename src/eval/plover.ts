// Event category accuracy of the events stage on the PLOVER gold sentences (CAMEO examples, PLOVER 0.5b1 labels
// mapped to the 16 current categories). Usage: npx tsx src/eval/plover.ts [path/to/PLOVER_GSR_CAMEO.json]
import { readFileSync } from 'node:fs';
import type { Doc, Entity } from '../core/types.ts';
import { tokenize } from '../stages/sentences.ts';
import { extractMentions } from '../stages/events.ts';

interface GoldActor { actorText: string; code?: string; sector?: string }
interface GoldRecord { id: string; event: string; mode?: string; text?: string; eventText?: string; source?: GoldActor[] | ''; target?: GoldActor[] | '' }

/** The current manual's mapping of the 0.5b1 labels. */
const RELABEL: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };

function goldEntities(text: string, actors: GoldActor[]): Entity[] {
  const out: Entity[] = [];
  for (const a of actors) {
    const at = text.indexOf(a.actorText);
    if (at < 0) continue;
    out.push({ start: at, end: at + a.actorText.length, text: a.actorText, type: 'ORG', by: 'gold', actor: { name: a.actorText, code: a.code ?? null, sector: a.sector ?? null, wikidata: null } });
  }
  return out.sort((x, y) => x.start - y.start);
}

function predict(rec: GoldRecord): { event: string; actorCode: string | null } {
  const text = rec.text ?? '';
  const actors = [...(rec.source || []), ...(rec.target || [])];
  const { sentences, tokens } = tokenize(text);
  const doc: Doc = {
    meta: { id: rec.id, title: null, outlet: null, url: null, language: 'en', published: '2000-01-01', source: null },
    text, layers: { sentences, tokens, entities: goldEntities(text, actors), times: [], places: [] }, messages: [],
  };
  const ms = extractMentions(doc);
  const cue = new Set((rec.eventText ?? '').toLowerCase().split(/\W+/).filter(Boolean));
  const m = ms.find((x) => x.trigger.text.toLowerCase().split(/\W+/).some((w) => cue.has(w))) ?? ms[0];
  return { event: m ? m.event : 'NONE', actorCode: m?.actor?.code ?? null };
}

export function evaluate(path: string): { n: number; accuracy: number; macroF1: number; actorAccuracy: number; perCategory: Record<string, { p: number; r: number; f1: number; n: number }> } {
  const records = (JSON.parse(readFileSync(path, 'utf8')) as GoldRecord[]).filter((r) => r.event !== 'DOCUMENT' && r.text);
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  let correct = 0;
  let actorN = 0;
  let actorOk = 0;
  for (const r of records) {
    const gold = RELABEL[r.event] ?? r.event;
    const p = predict(r);
    if (p.event === gold) { correct++; inc(tp, gold); } else { inc(fn, gold); if (p.event !== 'NONE') inc(fp, p.event); }
    const src = r.source && r.source[0]?.code;
    if (src && p.event === gold) { actorN++; if (p.actorCode === src) actorOk++; }
  }
  const perCategory: Record<string, { p: number; r: number; f1: number; n: number }> = {};
  const cats = new Set([...tp.keys(), ...fn.keys()]);
  let f1sum = 0;
  for (const c of cats) {
    const t = tp.get(c) ?? 0;
    const prec = t / Math.max(1, t + (fp.get(c) ?? 0));
    const rec = t / Math.max(1, t + (fn.get(c) ?? 0));
    const f1 = prec + rec ? (2 * prec * rec) / (prec + rec) : 0;
    perCategory[c] = { p: +prec.toFixed(3), r: +rec.toFixed(3), f1: +f1.toFixed(3), n: t + (fn.get(c) ?? 0) };
    f1sum += f1;
  }
  return { n: records.length, accuracy: correct / records.length, macroF1: f1sum / cats.size, actorAccuracy: actorOk / Math.max(1, actorN), perCategory };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = evaluate(process.argv[2] ?? '/work/shared/data/plover/PLOVER_GSR_CAMEO.json');
  console.log(JSON.stringify(r, null, 1));
}
