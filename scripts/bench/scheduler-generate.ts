/**
 * Seeded instance generator for the scheduler benchmark (issue 6).
 *
 * A two-day session, 09:00-17:00 Asia/Shanghai, 20-minute slots (48 slots).
 * Suppliers work Shanghai hours, buyers Moscow hours, so a pair overlaps only in
 * the Shanghai afternoon (about three hours a day). Everyone has a lunch hour,
 * a few random busy blocks and sometimes an absent day. Requests follow a
 * Zipf-like popularity (a few suppliers are in high demand), weights 1-200,
 * 15% need an interpreter; interpreters work 4-8 hour shifts. A few requests are
 * already booked (fixed) so the benchmark also exercises that path.
 */
import { TZDate } from "@date-fns/tz";
import { createRandom, type Random } from "@/lib/scheduling/auto/random";
import type { FixedMeeting, ProblemRequest, ScheduleProblem } from "@/lib/scheduling/auto/problem";

export type InstanceSize = { suppliers: number; buyers: number; requests: number; interpreters: number };

export const INSTANCE_SIZES: Record<"S" | "M" | "L", InstanceSize> = {
  S: { suppliers: 50, buyers: 50, requests: 300, interpreters: 3 },
  M: { suppliers: 200, buyers: 200, requests: 2_000, interpreters: 10 },
  L: { suppliers: 1_000, buyers: 1_000, requests: 20_000, interpreters: 50 },
};

const SLOT_MINUTES = 20;
const SLOTS_PER_DAY = 24; // 09:00-17:00
const DAYS = ["2026-06-01", "2026-06-02"];
const FIXED_SHARE = 0.02;
const INTERPRETER_SHARE = 0.15;

type Slot = { id: string; start: string; end: string; day: number; shanghai: number; moscow: number };

/** Minutes since local midnight of an instant in an IANA zone. */
const localMinutes = (ms: number, zone: string) => {
  const local = new TZDate(ms, zone);
  return local.getHours() * 60 + local.getMinutes();
};

function buildSlots(): Slot[] {
  const slots: Slot[] = [];
  DAYS.forEach((day, dayIndex) => {
    const [year, month, date] = day.split("-").map(Number);
    const opening = new TZDate(year, month - 1, date, 9, 0, "Asia/Shanghai").getTime();
    for (let k = 0; k < SLOTS_PER_DAY; k++) {
      const start = opening + k * SLOT_MINUTES * 60_000;
      slots.push({
        id: `s${String(slots.length + 1).padStart(2, "0")}`,
        start: new Date(start).toISOString(),
        end: new Date(start + SLOT_MINUTES * 60_000).toISOString(),
        day: dayIndex,
        shanghai: localMinutes(start, "Asia/Shanghai"),
        moscow: localMinutes(start, "Europe/Moscow"),
      });
    }
  });
  return slots;
}

type Hours = { start: number; end: number; lunch: number };

/** Slot ids a person is available in, from local working hours, lunch, busy blocks and absent days. */
function availability(random: Random, slots: Slot[], local: (slot: Slot) => number, hours: Hours): string[] {
  const absentDay = random.next() < 0.1 ? random.int(0, DAYS.length - 1) : -1;
  const free = slots.map((slot) => {
    const minute = local(slot);
    const working = minute >= hours.start && minute + SLOT_MINUTES <= hours.end;
    const atLunch = minute + SLOT_MINUTES > hours.lunch && minute < hours.lunch + 60;
    return slot.day !== absentDay && working && !atLunch;
  });
  const open = free.flatMap((isFree, index) => (isFree ? [index] : []));
  const blocks = random.int(0, 3);
  for (let b = 0; b < blocks && open.length > 0; b++) {
    const from = open[random.int(0, open.length - 1)];
    const length = random.int(1, 4);
    for (let k = from; k < Math.min(slots.length, from + length); k++) free[k] = false;
  }
  return slots.filter((_, index) => free[index]).map((slot) => slot.id);
}

/** Cumulative Zipf-like weights over a random popularity order. */
function zipfSampler(random: Random, count: number, exponent: number) {
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = random.int(0, i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 0; rank < count; rank++) cumulative.push((total += 1 / Math.pow(rank + 1, exponent)));
  return () => {
    const target = random.next() * total;
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return order[lo];
  };
}

