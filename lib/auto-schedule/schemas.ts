import { z } from "zod";

const id = z.string().min(1, "required").max(64, "invalid");

export const runAutoScheduleSchema = z.object({ sessionId: id });
export const moveDraftItemSchema = z.object({ draftId: id, itemId: id, slotId: z.string().min(1, "required").max(40) });
export type MoveDraftItemInput = z.input<typeof moveDraftItemSchema>;
export const dropDraftItemSchema = z.object({ draftId: id, itemId: id });
export const publishDraftSchema = z.object({ draftId: id });
export const setPrioritySchema = z.object({
  proposalId: id,
  priorityAdjustment: z.coerce.number().int("invalid").min(-2, "invalid").max(2, "invalid"),
});
export type SetPriorityInput = z.input<typeof setPrioritySchema>;
