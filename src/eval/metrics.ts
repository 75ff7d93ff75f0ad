// Metric code shared by the scorers: P/R/F1, one-to-one span matching, geocoding error summaries,
// and a stable held-out split by document id.
import { createHash } from 'node:crypto';

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

/** Precision, recall and F1 from counts (0 when a denominator is 0). */
export function prf(tp: number, fp: number, fn: number): Prf {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** F1 for attribute scores where system and gold totals differ from the matched count (TempEval-3 style). */
export function attrPrf(hit: number, sys: number, gold: number): Prf {
  const p = sys ? hit / sys : 0;
  const r = gold ? hit / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export interface Interval {
  start: number;
  end: number;
}

export const overlaps = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end;
export const sameSpan = (a: Interval, b: Interval) => a.start === b.start && a.end === b.end;

/**
 * Matches gold spans to system spans one-to-one: exact matches first, then the overlapping system span
 * with the largest overlap. Returns for each gold index the matched system index or -1.
 */
export function matchSpans<G extends Interval, S extends Interval>(gold: G[], sys: S[]): number[] {
  const out = new Array<number>(gold.length).fill(-1);
  const used = new Array<boolean>(sys.length).fill(false);
  gold.forEach((g, gi) => {
    const k = sys.findIndex((s, si) => !used[si] && sameSpan(g, s));
    if (k >= 0) {
      out[gi] = k;
      used[k] = true;
    }
  });
  gold.forEach((g, gi) => {
    if (out[gi] >= 0) return;
    let best = -1;
    let bestLen = 0;
    sys.forEach((s, si) => {
      if (used[si] || !overlaps(g, s)) return;
      const len = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      if (len > bestLen) {
        bestLen = len;
        best = si;
      }
    });
    if (best >= 0) {
      out[gi] = best;
      used[best] = true;
    }
  });
  return out;
}

export interface SpanCounts {
  tp: number;
  fp: number;
  fn: number;
  exact: number;
}

/** Overlap P/R/F1 counts with one-to-one matching; `exact` counts matches with identical offsets. */
export function spanCounts(gold: Interval[], sys: Interval[]): SpanCounts & { match: number[] } {
  const match = matchSpans(gold, sys);
  const tp = match.filter((m) => m >= 0).length;
  const exact = match.filter((m, gi) => m >= 0 && sameSpan(gold[gi], sys[m])).length;
  return { tp, fp: sys.length - tp, fn: gold.length - tp, exact, match };
}

export interface GeoSummary {
  n: number;
  acc161: number;
  meanKm: number;
  medianKm: number;
  /** Area under the curve of log(1 + error) normalised by log(20039): 0 is perfect (Gritta et al.). */
  auc: number;
}

const MAX_ERROR_KM = 20039;

/** Accuracy@161 km, mean/median error and AUC from a list of errors in km. */
export function geoSummary(errorsKm: number[]): GeoSummary {
  const n = errorsKm.length;
  if (!n) return { n: 0, acc161: 0, meanKm: 0, medianKm: 0, auc: 0 };
  const sorted = [...errorsKm].sort((a, b) => a - b);
  const hits = sorted.filter((e) => e <= 161).length;
  const mean = sorted.reduce((a, b) => a + b, 0) / n;
  const median = n % 2 ? sorted[n >> 1] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  // The normalised mean of log errors equals the trapezoid area under the sorted log-error curve.
  const auc = sorted.reduce((a, e) => a + Math.log(1 + Math.min(e, MAX_ERROR_KM)), 0) / (n * Math.log(1 + MAX_ERROR_KM));
  return { n, acc161: hits / n, meanKm: mean, medianKm: median, auc };
}

/** Stable split by document id: true for the held-out half (first byte of sha1 is odd). */
export function isHeldOut(id: string): boolean {
  return (createHash('sha1').update(id).digest()[0] & 1) === 1;
}

/** Formats a 0–1 share as a percentage with one decimal. */
export const pct = (x: number) => (100 * x).toFixed(1);
