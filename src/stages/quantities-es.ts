// Spanish counted quantities, from word forms only (no Spanish lemmas or POS): "mataron a cuatro personas",
// "murieron tres tripulantes", "dejó 11 muertos", "al menos 87 fallecidos", "más de 100 muertos", "en 22 bombardeos",
// "no hubo víctimas" (killed 0). Same conventions as quantities.ts: "decenas" = 24, "cientos" = 200, "miles" = 2000 at_least.
import type { Bound, Token } from '../core/types.ts';
import type { FoundQuantity, QuantityKind } from './quantities.ts';

const UNITS = 'cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve'.split(' ');
const TENS: [string, number][] = [['treinta', 30], ['cuarenta', 40], ['cincuenta', 50], ['sesenta', 60], ['setenta', 70], ['ochenta', 80], ['noventa', 90]];
const HUNDREDS: [string, number][] = [['cien', 100], ['ciento', 100], ['doscientos', 200], ['doscientas', 200], ['trescientos', 300], ['trescientas', 300], ['cuatrocientos', 400], ['quinientos', 500], ['seiscientos', 600], ['setecientos', 700], ['ochocientos', 800], ['novecientos', 900]];
/** Number words → value; "un"/"una" count only before a singular counted noun ("un muerto"). */
const WORDS: ReadonlyMap<string, number> = new Map<string, number>([
  ...UNITS.map((w, i) => [w, i] as [string, number]),
  ['veintiún', 21], ['dieciseis', 16], ['veintidos', 22], ['veintitres', 23], ['veintiseis', 26],
  ...TENS, ...HUNDREDS,
]);
const VAGUE: ReadonlyMap<string, number> = new Map([['decenas', 24], ['docenas', 24], ['cientos', 200], ['centenares', 200], ['miles', 2000]]);
const SCALES: ReadonlyMap<string, number> = new Map([['mil', 1000], ['millón', 1_000_000], ['millones', 1_000_000]]);
const DIGITS = /^\d{1,3}(\.\d{3})+$|^\d+$/;
const MONTH = /^(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)$/;

const BOUNDS: [string[], Bound][] = [
  [['al', 'menos'], 'at_least'], [['por', 'lo', 'menos'], 'at_least'], [['como', 'mínimo'], 'at_least'],
  [['no', 'menos', 'de'], 'at_least'], [['no', 'más', 'de'], 'at_most'],
  [['más', 'de'], 'more_than'], [['menos', 'de'], 'less_than'],
  [['cerca', 'de'], 'about'], [['alrededor', 'de'], 'about'], [['aproximadamente'], 'about'], [['unos'], 'about'], [['unas'], 'about'], [['casi'], 'at_most'], [['hasta'], 'at_most'],
];

