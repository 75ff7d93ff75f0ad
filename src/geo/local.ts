// Local-news toponyms the city gazetteer lacks: AP-style state abbreviations ("Atlanta, Ga.") and
// second-level areas named by a head word ("Laurel County", "Rapides Parish").
import type { Token } from '../core/types.ts';
import { ADMINS } from '../lexicons/places-admin.ts';
import { AP_STATES, COUNTY_HEADS } from '../lexicons/places-roles.ts';
import { CandType, TYPE_SHIFT, gazetteer } from './gazetteer.ts';
import { countyTable } from './county.ts';

let apRe: RegExp | null = null;
let usAdminRef: Map<string, number> | null = null;

function usAdmins(): Map<string, number> {
  if (usAdminRef) return usAdminRef;
  usAdminRef = new Map();
  ADMINS.forEach((a, i) => {
    if (a.country === 'USA' && a.adminCode) usAdminRef!.set(a.adminCode, CandType.Admin * TYPE_SHIFT + i);
  });
  return usAdminRef;
}

export interface LocalMatch {
  j: number;
  end: number;
  refs: number[];
  county: boolean;
}

/** "Ga.", "W.Va." after a comma, a parenthesis or a preposition, or before a route number. */
export function matchApState(text: string, tokens: Token[], i: number): LocalMatch | null {
  const start = tokens[i].start;
  const c = text.charCodeAt(start);
  if (c < 65 || c > 90) return null;
  apRe ??= new RegExp(`(?:${Object.keys(AP_STATES).sort((a, b) => b.length - a.length).map((k) => k.replace(/\./g, '\\.')).join('|')})`, 'y');
  apRe.lastIndex = start;
  const m = apRe.exec(text);
  if (!m) return null;
  const end = start + m[0].length;
  const after = text.charAt(end);
  if (after && /[A-Za-z]/.test(after)) return null;
  const before = text.slice(Math.max(0, start - 6), start);
  const prev = i > 0 ? tokens[i - 1].normal : '';
  if (!/[,(]\s*$/.test(before) && !/^(in|of|from|near|at|to)$/.test(prev) && !/^\s+\d/.test(text.slice(end, end + 3))) return null;
  const ref = usAdmins().get(AP_STATES[m[0]]);
  if (ref === undefined) return null;
  let j = i;
  while (j + 1 < tokens.length && tokens[j + 1].start < end) j++;
  return { j, end, refs: [ref], county: false };
}

const isUpper = (s: string) => {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90;
};
const NOT_FIRST = new Set(['the', 'a', 'an', 'this', 'that', 'each', 'every', 'our', 'his', 'her', 'their', 'its']);

/** "Laurel County": up to three capitalised words and a head; refs are US towns of the same name, if any. */
export function matchCounty(tokens: Token[], i: number, key: (k: number) => string): LocalMatch | null {
  const t = tokens[i];
  if (!isUpper(t.text) || COUNTY_HEADS.has(t.text) || NOT_FIRST.has(t.normal)) return null;
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
    const w = tokens[k];
    if (w.sentence !== t.sentence) return null;
    if (COUNTY_HEADS.has(w.text)) {
      const name: string[] = [];
      for (let n = i; n < k; n++) if (key(n)) name.push(key(n));
      // "Editorial Board Cuyahoga County": when a shorter tail is a known county, the match starts there.
      if (w.text === 'County' || w.text === 'Parish') {
        const counties = countyTable();
        if (!counties.has(name.join(' ')) && name.some((_, n) => n > 0 && counties.has(name.slice(n).join(' ')))) return null;
      }
      const g = gazetteer();
      const us = g.countryCodes.indexOf('US');
      const refs = (g.index.get(name.join(' ')) ?? []).filter((r) => {
        const type = Math.floor(r / TYPE_SHIFT);
        return type === CandType.City && g.cities.cc[r % TYPE_SHIFT] === us;
      });
      return { j: k, end: w.end, refs, county: true };
    }
    // "Miami-Dade County": a hyphen inside the name, with no space on either side.
    const hyphen = /^[-‐‑]$/.test(w.text) && w.start === tokens[k - 1].end && tokens[k + 1]?.start === w.end;
    if (!isUpper(w.text) && w.text !== '.' && w.text !== "'" && !hyphen) return null;
  }
  return null;
}
