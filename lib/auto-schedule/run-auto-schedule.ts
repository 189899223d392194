import "server-only";
import { db } from "@/lib/db";
import { AppError, isConflictViolation } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { requireHostedSession } from "@/lib/tenancy/hosted";
import { dbClient } from "@/lib/scheduling/db-client";
import { requireSessionAllows } from "@/lib/fairs/require-session-allows";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildScheduleProblem } from "./build-problem";
import type { CandidatePair } from "./collect-pairs";
import { runAutoScheduleSchema } from "./schemas";
import { explainUnscheduled, solveSchedule } from "./solver";

/**
 * "Auto-schedule": builds the session's problem from the database, solves it and
 * stores the result as the session's open draft (replacing an earlier open one).
 * Nothing is booked until the organizer publishes the draft.
 */
export async function runAutoSchedule(actor: Actor, raw: { sessionId: string }, { now = new Date() } = {}) {
  requirePermission(actor, "oversee:meeting:any");
  const { sessionId } = runAutoScheduleSchema.parse(raw);
  const session = await requireHostedSession(actor, sessionId, { query: { select: { id: true } } });
  await requireSessionAllows(dbClient, session.id, "schedule", now);
  const { problem, pairs } = await buildScheduleProblem(dbClient, session.id, now);

  const started = performance.now();
  const solution = solveSchedule(problem);
  const solveMs = Math.round(performance.now() - started);
  const reasons = explainUnscheduled(problem, solution);
  const slotsById = new Map(problem.slots.map((slot) => [slot.id, slot]));

  const items: Omit<Prisma.ScheduleDraftItemCreateManyInput, "draftId">[] = [];
  for (const meeting of solution.meetings) {
    const pair = pairs.get(meeting.request);
    if (!pair) continue; // a fixed (already booked) meeting
    const slot = slotsById.get(meeting.slot)!;
    items.push({
      ...itemOf(pair),
      status: "PLACED",
      slotId: slot.id,
      startsAt: new Date(slot.start),
      endsAt: new Date(slot.end),
      interpreterId: meeting.interpreter ?? null,
    });
  }
  for (const request of solution.unscheduled) {
    const pair = pairs.get(request);
    if (pair) items.push({ ...itemOf(pair), status: "UNSCHEDULED", reason: reasons[request] ?? "slotsTaken" });
  }

  const save = db.$transaction(async (tx) => {
    await tx.scheduleDraft.updateMany({ where: { sessionId, status: "OPEN" }, data: { status: "DISCARDED" } });
    const draft = await tx.scheduleDraft.create({
      data: { sessionId, createdById: actor.id, problem: problem as Prisma.InputJsonValue, solveMs },
    });
    await tx.scheduleDraftItem.createMany({ data: items.map((item) => ({ ...item, draftId: draft.id })) });
    const placed = items.filter((item) => item.status === "PLACED").length;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "autoSchedule.drafted",
      entityType: "ScheduleDraft",
      entityId: draft.id,
      organizationId: actor.organizationId,
      data: { sessionId, pairs: items.length, placed, unscheduled: items.length - placed, solveMs },
    });
    return { draftId: draft.id, placed, unscheduled: items.length - placed, solveMs };
  });
  // The one-open-draft-per-session index stops a second organizer running at the same moment.
  return save.catch((error) => {
    if (isConflictViolation(error)) throw new AppError("CONFLICT", "draftConcurrent");
    throw error;
  });
}

function itemOf(pair: CandidatePair) {
  return {
    problemRequestId: pair.key,
    source: pair.source,
    weight: pair.weight,
    supplierOrgId: pair.supplierOrgId,
    buyerOrgId: pair.buyerOrgId,
    meetingRequestId: pair.meetingRequestId,
    proposalId: pair.proposalId,
    needsInterpreter: pair.needsInterpreter,
  };
}
