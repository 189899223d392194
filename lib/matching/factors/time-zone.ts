import { TZDate } from "@date-fns/tz";
import { clamp01, factorValue, type FactorValue } from "./factor-value";

const WORK_START_HOUR = 9;
const WORK_END_HOUR = 18;
const WORKDAY_HOURS = WORK_END_HOUR - WORK_START_HOUR;
const HOUR_MS = 3_600_000;

/**
 * Hours both organizations are at work (09:00-18:00 local) on the session's first
 * day. Working days are real instants (TZDate), so a day that starts before midnight
 * UTC (Vladivostok, UTC+10) still meets Shanghai's: 7 h. The other side's previous
 * and next day are compared too, for zones far apart. 9 h -> 1, no overlap -> 0.
 */
export function timeZoneFactor(zoneA: string, zoneB: string, day: string): FactorValue {
  const hours = overlapHours(zoneA, zoneB, day);
  if (hours === null) return factorValue("timeZone", null, "timeZone.unknown");
  if (hours === 0) return factorValue("timeZone", 0, "timeZone.none");
  const key = hours >= WORKDAY_HOURS ? "timeZone.same" : "timeZone.overlap";
  return factorValue("timeZone", timeZoneValue(zoneA, zoneB, day), key, { hours });
}

export function timeZoneValue(zoneA: string, zoneB: string, day: string): number | null {
  const hours = overlapHours(zoneA, zoneB, day);
  return hours === null ? null : clamp01(hours / WORKDAY_HOURS);
}

const cache = new Map<string, number | null>();

/** Overlapping working hours (rounded to a quarter hour), or null for an unknown zone. */
export function overlapHours(zoneA: string, zoneB: string, day: string): number | null {
  const key = `${zoneA}|${zoneB}|${day}`;
  let hours = cache.get(key);
  if (hours === undefined) {
    hours = computeOverlap(zoneA, zoneB, day);
    if (cache.size > 10_000) cache.clear();
    cache.set(key, hours);
  }
  return hours;
}

function computeOverlap(zoneA: string, zoneB: string, day: string): number | null {
  const a = workday(zoneA, day, 0);
  if (!a) return null;
  let best = 0;
  for (const shift of [-1, 0, 1]) {
    const b = workday(zoneB, day, shift);
    if (!b) return null;
    best = Math.max(best, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  }
  return Math.round((Math.max(0, best) / HOUR_MS) * 4) / 4;
}

function workday(zone: string, day: string, shiftDays: number): { start: number; end: number } | null {
  const [year, month, date] = day.split("-").map(Number);
  const start = new TZDate(year, month - 1, date + shiftDays, WORK_START_HOUR, 0, zone).getTime();
  const end = new TZDate(year, month - 1, date + shiftDays, WORK_END_HOUR, 0, zone).getTime();
  if (Number.isNaN(start) || Number.isNaN(end)) return null;
  return { start, end };
}
