import "server-only";
import { db } from "@/lib/db";
import { dbClient } from "@/lib/scheduling/db-client";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { freeSlotsAmong } from "./find-free-slots";
import { requireSessionParticipant } from "./require-session-participant";
import { listFreeSlotsSchema, type ListFreeSlotsInput } from "./schemas";

/**
 * Slots free for the actor's organization and another participant of the session
 * (the API's `GET /sessions/{id}/free-slots?with=`). The other organization must be
 * of the opposite kind and registered too; otherwise it is "not found".
 */
export async function listFreeSlots(actor: Actor, raw: ListFreeSlotsInput, { now }: { now?: Date } = {}) {
  const input = listFreeSlotsSchema.parse(raw);
  const { organization, grid } = await requireSessionParticipant(dbClient, actor, input.sessionId);
  const other = await db.organization.findFirst({
    where: {
      id: input.organizationId,
      status: "APPROVED",
      kind: organization.kind === "SUPPLIER" ? "BUYER" : "SUPPLIER",
      registrations: { some: { sessionId: input.sessionId, status: "APPROVED" } },
    },
    select: { id: true },
  });
  if (!other) throw new AppError("NOT_FOUND", "organizationNotFound");
  const slots = await freeSlotsAmong(dbClient, grid, [organization.id, other.id], grid.slots, {
    needsInterpreter: input.needsInterpreter,
    now,
  });
  return slots.map(({ start, end }) => ({ start, end }));
}