/** Priority weight 1-200: mutual interest > organizer proposal > one side's request, then the match score. */
function drawWeight(random: Random) {
  const kind = random.next();
  if (kind < 0.2) return random.int(140, 200);
  if (kind < 0.4) return random.int(70, 160);
  return random.int(1, 110);
}

export function generateInstance(size: InstanceSize, seed: number): ScheduleProblem {
  const random = createRandom(seed);
  const slots = buildSlots();
  const pad = (n: number) => String(n).padStart(4, "0");
  const participants: ScheduleProblem["participants"] = [];
  for (let i = 0; i < size.suppliers; i++) {
    const hours = {
      start: 8 * 60 + 30 * random.int(1, 3),
      end: 60 * random.int(16, 18),
      lunch: 12 * 60 + 30 * random.int(0, 2),
    };
    participants.push({ id: `sup${pad(i)}`, available: availability(random, slots, (s) => s.shanghai, hours) });
  }
  for (let i = 0; i < size.buyers; i++) {
    const hours = {
      start: 8 * 60 + 20 * random.int(0, 6),
      end: 60 * random.int(17, 19),
      lunch: 11 * 60 + 30 * random.int(0, 4),
    };
    participants.push({ id: `buy${pad(i)}`, available: availability(random, slots, (s) => s.moscow, hours) });
  }
  const interpreters: ScheduleProblem["interpreters"] = [];
  for (let i = 0; i < size.interpreters; i++) {
    const available: string[] = [];
    for (let day = 0; day < DAYS.length; day++) {
      if (random.next() < 0.15) continue;
      const length = random.int(12, 24); // 4-8 hours of 20-minute slots
      const from = random.int(0, SLOTS_PER_DAY - length);
      for (let k = from; k < from + length; k++) available.push(slots[day * SLOTS_PER_DAY + k].id);
    }
    interpreters.push({ id: `int${pad(i)}`, available });
  }
  const pickSupplier = zipfSampler(random, size.suppliers, 0.8);
  const pickBuyer = zipfSampler(random, size.buyers, 0.4);
  const pairs = new Set<string>();
  const requests: ProblemRequest[] = [];
  while (requests.length < size.requests) {
    const a = participants[pickSupplier()].id;
    const b = participants[size.suppliers + pickBuyer()].id;
    if (pairs.has(`${a}|${b}`)) continue;
    pairs.add(`${a}|${b}`);
    const request: ProblemRequest = {
      id: `r${String(requests.length + 1).padStart(5, "0")}`,
      a,
      b,
      weight: drawWeight(random),
    };
    if (random.next() < INTERPRETER_SHARE) request.needsInterpreter = true;
    requests.push(request);
  }
  return {
    slots: slots.map(({ id, start, end }) => ({ id, start, end })),
    participants,
    interpreters,
    requests,
    fixed: drawFixed(random, participants, interpreters, requests),
  };
}

/** Book a few random requests into a random common free slot, as if placed by hand earlier. */
function drawFixed(
  random: Random,
  participants: ScheduleProblem["participants"],
  interpreters: ScheduleProblem["interpreters"],
  requests: ProblemRequest[],
): FixedMeeting[] {
  const available = new Map(participants.map((p) => [p.id, new Set(p.available)]));
  const busy = new Set<string>();
  const fixed: FixedMeeting[] = [];
  const wanted = Math.round(requests.length * FIXED_SHARE);
  for (let attempt = 0; attempt < wanted * 5 && fixed.length < wanted; attempt++) {
    const request = requests[random.int(0, requests.length - 1)];
    if (busy.has(request.id)) continue;
    const common = [...available.get(request.a)!].filter(
      (slot) =>
        available.get(request.b)!.has(slot) && !busy.has(`${request.a}@${slot}`) && !busy.has(`${request.b}@${slot}`),
    );
    if (common.length === 0) continue;
    const slot = common[random.int(0, common.length - 1)];
    let interpreter: string | undefined;
    if (request.needsInterpreter) {
      interpreter = interpreters.find((i) => i.available.includes(slot) && !busy.has(`${i.id}@${slot}`))?.id;
      if (!interpreter) continue;
      busy.add(`${interpreter}@${slot}`);
    }
    busy.add(request.id).add(`${request.a}@${slot}`).add(`${request.b}@${slot}`);
    fixed.push(interpreter ? { request: request.id, slot, interpreter } : { request: request.id, slot });
  }
  return fixed;
}