/** Counted nouns after the number. Person nouns ("personas") count only with a kill verb before them. */
const AFTER: ReadonlyMap<string, QuantityKind> = new Map([
  ...'muerto muertos muerta muertas fallecido fallecidos fallecidas víctimas muertes'.split(' ').map((w) => [w, 'killed'] as [string, QuantityKind]),
  ...'herido heridos heridas lesionados lesionadas'.split(' ').map((w) => [w, 'injured'] as [string, QuantityKind]),
  ...'lancha lanchas embarcación embarcaciones barco barcos buque buques bote botes narcolancha narcolanchas semisumergible semisumergibles petrolero petroleros tanquero tanqueros'.split(' ').map((w) => [w, 'vessels'] as [string, QuantityKind]),
  ...'ataques bombardeos operaciones ofensivas'.split(' ').map((w) => [w, 'strikes'] as [string, QuantityKind]),
  ...'detenido detenidos detenidas arrestados arrestadas capturados capturadas'.split(' ').map((w) => [w, 'arrested'] as [string, QuantityKind]),
  ...'desaparecido desaparecidos desaparecidas'.split(' ').map((w) => [w, 'missing'] as [string, QuantityKind]),
]);
/** Participles after a person noun: "personas muertas", "han muerto", "quedaron heridas". */
const PARTICIPLES: ReadonlyMap<string, QuantityKind> = new Map([
  ...'muerto muertos muerta muertas fallecido fallecidos fallecidas asesinados asesinadas'.split(' ').map((w) => [w, 'killed'] as [string, QuantityKind]),
  ...'herido heridos herida heridas lesionados lesionadas'.split(' ').map((w) => [w, 'injured'] as [string, QuantityKind]),
  ...'detenidos detenidas arrestados arrestadas capturados capturadas'.split(' ').map((w) => [w, 'arrested'] as [string, QuantityKind]),
  ...'desaparecidos desaparecidas'.split(' ').map((w) => [w, 'missing'] as [string, QuantityKind]),
]);
/** Verbs and nouns before the number that say what is counted: "mataron a", "murieron", "hirió a", "detuvo a". */
const BEFORE: ReadonlyMap<string, QuantityKind> = new Map([
  // "han muerto al menos 76 personas", "han fallecido 12 tripulantes"
  ...'mató mataron matado matar murieron murió muerto fallecido fallecieron falleció perecieron muerte muertes asesinó asesinaron asesinato'.split(' ').map((w) => [w, 'killed'] as [string, QuantityKind]),
  ...'hirió hirieron herido'.split(' ').map((w) => [w, 'injured'] as [string, QuantityKind]),
  // "la captura de tres presuntos agentes", "la detención de 14 personas"
  ...'detuvo detuvieron detenido arrestó arrestaron capturó capturaron captura capturas detención detenciones arresto arrestos'.split(' ').map((w) => [w, 'arrested'] as [string, QuantityKind]),
]);
/** Light words between a kill verb and its number ("mataron a al menos"), skipped when looking back. */
const SKIP_BACK = new Set(['a', 'un', 'total', 'de', 'otras', 'otros', 'también', 'hasta', 'el', 'este', 'ayer', 'hoy', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'pasado', 'anoche']);
const ZERO_NOUNS: ReadonlyMap<string, QuantityKind> = new Map([['víctimas', 'killed'], ['muertos', 'killed'], ['fallecidos', 'killed'], ['muertes', 'killed'], ['heridos', 'injured'], ['detenidos', 'arrested']]);

interface EsNumber { value: number; last: number; vague: boolean }

/** A Spanish number at token i: digits ("1.200"), words ("treinta y dos", "doscientos mil"), vague plurals ("decenas de"). */
export function parseNumberEs(tokens: Token[], i: number, to: number): EsNumber | null {
  const n = tokens[i].normal;
  const vague = VAGUE.get(n);
  if (vague !== undefined) return { value: vague, last: i, vague: true };
  let value: number;
  let last = i;
  // "una decena de lanchas", "media docena de detenidos"
  if ((n === 'una' || n === 'media') && i + 1 < to && /^(decena|docena|veintena|centena)$/.test(tokens[i + 1].normal)) {
    const v = { decena: 10, docena: 12, veintena: 20, centena: 100 }[tokens[i + 1].normal as 'decena'];
    return { value: n === 'media' ? v / 2 : v, last: i + 1, vague: false };
  }
  if (DIGITS.test(n)) value = Number(n.replace(/\./g, ''));
  else if ((n === 'un' || n === 'una') && i + 1 < to && /^(muerto|muerta|fallecido|fallecida|herido|herida|detenido|detenida|desaparecido|desaparecida|persona)$/.test(tokens[i + 1].normal)) return { value: 1, last: i, vague: false };
  else {
    const w = WORDS.get(n);
    if (w === undefined && !SCALES.has(n)) return null;
    value = w ?? 0;
    // "ciento veinte", "treinta y dos", "doscientos cincuenta"
    for (let j = i + 1; j < to; j++) {
      const m = tokens[j].normal;
      if (m === 'y' && value % 10 === 0 && value >= 30 && value < 100 && j + 1 < to && (WORDS.get(tokens[j + 1].normal) ?? 99) < 10) { value += WORDS.get(tokens[j + 1].normal)!; last = ++j; continue; }
      const v = WORDS.get(m);
      if (v !== undefined && v < 100 && value >= 100 && value % 100 === 0) { value += v; last = j; continue; }
      if (v !== undefined && v < 10 && value >= 30 && value < 100 && value % 10 === 0) break; // "treinta dos": no
      break;
    }
  }
  const scale = last + 1 < to ? SCALES.get(tokens[last + 1].normal) : undefined;
  if (scale) { value = (value || 1) * scale; last++; }
  return { value, last, vague: false };
}

