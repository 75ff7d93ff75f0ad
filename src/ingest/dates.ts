// Publication dates from metadata → ISO 8601: date-only stays "YYYY-MM-DD", timestamps become UTC "…Z".
// Never reads the clock: relative or partial dates are refused (null + warning), not guessed.

export interface NormalisedDate {
  value: string | null;
  /** Why the input was rejected, when it was. */
  warning?: string;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

// Month names (full and abbreviated) in en, es, fr, pt, de, it.
const MONTHS = new Map<string, number>();
const MONTH_NAMES: string[][] = [
  ['january', 'jan', 'enero', 'ene', 'janvier', 'janv', 'janeiro', 'januar', 'gennaio', 'gen'],
  [
    'february',
    'feb',
    'febrero',
    'février',
    'fevrier',
    'févr',
    'fevr',
    'fév',
    'fevereiro',
    'fev',
    'februar',
    'febbraio',
  ],
  ['march', 'mar', 'marzo', 'mars', 'março', 'marco', 'märz', 'maerz', 'mär'],
  ['april', 'apr', 'abril', 'abr', 'avril', 'avr', 'aprile'],
  ['may', 'mayo', 'mai', 'maio', 'maggio', 'mag'],
  ['june', 'jun', 'junio', 'juin', 'junho', 'juni', 'giugno', 'giu'],
  ['july', 'jul', 'julio', 'juillet', 'juil', 'julho', 'juli', 'luglio', 'lug'],
  ['august', 'aug', 'agosto', 'ago', 'août', 'aout'],
  ['september', 'sep', 'sept', 'septiembre', 'setiembre', 'septembre', 'setembro', 'set', 'settembre'],
  ['october', 'oct', 'octubre', 'octobre', 'outubro', 'out', 'oktober', 'okt', 'ottobre', 'ott'],
  ['november', 'nov', 'noviembre', 'novembre', 'novembro'],
  ['december', 'dec', 'diciembre', 'dic', 'décembre', 'decembre', 'déc', 'dezembro', 'dez', 'dezember', 'dicembre'],
];
MONTH_NAMES.forEach((names, i) => names.forEach((n) => MONTHS.set(n, i + 1)));

const DATE_ONLY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const SLASH_DATE = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const WEEKDAY_PREFIX = /^[\p{L}]+\.?,?\s+(?=\d|\p{L})/u;
// "December 30, 2025", "Dec. 30 2025"
const MONTH_DAY_YEAR = /^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u;
// "30 December 2025", "30 de diciembre de 2025", "30. Dezember 2025"
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})\b/iu;
const HAS_ZONE = /(?:\b(?:GMT|UTC|Z)\b|[+-]\d{2}:?\d{2}\s*$)/i;

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function dateOnly(y: number, m: number, d: number, input: string): NormalisedDate {
  if (y < MIN_YEAR || y > MAX_YEAR)
    return { value: null, warning: `implausible year ${y} in published date "${input}"` };
  if (!isRealDate(y, m, d)) return { value: null, warning: `no such date "${input}"` };
  return { value: `${y}-${pad(m)}-${pad(d)}` };
}

function fromTime(ms: number, input: string): NormalisedDate {
  if (!Number.isFinite(ms)) return { value: null, warning: `unparseable published date "${input}"` };
  const t = new Date(ms);
  // Beyond ±8.64e15 ms a Date is invalid (its toISOString throws).
  if (Number.isNaN(t.getTime())) return { value: null, warning: `published date out of range "${input}"` };
  const y = t.getUTCFullYear();
  if (y < MIN_YEAR || y > MAX_YEAR)
    return { value: null, warning: `implausible year ${y} in published date "${input}"` };
  return { value: t.toISOString().replace('.000Z', 'Z') };
}

function zoneOffsetMinutes(zone: string | undefined): number {
  if (!zone || /^(Z|UTC|GMT)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
  const mins = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -mins : mins;
}

function parseDateString(input: string): NormalisedDate {
  const s = input.trim();
  let m: RegExpExecArray | null;
  if ((m = DATE_ONLY.exec(s)) || (m = SLASH_DATE.exec(s)) || (m = COMPACT_DATE.exec(s)))
    return dateOnly(Number(m[1]), Number(m[2]), Number(m[3]), input);
  if ((m = ISO_TIME.exec(s))) {
    const [y, mo, d, h, mi, sec] = [1, 2, 3, 4, 5, 6].map((i) => Number(m![i] ?? 0));
    if (!isRealDate(y, mo, d) || h > 23 || mi > 59 || sec > 60)
      return { value: null, warning: `no such time "${input}"` };
    const frac = m[7] ? Math.round(Number('0.' + m[7]) * 1000) : 0;
    const ms = Date.UTC(y, mo - 1, d, h, mi, sec, frac) - zoneOffsetMinutes(m[8]) * 60_000;
    return fromTime(ms, input);
  }
  // with and without a leading weekday ("Tuesday, 30 Dec 2025")
  for (const words of [s, s.replace(WEEKDAY_PREFIX, '')]) {
    if ((m = MONTH_DAY_YEAR.exec(words)) && MONTHS.has(m[1].toLowerCase()))
      return withOptionalZone(words, Number(m[3]), MONTHS.get(m[1].toLowerCase())!, Number(m[2]), input);
    if ((m = DAY_MONTH_YEAR.exec(words)) && MONTHS.has(m[2].toLowerCase()))
      return withOptionalZone(words, Number(m[3]), MONTHS.get(m[2].toLowerCase())!, Number(m[1]), input);
  }
  return { value: null, warning: `unparseable published date "${input}"` };
}

/** A written date with a time and an explicit zone ("Tue, 30 Dec 2025 14:05:00 GMT") keeps its time; else the day. */
function withOptionalZone(s: string, y: number, mo: number, d: number, input: string): NormalisedDate {
  if (/\d{1,2}:\d{2}/.test(s) && HAS_ZONE.test(s) && isRealDate(y, mo, d)) {
    const ms = Date.parse(s);
    if (Number.isFinite(ms)) return fromTime(ms, input);
  }
  return dateOnly(y, mo, d, input);
}

/** Normalises a metadata date (string, YAML Date, epoch number) to ISO 8601, or null with a warning. */
export function normalisePublished(value: unknown): NormalisedDate {
  if (value === null || value === undefined || value === '') return { value: null };
  if (value instanceof Date) {
    const ms = value.getTime();
    if (!Number.isFinite(ms)) return { value: null, warning: 'invalid published date' };
    // YAML turns `2025-12-30` into UTC midnight: give the date back, not a made-up time.
    const iso = value.toISOString();
    if (iso.endsWith('T00:00:00.000Z'))
      return dateOnly(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate(), iso.slice(0, 10));
    return fromTime(ms, iso);
  }
  if (typeof value === 'number') {
    // Epoch seconds or milliseconds; small numbers (a bare year) are not a publication date.
    if (value > 1e11) return fromTime(value, String(value));
    if (value > 1e8) return fromTime(value * 1000, String(value));
    return { value: null, warning: `unparseable published date "${value}"` };
  }
  if (typeof value === 'string') return parseDateString(value);
  return { value: null, warning: `unparseable published date (${typeof value})` };
}
