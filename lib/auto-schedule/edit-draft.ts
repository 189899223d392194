import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import type { Conflict } from "@/lib/scheduling/auto/problem";
import { draftSolution, interpreterFor } from "./draft-solution";
import { lockOpenDraft } from "./load-draft";
import { dropDraftItemSchema, moveDraftItemSchema, type MoveDraftItemInput } from "./schemas";
import { validateSolution } from "./solver";

export type MoveResult = { status: "moved" } | { status: "conflict"; conflicts: Conflict[] };

/**
 * Puts one pair of an open draft into another slot (or a slot at all, for a pair
 * the solver left out). The whole draft, with the pair in its new place, is run
 * through the independent validator: on any conflict nothing is saved and the
 * conflicts are returned for the page to show. A needed interpreter is kept
 * when free in the new slot, else another free one is chosen.
 */
export async function moveDraftItem(actor: Actor, raw: MoveDraftItemInput): Promise<MoveResult> {
  const input = moveDraftItemSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const draft = await lockOpenDraft(tx, actor, input.draftId);
    const item = draft.items.find((i) => i.id === input.itemId);
    if (!item) throw new AppError("NOT_FOUND", "draftItemNotFound");
    const slot = draft.problem.slots.find((s) => s.id === input.slotId);
    if (!slot) throw new AppError("VALIDATION", "slotNotInGrid", { slotId: "slotNotInGrid" });

    const others = draft.items.filter((i) => i.id !== item.id);
    const before = draftSolution(draft.problem, others);
    const interpreter = item.needsInterpreter
      ? interpreterFor(draft.problem, before, item.problemRequestId, slot.id, item.interpreterId)
      : undefined;
    // The moved meeting goes last so the validator attributes a clash to it.
    const solution = {
      meetings: [
        ...before.meetings,
        { request: item.problemRequestId, slot: slot.id, ...(interpreter ? { interpreter } : {}) },
      ],
      unscheduled: before.unscheduled,
    };
    const conflicts = validateSolution(draft.problem, solution);
    if (conflicts.length > 0) return { status: "conflict", conflicts };

    await tx.scheduleDraftItem.update({
      where: { id: item.id },
      data: {
        status: "PLACED",
        slotId: slot.id,
        startsAt: new Date(slot.start),
        endsAt: new Date(slot.end),
        interpreterId: interpreter ?? null,
        reason: null,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "autoSchedule.moved",
      entityType: "ScheduleDraft",
      entityId: draft.id,
      organizationId: actor.organizationId,
      data: { pair: item.problemRequestId, from: item.slotId, to: slot.id },
    });
    return { status: "moved" };
  });
}

/** Takes a pair out of an open draft: it will not be booked when the draft is published. */
export async function dropDraftItem(actor: Actor, raw: { draftId: string; itemId: string }) {
  const input = dropDraftItemSchema.parse(raw);
  await db.$transaction(async (tx) => {
    const draft = await lockOpenDraft(tx, actor, input.draftId);
    const item = draft.items.find((i) => i.id === input.itemId && i.status === "PLACED");
    if (!item) throw new AppError("NOT_FOUND", "draftItemNotFound");
    await tx.scheduleDraftItem.update({
      where: { id: item.id },
      data: { status: "DROPPED", slotId: null, startsAt: null, endsAt: null, interpreterId: null, reason: "dropped" },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "autoSchedule.dropped",
      entityType: "ScheduleDraft",
      entityId: draft.id,
      organizationId: actor.organizationId,
      data: { pair: item.problemRequestId, slot: item.slotId },
    });
  });
}