function boundBefore(tokens: Token[], i: number, from: number): { bound: Bound; first: number } | null {
  for (const [words, bound] of BOUNDS) {
    const first = i - words.length;
    if (first < from) continue;
    if (words.every((w, k) => tokens[first + k].normal === w)) return { bound, first };
  }
  return null;
}

function kindAfter(tokens: Token[], from: number, to: number): { kind: QuantityKind; last: number; person: boolean } | null {
  for (let j = from; j < Math.min(to, from + 4); j++) {
    const n = tokens[j].normal;
    const k = AFTER.get(n);
    if (k) return { kind: k, last: j, person: false };
    if (/^(personas|persona|tripulantes|ocupantes|civiles|pescadores|narcotraficantes|hombres|marineros|soldados|militares|policías|agentes|migrantes|niños|miembros)$/.test(n)) {
      // "tres personas murieron", "cuatro tripulantes fallecieron"
      // "resultaron muertas / heridas": the participle after it says what.
      const res = /^(resultaron|resultó|quedaron)$/.test(tokens[j + 1]?.normal ?? '') ? AFTER.get(tokens[j + 2]?.normal ?? '') : undefined;
      if (res) return { kind: res, last: j, person: true };
      // "115 personas muertas", "115 personas han muerto", "1.200 personas fueron detenidas": the participle says what.
      // "habrían sido detenidos": a reported perfect passive.
      const aux = /^(han|habían|habrían|hayan|fueron|fueran|son|están|estaban|serán|serían)$/.test(tokens[j + 1]?.normal ?? '') && tokens[j + 2]?.normal !== 'sido' ? 1
        : /^(han|habían|habrían|hayan)$/.test(tokens[j + 1]?.normal ?? '') && tokens[j + 2]?.normal === 'sido' ? 2 : 0;
      const part = PARTICIPLES.get(tokens[j + 1 + aux]?.normal ?? '');
      if (part) return { kind: part, last: j + 1 + aux, person: false };
      const v = BEFORE.get(tokens[j + 1]?.normal ?? '') ?? BEFORE.get(tokens[j + 2]?.normal ?? '');
      return v ? { kind: v, last: j, person: true } : { kind: 'killed', last: j, person: true };
    }
    if (n === 'de' || n === 'más' || n === 'mortales' || n === 'presuntos' || n === 'presuntas' || n === 'supuestos') continue;
    if (j > from) break;
  }
  return null;
}

function kindBefore(tokens: Token[], first: number, from: number): QuantityKind | null {
  for (let j = first - 1; j >= Math.max(from, first - 6); j--) {
    const n = tokens[j].normal;
    const k = BEFORE.get(n);
    if (k) return k;
    // "detuvo en Cartagena a seis pescadores": a named place between the verb and its count.
    if (/^\p{Lu}/u.test(tokens[j].text) && tokens[j - 1]?.normal === 'en') { j--; continue; }
    if (!SKIP_BACK.has(n)) return null;
  }
  return null;
}

function span(text: string, tokens: Token[], a: number, b: number) {
  return { start: tokens[a].start, end: tokens[b].end, text: text.slice(tokens[a].start, tokens[b].end) };
}

