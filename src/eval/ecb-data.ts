// ECB+ reader: documents, gold event mentions of validated sentences, and our pipeline's annotation of each document.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc } from '../core/types.ts';
import type { LexDoc, LexMention } from '../resolve/lexical.ts';

export const ECB_ROOT = process.env.ECB_ROOT ?? '/work/shared/data/ecbplus';
export const TEST_TOPICS = [36, 37, 38, 39, 40, 41, 42, 43, 44, 45];
export const DEV_TOPICS = [2, 5, 12, 18, 21, 23, 34, 35];

export interface EcbToken {
  id: string;
  sentence: number;
  text: string;
  start: number;
  end: number;
}

export interface EcbMention {
  id: string;
  doc: string;
  sentence: number;
  tokens: EcbToken[];
  gold: string;
}

export interface EcbDoc {
  name: string;
  topic: number;
  /** "ecb" or "ecbplus": the two seminal events of a topic. */
  subtopic: string;
  text: string;
  tokens: EcbToken[];
  mentions: EcbMention[];
}

const TOKEN_RE = /<token t_id="(\d+)" sentence="(\d+)" number="\d+">([^<]*)<\/token>/g;
const MARKABLE_RE = /<((?:NEG_)?ACTION_[A-Z]+) m_id="(\d+)"(?: note="[^"]*")?\s*>([\s\S]*?)<\/\1>/g;
const ANCHOR_RE = /<token_anchor t_id="(\d+)"\/>/g;
const RELATION_RE = /<(CROSS_DOC_COREF|INTRA_DOC_COREF) r_id="(\d+)"(?: note="([^"]*)")?\s*>([\s\S]*?)<\/\1>/g;
const SOURCE_RE = /<source m_id="(\d+)"\s*\/>/g;
const TARGET_RE = /<target m_id="(\d+)"\s*\/>/;

function unescape(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Validated sentences per file name ("36_1ecb.xml" → {1, 2}). */
export function validatedSentences(root = ECB_ROOT): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  const lines = readFileSync(join(root, 'ECBplus_coreference_sentences.csv'), 'utf8').split(/\r?\n/).slice(1);
  for (const line of lines) {
    const [topic, file, sent] = line.split(',');
    if (!sent) continue;
    const name = `${topic}_${file}.xml`;
    const set = out.get(name) ?? new Set<number>();
    set.add(Number(sent));
    out.set(name, set);
  }
  return out;
}

/** One document: text rebuilt from its tokens (one line per sentence), event mentions of validated sentences. */
export function readEcbDoc(path: string, name: string, topic: number, validated: Set<number> | undefined): EcbDoc {
  const xml = readFileSync(path, 'utf8');
  const tokens: EcbToken[] = [];
  const byId = new Map<string, EcbToken>();
  let text = '';
  let lastSentence = -1;
  for (const m of xml.matchAll(TOKEN_RE)) {
    const sentence = Number(m[2]);
    if (lastSentence >= 0) text += sentence !== lastSentence ? '\n' : ' ';
    lastSentence = sentence;
    const t = unescape(m[3]);
    const tok = { id: m[1], sentence, text: t, start: text.length, end: text.length + t.length };
    text += t;
    tokens.push(tok);
    byId.set(tok.id, tok);
  }
  const gold = new Map<string, string>();
  for (const r of xml.matchAll(RELATION_RE)) {
    const target = TARGET_RE.exec(r[4])?.[1];
    const cluster = r[1] === 'CROSS_DOC_COREF' ? `x:${r[3] ?? target}` : `i:${name}:${target}`;
    for (const s of r[4].matchAll(SOURCE_RE)) if (!gold.has(s[1])) gold.set(s[1], cluster);
  }
  const mentions: EcbMention[] = [];
  for (const m of xml.matchAll(MARKABLE_RE)) {
    const toks = [...m[3].matchAll(ANCHOR_RE)].map((a) => byId.get(a[1])).filter((t): t is EcbToken => !!t);
    if (!toks.length || !validated?.has(toks[0].sentence)) continue;
    const id = `${name}:${m[2]}`;
    mentions.push({ id, doc: name, sentence: toks[0].sentence, tokens: toks, gold: gold.get(m[2]) ?? `s:${id}` });
  }
  mentions.sort((a, b) => a.tokens[0].start - b.tokens[0].start);
  return { name, topic, subtopic: name.includes('ecbplus') ? 'ecbplus' : 'ecb', text, tokens, mentions };
}

export function readTopics(topics: number[], root = ECB_ROOT): EcbDoc[] {
  const validated = validatedSentences(root);
  const docs: EcbDoc[] = [];
  for (const t of topics) {
    const dir = join(root, 'ECB+', String(t));
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.xml')).sort()) docs.push(readEcbDoc(join(dir, f), f, t, validated.get(f)));
  }
  return docs;
}

export function allTopics(root = ECB_ROOT): number[] {
  return readdirSync(join(root, 'ECB+')).map(Number).filter((n) => Number.isFinite(n)).sort((a, b) => a - b);
}

/** Runs our pipeline over the rebuilt texts (loaded on demand: cached annotations need no pipeline). */
export async function annotateDocs(docs: EcbDoc[]): Promise<LexDoc[]> {
  const { processInput } = await import('../app/process.ts');
  return docs.map((d) => annotate(d, processInput));
}

/** Turns gold mentions into the lexical resolver's input, with our pipeline's annotation of the document. */
export function annotate(d: EcbDoc, processInput: typeof import('../app/process.ts').processInput): LexDoc {
  const doc: Doc = processInput({ meta: { id: d.name, title: null, outlet: null, url: null, language: 'en', published: null, source: d.name }, text: d.text });
  const mentions: LexMention[] = d.mentions.map((m) => ({
    id: m.id,
    start: m.tokens[0].start,
    end: m.tokens[m.tokens.length - 1].end,
    sentence: m.sentence,
  }));
  return { id: d.name, doc, mentions };
}
