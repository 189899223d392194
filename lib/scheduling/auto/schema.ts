import { z } from "zod";
import type { ScheduleProblem } from "./problem";

/*
 * The problem file the CLI reads (`npm run schedule -- problem.json`). The
 * messages are plain English on purpose: this validates a developer's or an
 * integration's file, not a form a user fills in.
 */
const id = z.string().min(1, "must be a non-empty string");
const instant = z.iso.datetime({ offset: true, message: "must be an ISO 8601 date-time, e.g. 2026-06-01T01:00:00Z" });

const slot = z.object({ id, start: instant, end: instant });
const participant = z.object({ id, available: z.array(id) });
const request = z.object({
  id,
  a: id,
  b: id,
  weight: z.number().finite().nonnegative("must be a number >= 0"),
  needsInterpreter: z.boolean().optional(),
});
const fixed = z.object({ request: id, slot: id, interpreter: id.optional() });

type Issue = { path: (string | number)[]; message: string };

/** Duplicate ids, in path form. */
function duplicates(list: { id: string }[], field: string): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  list.forEach((item, index) => {
    if (seen.has(item.id)) issues.push({ path: [field, index, "id"], message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
  return issues;
}

function references(problem: z.infer<typeof shape>): Issue[] {
  const issues: Issue[] = [
    ...duplicates(problem.slots, "slots"),
    ...duplicates(problem.participants, "participants"),
    ...duplicates(problem.interpreters, "interpreters"),
    ...duplicates(problem.requests, "requests"),
  ];
  const slots = new Set(problem.slots.map((s) => s.id));
  const participants = new Set(problem.participants.map((p) => p.id));
  const interpreters = new Set(problem.interpreters.map((i) => i.id));
  const requests = new Set(problem.requests.map((r) => r.id));
  problem.slots.forEach((s, index) => {
    const start = Date.parse(s.start);
    if (Date.parse(s.end) <= start) issues.push({ path: ["slots", index, "end"], message: "must be after start" });
    const previous = problem.slots[index - 1];
    if (previous && start < Date.parse(previous.end)) {
      issues.push({ path: ["slots", index, "start"], message: "slots must be in time order and must not overlap" });
    }
  });
  for (const field of ["participants", "interpreters"] as const) {
    problem[field].forEach((person, index) =>
      person.available.forEach((slot, k) => {
        if (!slots.has(slot)) issues.push({ path: [field, index, "available", k], message: `unknown slot "${slot}"` });
      }),
    );
  }
  problem.requests.forEach((r, index) => {
    for (const side of ["a", "b"] as const) {
      if (!participants.has(r[side]))
        issues.push({ path: ["requests", index, side], message: `unknown participant "${r[side]}"` });
    }
    if (r.a === r.b)
      issues.push({ path: ["requests", index, "b"], message: "a request needs two different participants" });
  });
  const fixedSeen = new Set<string>();
  problem.fixed?.forEach((f, index) => {
    if (!requests.has(f.request))
      issues.push({ path: ["fixed", index, "request"], message: `unknown request "${f.request}"` });
    if (fixedSeen.has(f.request))
      issues.push({ path: ["fixed", index, "request"], message: `request "${f.request}" is fixed twice` });
    fixedSeen.add(f.request);
    if (!slots.has(f.slot)) issues.push({ path: ["fixed", index, "slot"], message: `unknown slot "${f.slot}"` });
    if (f.interpreter !== undefined && !interpreters.has(f.interpreter)) {
      issues.push({ path: ["fixed", index, "interpreter"], message: `unknown interpreter "${f.interpreter}"` });
    }
  });
  return issues;
}

const shape = z.object({
  slots: z.array(slot),
  participants: z.array(participant),
  interpreters: z.array(z.object({ id, available: z.array(id) })).default([]),
  requests: z.array(request),
  fixed: z.array(fixed).optional(),
});

/** A schedule problem with unique ids, known references and ordered, non-overlapping slots. */
export const scheduleProblemSchema: z.ZodType<ScheduleProblem, unknown> = shape.check((ctx) => {
  for (const issue of references(ctx.value)) ctx.issues.push({ code: "custom", input: ctx.value, ...issue });
});
