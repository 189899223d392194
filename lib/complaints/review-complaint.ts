import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { ownOrganizationId } from "@/lib/tenancy/tenant-scope";
import { reviewComplaintSchema, type ReviewComplaintInput } from "./schemas";

/**
 * An organizer of the meeting's fair upholds or dismisses an open complaint, with a note;
 * audited under the organization complained about. Another host's complaint is not found;
 * a complaint already decided (by a colleague a moment ago) is refused, not overwritten.
 */
export async function reviewComplaint(actor: Actor, raw: ReviewComplaintInput, { now = new Date() } = {}) {
  requirePermission(actor, "review:complaint:any");
  const input = reviewComplaintSchema.parse(raw);
  const status = input.decision === "upheld" ? "UPHELD" : "DISMISSED";
  return db.$transaction(async (tx) => {
    const complaint = await tx.complaint.findFirst({
      where: {
        id: input.complaintId,
        meeting: { session: { fair: { hostOrganizationId: ownOrganizationId(actor) } } },
      },
      select: { id: true, respondentOrgId: true },
    });
    if (!complaint) throw new AppError("NOT_FOUND", "complaintNotFound");
    // The status in the WHERE: of two organizers deciding at once, only one update matches.
    const updated = await tx.complaint.updateMany({
      where: { id: complaint.id, status: "OPEN" },
      data: { status, reviewNote: input.note, reviewedById: actor.id, reviewedAt: now },
    });
    if (updated.count === 0) throw new AppError("INVALID_STATE", "complaintAlreadyReviewed");
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.decision === "upheld" ? "complaint.upheld" : "complaint.dismissed",
      entityType: "Complaint",
      entityId: complaint.id,
      organizationId: complaint.respondentOrgId,
      reason: input.note,
    });
    return { id: complaint.id, status, respondentOrgId: complaint.respondentOrgId };
  });
}
