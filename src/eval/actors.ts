// Entity/actor scores on the PLOVER coded sentences, through `processInput` (what `sitrep annotate` runs).
// Usage: npx tsx src/eval/actors.ts [path/to/PLOVER_GSR_CAMEO.json] [--write] [--misses]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { ActorRef, Entity } from '../core/types.ts';
import { annotateForEval } from './annotate.ts';
import { type Interval, matchSpans, prf, pct, sameSpan } from './metrics.ts';

interface GoldActor { actorText: string; code?: string; sector?: string }
interface GoldRecord { id: string; event: string; text?: string; eventText?: string; source?: GoldActor[] | '' | null; target?: GoldActor[] | '' | null }
interface Gold extends Interval { code: string; sector: string | null; text: string }

/** CAMEO codes that differ from ISO alpha-3. */
const CAMEO_CODES: Record<string, string> = { JAP: 'JPN', ITL: 'ITA', IMG: 'IGO', GMY: 'DEU', UK: 'GBR' };
/** CAMEO sectors named differently in sitrep. */
const CAMEO_SECTORS: Record<string, string> = { COP: 'POL', SPY: 'INTEL', UAF: 'MIL', CIV: 'CVL', JRN: 'MED', ELI: 'GOV', MOS: 'CVL', REF: 'CVL', LAB: 'CVL', EDU: 'CVL', SOC: 'CVL', AGR: 'CVL', REL: 'CVL' };

export const normCode = (c: string | null | undefined) => (c ? (CAMEO_CODES[c] ?? c) : null);
const normSector = (s: string | null | undefined) => {
  const k = s && /^[A-Z]{3}/.test(s) ? s.slice(0, 3) : null;
  return k ? (CAMEO_SECTORS[k] ?? k) : null;
};
/** The actor's code as a gold code: NGOs without a country are coded "NGO" in the gold. */
const predCode = (a: { code: string | null; sector: string | null }) => a.code ?? (a.sector === 'NGO' ? 'NGO' : null);

function goldOf(r: GoldRecord): Gold[] {
  const text = r.text ?? '';
  const out: Gold[] = [];
  for (const a of [...(Array.isArray(r.source) ? r.source : []), ...(Array.isArray(r.target) ? r.target : [])]) {
    if (typeof a !== 'object' || !a.actorText) continue;
    const t = a.actorText.trim();
    const at = text.indexOf(t);
    if (at < 0 || out.some((g) => g.start === at)) continue;
    out.push({ start: at, end: at + t.length, code: normCode(a.code)!, sector: normSector(a.sector), text: t });
  }
  return out;
}

interface Tally { gold: number; sys: number; span: number; exact: number; code: number; sector: number; sectorN: number }
const tally = (): Tally => ({ gold: 0, sys: 0, span: 0, exact: 0, code: 0, sector: 0, sectorN: 0 });

function score<S extends Interval & { code: string | null; sector: string | null }>(t: Tally, gold: Gold[], sys: S[]): number[] {
  const m = matchSpans(gold, sys);
  t.gold += gold.length;
  t.sys += sys.length;
  m.forEach((si, gi) => {
    if (si < 0) return;
    const g = gold[gi];
    const s = sys[si];
    t.span++;
    if (sameSpan(g, s) || s.end === g.end) t.exact++;
    if (predCode(s) === g.code) t.code++;
    if (g.sector) {
      t.sectorN++;
      if (s.sector === g.sector) t.sector++;
    }
  });
  return m;
}

export interface ActorScores {
  n: number;
  goldActors: number;
  /** Gold actors vs all entities that carry an actor (precision counts every coded entity, participant or not). */
  entities: ReturnType<typeof summary>;
  /** Gold source/target vs the actor and recipient of the event mention the stage picks for the sentence. */
  participants: ReturnType<typeof summary>;
  msPerDoc: number;
}

function summary(t: Tally) {
  return {
    span: prf(t.span, t.sys - t.span, t.gold - t.span),
    headSpan: prf(t.exact, t.sys - t.exact, t.gold - t.exact),
    code: prf(t.code, t.sys - t.code, t.gold - t.code),
    sectorAccuracy: t.sectorN ? t.sector / t.sectorN : 0,
    sys: t.sys,
  };
}

type SysActor = Interval & { code: string | null; sector: string | null; text: string };
const fromEntity = (e: Entity): SysActor => ({ start: e.start, end: e.end, code: e.actor!.code, sector: e.actor!.sector, text: e.text });
const fromRef = (a: ActorRef): SysActor => ({ start: a.start, end: a.end, code: a.code, sector: a.sector, text: a.text });

