import "server-only";
import { db } from "@/lib/db";
import { AppError, isConflictViolation } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { requireApprovedOrganization, requirePermission, type Actor } from "@/lib/auth/actor";
import type { UploadedFile } from "@/lib/actions/uploaded-files";
import { meetingNotFound } from "@/lib/meetings/meeting-access";
import { prepareImage, withoutEmptyUploads, type PreparedImage } from "@/lib/products/images";
import { deleteStoredFiles, storeImages } from "@/lib/products/store-images";
import { getStorage } from "@/lib/storage/get-storage";
import { fileComplaintSchema, maxEvidenceFiles, type FileComplaintInput } from "./schemas";

/**
 * How long after a meeting ended a complaint about it may be filed: long enough to notice a
 * broken promise (samples not sent, a quote withdrawn), short enough that the organizers can
 * still check it with both sides and that a sanction follows the fair it belongs to.
 */
export const COMPLAINT_WINDOW_DAYS = 30;

/**
 * Why no complaint about this meeting may be filed now, or null when one may: it must have
 * taken place (not cancelled, ended) at most COMPLAINT_WINDOW_DAYS ago. The meeting page asks
 * the same to decide whether it shows the form.
 */
export function complaintRefusal(
  meeting: { status: string; endsAt: Date },
  now: Date,
): "complaintMeetingNotHeld" | "complaintWindowClosed" | null {
  if (meeting.status === "CANCELLED" || meeting.endsAt > now) return "complaintMeetingNotHeld";
  if (now.getTime() - meeting.endsAt.getTime() > COMPLAINT_WINDOW_DAYS * 86_400_000) return "complaintWindowClosed";
  return null;
}

/** A file name kept for the organizer's list: printable, at most 200 characters. */
function displayName(name: string): string {
  const cleaned = name
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, 200);
  return cleaned || "evidence";
}

/**
 * A member of one side of a meeting that took place (not cancelled, ended, at most
 * COMPLAINT_WINDOW_DAYS ago) files a
 * complaint against the other side: a text and up to three evidence images, checked and
 * re-encoded like product images before anything is written. One complaint per meeting
 * and complainant organization (a unique index; the second answers CONFLICT). The
 * counterpart never sees it; organizers of the fair review it.
 */
export async function fileComplaint(
  actor: Actor,
  raw: FileComplaintInput,
  files: UploadedFile[] = [],
  { now = new Date() }: { now?: Date } = {},
) {
  requirePermission(actor, "create:complaint:own");
  const organization = requireApprovedOrganization(actor);
  const input = fileComplaintSchema.parse(raw);
  const meeting = await db.meeting.findFirst({
    where: { id: input.meetingId, OR: [{ supplierOrgId: organization.id }, { buyerOrgId: organization.id }] },
    select: { id: true, status: true, endsAt: true, supplierOrgId: true, buyerOrgId: true },
  });
  if (!meeting) throw meetingNotFound();
  const refusal = complaintRefusal(meeting, now);
  if (refusal) throw new AppError("INVALID_STATE", refusal, undefined, { days: COMPLAINT_WINDOW_DAYS });
  const uploads = withoutEmptyUploads(files);
  if (uploads.length > maxEvidenceFiles) {
    throw new AppError(
      "VALIDATION",
      "complaintEvidenceTooMany",
      { evidence: "complaintEvidenceTooMany" },
      {
        max: maxEvidenceFiles,
      },
    );
  }
  const images: PreparedImage[] = [];
  for (const file of uploads) images.push(await prepareImage(file, { field: "evidence", thumbnail: false }));
  const respondentOrgId = meeting.supplierOrgId === organization.id ? meeting.buyerOrgId : meeting.supplierOrgId;

  const storage = getStorage();
  const written: string[] = [];
  try {
    return await db.$transaction(
      async (tx) => {
        const complaint = await tx.complaint.create({
          data: {
            meetingId: meeting.id,
            complainantOrgId: organization.id,
            respondentOrgId,
            authorId: actor.id,
            text: input.text,
          },
          select: { id: true, meetingId: true, status: true },
        });
        const stored = await storeImages(storage, "complaints", complaint.id, images, written);
        await tx.complaintEvidence.createMany({
          data: stored.map((file, index) => ({
            complaintId: complaint.id,
            storageKey: file.storageKey,
            fileName: displayName(uploads[index].name),
            contentType: images[index].main.contentType,
            byteSize: images[index].main.bytes.length,
          })),
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "complaint.filed",
          entityType: "Complaint",
          entityId: complaint.id,
          organizationId: respondentOrgId,
          data: { meetingId: meeting.id, complainantOrgId: organization.id, evidence: stored.length },
        });
        return { ...complaint, evidence: stored.length };
      },
      { timeout: 20_000 },
    );
  } catch (error) {
    await deleteStoredFiles(storage, written);
    if (isConflictViolation(error)) throw new AppError("CONFLICT", "complaintExists");
    throw error;
  }
}

/** The actor's organization's complaint about a meeting, if it filed one (the meeting page). */
export async function findOwnComplaint(actor: Actor, meetingId: string) {
  requirePermission(actor, "create:complaint:own");
  const organization = requireApprovedOrganization(actor);
  return db.complaint.findUnique({
    where: { meetingId_complainantOrgId: { meetingId, complainantOrgId: organization.id } },
    select: {
      id: true,
      text: true,
      status: true,
      createdAt: true,
      evidence: { select: { id: true, fileName: true } },
    },
  });
}
