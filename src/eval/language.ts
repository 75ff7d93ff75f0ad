// Scores language detection on our own sentences (eval/language/<code>.txt, one sentence a line):
// accuracy per language, as the ingest path labels a plain-text document with no language given.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestString } from '../ingest/index.ts';

export interface LanguageScore {
  n: number;
  accuracy: number;
  perLanguage: Record<string, { n: number; correct: number; accuracy: number }>;
  confusions: string[];
}

/** Reads `<code>.txt` files: one sentence a line, blank lines and `#` comments ignored. */
export function loadLanguageSets(dir: string): { lang: string; text: string }[] {
  return readdirSync(dir).filter((f) => /^[a-z]{2}\.txt$/.test(f)).sort().flatMap((f) =>
    readFileSync(join(dir, f), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).map((text) => ({ lang: f.slice(0, 2), text })),
  );
}

/** The language ingest gives a text (what `sitrep annotate` would run the stages with). */
export function languageOf(text: string): string {
  const r = ingestString(text, 'eval', {}, 'text');
  return r.ok ? r.input.meta.language : 'error';
}

export function scoreLanguage(items: { lang: string; text: string }[], detect: (text: string) => string = languageOf): LanguageScore {
  const perLanguage: LanguageScore['perLanguage'] = {};
  const confusions: string[] = [];
  let correct = 0;
  for (const it of items) {
    const got = detect(it.text);
    const p = (perLanguage[it.lang] ??= { n: 0, correct: 0, accuracy: 0 });
    p.n++;
    if (got === it.lang) {
      p.correct++;
      correct++;
    } else confusions.push(`${it.lang}→${got}\t${it.text}`);
  }
  for (const p of Object.values(perLanguage)) p.accuracy = p.n ? p.correct / p.n : 0;
  return { n: items.length, accuracy: items.length ? correct / items.length : 0, perLanguage, confusions };
}
