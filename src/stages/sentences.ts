import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Doc, Sentence, Token } from '../core/types.ts';
import type { Stage } from '../pipeline/stage.ts';

// wink-nlp is loaded once per process; it is lossless, so offsets come from re-walking the text.
let nlp: ReturnType<typeof winkNLP> | null = null;
function getNlp() {
  return (nlp ??= winkNLP(model));
}

/** Splits text into sentences and tokens (UTF-16 offsets, POS, lemma). */
export function tokenize(text: string): { sentences: Sentence[]; tokens: Token[] } {
  const w = getNlp();
  const its = w.its;
  const wd = w.readDoc(text);
  const values = wd.tokens().out() as string[];
  const pos = wd.tokens().out(its.pos) as string[];
  const lemma = wd.tokens().out(its.lemma as never) as unknown as string[];
  const normal = wd.tokens().out(its.normal) as string[];
  const spans = wd.sentences().out(its.span) as unknown as [number, number][];
  const sentOf = new Int32Array(values.length);
  spans.forEach(([a, b], si) => {
    for (let i = a; i <= b; i++) sentOf[i] = si;
  });
  const all: { start: number; end: number; i: number }[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const at = text.indexOf(v, cursor);
    const start = at < 0 ? cursor : at;
    const end = at < 0 ? cursor : at + v.length;
    cursor = end;
    all.push({ start, end, i });
  }
  const tokens: Token[] = [];
  const tokenIndex = new Int32Array(values.length).fill(-1);
  for (const t of all) {
    const v = values[t.i];
    if (!v.trim()) continue;
    tokenIndex[t.i] = tokens.length;
    tokens.push({
      start: t.start,
      end: t.end,
      text: v,
      pos: pos[t.i],
      normal: normal[t.i],
      lemma: lemma[t.i] || normal[t.i],
      sentence: sentOf[t.i],
    });
  }
  const sentences: Sentence[] = [];
  for (const [a, b] of spans) {
    let s = a;
    while (s <= b && !values[s].trim()) s++;
    let e = b;
    while (e >= s && !values[e].trim()) e--;
    if (s > e) continue;
    sentences.push({ start: all[s].start, end: all[e].end });
  }
  // Renumber token sentence indices after dropping empty sentences.
  let si = 0;
  for (const t of tokens) {
    while (si < sentences.length - 1 && t.start >= sentences[si].end) si++;
    t.sentence = si;
  }
  return { sentences, tokens };
}

export const sentencesStage: Stage = {
  name: 'sentences',
  requires: [],
  provides: ['sentences', 'tokens'],
  run(doc: Doc) {
    const { sentences, tokens } = tokenize(doc.text);
    doc.layers.sentences = sentences;
    doc.layers.tokens = tokens;
  },
};