/** All counted quantities in Spanish tokens [from, to). */
export function findQuantitiesEs(text: string, tokens: Token[], from: number, to: number): FoundQuantity[] {
  const out: FoundQuantity[] = [];
  for (let i = from; i < to; i++) {
    const n = tokens[i].normal;
    if (n === 'no' || n === 'sin' || n === 'ningún' || n === 'ninguna' || n === 'nadie') {
      const z = zeroAt(tokens, i, to);
      if (z) { out.push({ kind: z.kind, quantity: { ...span(text, tokens, i, z.last), value: 0, bound: 'exact' }, token: i }); i = z.last; }
      continue;
    }
    const c = n.charCodeAt(0);
    if (!(c >= 48 && c <= 57) && !WORDS.has(n) && !VAGUE.has(n) && n !== 'un' && n !== 'una' && n !== 'media') continue;
    const num = parseNumberEs(tokens, i, to);
    if (!num) continue;
    // "el 2 de septiembre", "en 1989": dates and years are no counts.
    const next = tokens[num.last + 1]?.normal ?? '';
    if (next === 'de' && MONTH.test(tokens[num.last + 2]?.normal ?? '')) { i = num.last; continue; }
    if (/^(el|del|los|las|de)$/.test(tokens[i - 1]?.normal ?? '') && MONTH.test(tokens[i + 1]?.normal ?? '')) { i = num.last; continue; }
    const b = boundBefore(tokens, i, from);
    const first = b ? b.first : i;
    const bound: Bound = b ? b.bound : num.vague ? 'at_least' : 'exact';
    const after = kindAfter(tokens, num.last + 1 + (next === 'de' && num.vague ? 1 : 0), to);
    const before = kindBefore(tokens, first, from);
    // Person nouns are victims only with a kill verb ("mataron a cuatro personas", "tres personas murieron").
    let kind: QuantityKind | null = null;
    if (after && !after.person) kind = after.kind;
    else if (before) kind = before;
    else if (after?.person && (BEFORE.has(tokens[after.last + 1]?.normal ?? '') || /^(resultaron|resultó|quedaron)$/.test(tokens[after.last + 1]?.normal ?? ''))) kind = after.kind;
    else if (after?.person && BEFORE.has(tokens[after.last + 2]?.normal ?? '') && tokens[after.last + 1].normal !== ',') kind = after.kind;
    if (!kind) { i = num.last; continue; }
    const last = after ? after.last : num.last;
    out.push({ kind, quantity: { ...span(text, tokens, first, last), value: num.value, bound }, token: i });
    i = Math.max(num.last, last);
  }
  return out;
}

/** "no hubo víctimas", "sin heridos", "ningún muerto", "nadie murió", "no se registraron víctimas". */
function zeroAt(tokens: Token[], i: number, to: number): { kind: QuantityKind; last: number } | null {
  const n = tokens[i].normal;
  if (n === 'nadie') {
    const v = tokens[i + 1]?.normal ?? '';
    if (/^(murió|falleció|resultó)$/.test(v)) return { kind: v === 'resultó' ? 'injured' : 'killed', last: i + 1 };
    return null;
  }
  if (n === 'ningún' || n === 'ninguna') {
    const v = tokens[i + 1]?.normal ?? '';
    if (/^(muerto|fallecido|víctima)$/.test(v)) return { kind: 'killed', last: i + 1 };
    if (/^(herido|lesionado)$/.test(v)) return { kind: 'injured', last: i + 1 };
    return null;
  }
  for (let j = i + 1; j < Math.min(to, i + 5); j++) {
    const k = ZERO_NOUNS.get(tokens[j].normal);
    if (k) return { kind: k, last: j };
    if (!/^(hubo|hay|se|registraron|registró|reportaron|reportó|reportan|informó|informaron|habido|ha|han|hubo|dejó|dejaron|causó|causaron)$/.test(tokens[j].normal)) return null;
  }
  return null;
}
