// Day arithmetic and distances used by the resolver's comparisons.
import type { Interval } from '../core/types.ts';
import type { DayInterval } from './model.ts';

const DAY_MS = 86_400_000;

/** Day number (days since 1970-01-01 UTC) of an ISO date or date-time; NaN when unparseable. */
export function dayNumber(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (!y || !m || !d) return NaN;
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function dayIso(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function toDayInterval(iv: Interval | null): DayInterval | null {
  if (!iv) return null;
  const s = dayNumber(iv.start);
  if (Number.isNaN(s)) return null;
  const e = iv.end == null ? Infinity : dayNumber(iv.end);
  if (Number.isNaN(e)) return null;
  return { s, e: Math.max(s, e), day: (iv.granularity === 'day' || iv.granularity === 'time') && e - s <= 1 };
}

/** Same happening in time: day-precise on both sides within ±1 day, otherwise overlap with 1 day slack. */
export function datesCompatible(a: DayInterval | null, b: DayInterval | null): boolean {
  if (!a || !b) return true;
  if (a.day && b.day) return Math.abs(a.s - b.s) <= 1;
  return a.s <= b.e + 1 && b.s <= a.e + 1;
}

const EARTH_KM = 6371;
const RAD = Math.PI / 180;

export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
