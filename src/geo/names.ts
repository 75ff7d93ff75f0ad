// Name normalisation shared by the gazetteer index and the text matcher.

// Most tokens are plain ASCII words: they only need lower-casing.
const PLAIN = /^[A-Za-z]+$/;
const MARKS = /[\u0300-\u036f]/g;
const DOTS_COMMAS = /[.,]/g;
const SEPARATORS = /[\s\-‐‑–—_]+/g;
const APOSTROPHES = /[’‘`´]/g;
// Letters NFD leaves whole ("Łódź", "Ørsted", "Đà Nẵng").
const STROKES = /[łŁøØđĐħĦıßæÆ]/g;
const STROKE_FOLD: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ı: 'i', ß: 'ss', æ: 'ae', Æ: 'AE' };

/** Folds a name to its index key: lower case, no diacritics, no dots or commas, hyphens as spaces. */
export function nameKey(s: string): string {
  if (PLAIN.test(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(STROKES, (c) => STROKE_FOLD[c])
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(DOTS_COMMAS, '')
    .replace(SEPARATORS, ' ')
    .trim();
}

/** Number of words a key spans (what the matcher's n-gram window must reach). */
export function keyWords(key: string): number {
  let n = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) n++;
  return n;
}

const EARTH_KM = 6371;
/** Great-circle distance in km. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const dLat = (lat2 - lat1) * r;
  const dLon = (lon2 - lon1) * r;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}