export function evaluateActors(path: string, misses?: string[]): ActorScores {
  const records = (JSON.parse(readFileSync(path, 'utf8')) as GoldRecord[]).filter((r) => r.event !== 'DOCUMENT' && r.text);
  const ent = tally();
  const par = tally();
  let ms = 0;
  for (const r of records) {
    const gold = goldOf(r);
    const t0 = performance.now();
    const doc = annotateForEval({ id: r.id, text: r.text!, published: '2000-01-01' });
    ms += performance.now() - t0;
    const sys = (doc.layers.entities ?? []).filter((e) => e.actor).map(fromEntity);
    const m = score(ent, gold, sys);
    const mentions = doc.layers.mentions ?? [];
    const cue = new Set((r.eventText ?? '').toLowerCase().split(/\W+/).filter(Boolean));
    const pick = mentions.find((x) => x.trigger.text.toLowerCase().split(/\W+/).some((w) => cue.has(w))) ?? mentions[0];
    const refs = pick ? [pick.actor, pick.recipient].filter((a): a is ActorRef => !!a).map(fromRef) : [];
    score(par, gold, refs);
    if (misses) {
      gold.forEach((g, gi) => {
        const s = m[gi] >= 0 ? sys[m[gi]] : null;
        if (!s || predCode(s) !== g.code) misses.push(`${g.text} [${g.code}] → ${s ? `${s.text} [${predCode(s)}]` : '—'}   | ${r.text!.slice(0, 100)}`);
      });
    }
  }
  return { n: records.length, goldActors: ent.gold, entities: summary(ent), participants: summary(par), msPerDoc: ms / records.length };
}

const f = (x: { p: number; r: number; f1: number }) => `${pct(x.p)} / ${pct(x.r)} / **${pct(x.f1)}**`;

/** The "Actors" section of eval/RESULTS.md. */
export function actorsSection(s: ActorScores, before?: string): string {
  return [
    '## Actors',
    '',
    `PLOVER coded sentences (${s.n} sentences, ${s.goldActors} gold source/target actors locatable in the text), run through \`processInput\`.`,
    'Span = one-to-one overlap match; head span = same end offset (gold spans often include titles: "Russian Foreign Minister Andrei Kozyrev");',
    'code = overlap match with the same alpha-3/IGO code (CAMEO codes JAP/ITL mapped to ISO). Entity precision counts every coded entity,',
    'but the gold only codes the event\'s participants, so it is a lower bound. No published anchor exists for this file.',
    '',
    '| measure (P / R / F1) | entities with an actor | event participants (mention actor + recipient) |',
    '|---|---|---|',
    `| span | ${f(s.entities.span)} | ${f(s.participants.span)} |`,
    `| head span | ${f(s.entities.headSpan)} | ${f(s.participants.headSpan)} |`,
    `| code | ${f(s.entities.code)} | ${f(s.participants.code)} |`,
    `| sector accuracy (matched, gold sector given) | ${pct(s.entities.sectorAccuracy)} | ${pct(s.participants.sectorAccuracy)} |`,
    '',
    ...(before ? [before, ''] : []),
    `Full pipeline: ${s.msPerDoc.toFixed(2)} ms per sentence on average (all stages, including the first call that builds the lexicons).`,
    '',
  ].join('\n');
}

/** Replaces (or appends) the "## Actors" section, leaving other sections untouched. */
export function writeSection(file: string, section: string): void {
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '# Evaluation results\n\n';
  const start = old.indexOf('## Actors\n');
  if (start < 0) {
    writeFileSync(file, `${old.trimEnd()}\n\n${section}`);
    return;
  }
  const next = old.indexOf('\n## ', start + 1);
  writeFileSync(file, old.slice(0, start) + section + (next >= 0 ? old.slice(next + 1) : ''));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '/work/shared/data/plover/PLOVER_GSR_CAMEO.json';
  if (!existsSync(path)) {
    console.log(`skipped: ${path} not found`);
    process.exit(0);
  }
  const misses: string[] = [];
  const s = evaluateActors(path, misses);
  if (process.argv.includes('--misses')) console.log(misses.join('\n'));
  console.log(JSON.stringify(s, (k, v) => (typeof v === 'number' ? +v.toFixed(3) : v), 1));
  if (process.argv.includes('--write')) writeSection('eval/RESULTS.md', actorsSection(s, process.env.ACTORS_BEFORE));
}
