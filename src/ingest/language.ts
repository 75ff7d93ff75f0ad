// A tiny language guesser from stop-word counts: good enough to label news text, not a classifier.

export type LanguageCode = 'en' | 'es' | 'fr' | 'pt' | 'de' | 'it' | 'nl';

const STOP_WORDS: Record<LanguageCode, string> = {
  en: 'the and of to in is that was for with on said by he it as at from his have has were are this be which not but they an who will their been would had its after more than into about also there',
  es: 'el la los las de del que y en un una unos unas por con para es se su al lo le les como más pero sus fue ha este esta según dijo sobre también entre hasta desde cuando muy sin ya han son ese esa porque fueron tras no todavía quién mientras hubiera aún después durante contra ante nuevos nuevas varios varias otro otra',
  fr: 'le la les des du de et un une est que qui dans pour pas sur au aux avec il elle ce cette sont été ont par mais selon leur ses plus nous vous où aussi entre après sans même était fait',
  pt: 'o a os as do da dos das de e que em um uma para com não na nos por se é foi ao mais seu sua pelo pela também segundo disse são está mas ou quando foram até após sem já entre isso',
  de: 'der die das und ist nicht ein eine zu den dem mit von sich des auf für im es auch wurde dass sind nach bei wie oder hat sagte einen einer werden noch nur aus am vom über zum zur',
  it: 'il lo la gli le di che e un una per con non sono del della nel alla è ha anche più dei delle da al questo questa stato essere ma come secondo dopo tra hanno',
  nl: 'de het een en van is dat niet op te zijn met voor er ook bij wordt naar aan om maar door werd heeft dit die hij zij nog als tot over',
};

const LANGS = Object.keys(STOP_WORDS) as LanguageCode[];
// word → indexes of the languages listing it
const WORD_LANGS = new Map<string, number[]>();
LANGS.forEach((lang, i) => {
  for (const w of STOP_WORDS[lang].split(' ')) {
    const list = WORD_LANGS.get(w) ?? [];
    if (!list.includes(i)) list.push(i);
    WORD_LANGS.set(w, list);
  }
});

const WORD = /\p{L}+/gu;

// Spelling marks of one language: letters and word endings ("ción", "ão", "ß") that stop words miss in short texts.
const MARKS: Partial<Record<LanguageCode, string[]>> = {
  es: ['ñ', '¿', '¡', 'ción', 'ciones', 'aron', 'ieron', 'ía', 'ó'],
  pt: ['ão', 'ões', 'ç', 'ã', 'õ', 'lh', 'nh'],
  fr: ['eau', 'eaux', 'è', 'ê', 'ç', 'œ'],
  de: ['ß', 'ü', 'ö', 'ä', 'sch'],
  it: ['zione', 'zioni', 'ò', 'ù'],
};
const MARK_LANGS = new Map<string, number>();
const markList: string[] = [];
for (const [lang, marks] of Object.entries(MARKS)) {
  for (const m of marks ?? []) {
    if (MARK_LANGS.has(m)) continue;
    MARK_LANGS.set(m, (Object.keys(STOP_WORDS) as LanguageCode[]).indexOf(lang as LanguageCode));
    markList.push(m);
  }
}
// longest first so "ciones" wins over "ción"
const MARK = new RegExp(markList.sort((a, b) => b.length - a.length).join('|'), 'giu');
/** How much text to look at: the opening is plenty and keeps this O(1) per document. */
const SAMPLE_CHARS = 4000;

/** Guesses the ISO 639-1 language of a text from stop words (en, es, fr, pt, de, it, nl); 'en' when unsure. */
export function detectLanguage(text: string): LanguageCode {
  const scores = new Array<number>(LANGS.length).fill(0);
  let words = 0;
  for (const m of text.slice(0, SAMPLE_CHARS).matchAll(WORD)) {
    words++;
    const langs = WORD_LANGS.get(m[0].toLowerCase());
    // a word shared by several languages says less than one that only one language uses
    if (langs) for (const i of langs) scores[i] += 1 / langs.length;
  }
  for (const m of text.slice(0, SAMPLE_CHARS).matchAll(MARK)) {
    const i = MARK_LANGS.get(m[0].toLowerCase());
    if (i !== undefined) scores[i] += 0.5;
  }
  let best = 0;
  for (let i = 1; i < LANGS.length; i++) if (scores[i] > scores[best]) best = i;
  const second = Math.max(...scores.filter((_, i) => i !== best));
  // too few cues to tell: keep the default (a short sentence needs a clear winner)
  if (scores[best] < 1 || scores[best] < words * 0.05 || (scores[best] < 1.5 && scores[best] - second < 0.5)) return 'en';
  return LANGS[best];
}
