import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { mailBoss, MAIL_QUEUE } from "@/lib/jobs/mail-queue";
import { recipientsOf } from "@/lib/meetings/events";
import { dbClient } from "@/lib/scheduling/db-client";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { requireHostedSession } from "@/lib/tenancy/hosted";
import { hostedSessions } from "@/lib/tenancy/tenant-scope";
import { overlapLimitSchema, reviewShowcaseSchema } from "./schemas";
import { isShowcaseOpen } from "./showcase-state";
import type { ShowcaseMailJob } from "./showcase-mail";

/** The most showcases running at one instant among these intervals (half-open). */
export function peakConcurrency(intervals: { startsAt: Date; endsAt: Date }[]): number {
  const edges = intervals.flatMap((interval) => [
    { at: interval.startsAt.getTime(), delta: 1 },
    { at: interval.endsAt.getTime(), delta: -1 },
  ]);
  // Ends before starts at the same instant: back-to-back showcases do not overlap.
  edges.sort((a, b) => a.at - b.at || a.delta - b.delta);
  let running = 0;
  let peak = 0;
  for (const edge of edges) {
    running += edge.delta;
    peak = Math.max(peak, running);
  }
  return peak;
}

/**
 * An organizer of the hosting fair approves or rejects a showcase (with a note) and says
 * whether it is public. Approval keeps the session's limit of simultaneous showcases,
 * checked under a lock on the session so two approvals cannot both squeeze in. Once the
 * decision is committed, the supplier's members are mailed it (with the note).
 */
export async function reviewShowcase(actor: Actor, input: unknown, { now = new Date() }: { now?: Date } = {}) {
  requirePermission(actor, "review:showcase:any");
  const fields = reviewShowcaseSchema.parse(input);
  const reviewed = await decide(actor, fields, now);
  await mailDecision(reviewed);
  return { id: reviewed.id, sessionId: reviewed.sessionId, status: reviewed.status };
}

function decide(actor: Actor, fields: ReturnType<typeof reviewShowcaseSchema.parse>, now: Date) {
  return db.$transaction(async (tx) => {
    const showcase = await tx.showcase.findFirst({
      where: { id: fields.showcaseId, session: hostedSessions(actor) },
      select: { id: true, sessionId: true, status: true, startsAt: true, endsAt: true },
    });
    if (!showcase) throw new AppError("NOT_FOUND", "showcaseNotFound");
    if (!isShowcaseOpen(showcase, now)) throw new AppError("INVALID_STATE", "showcaseNotChangeable");
    if (fields.decision === "APPROVED") {
      await tx.$queryRaw`SELECT id FROM "FairSession" WHERE id = ${showcase.sessionId} FOR UPDATE`;
      const session = await tx.fairSession.findUniqueOrThrow({
        where: { id: showcase.sessionId },
        select: { showcaseOverlapLimit: true },
      });
      if (session.showcaseOverlapLimit != null) {
        const others = await tx.showcase.findMany({
          where: {
            sessionId: showcase.sessionId,
            status: "APPROVED",
            id: { not: showcase.id },
            startsAt: { lt: showcase.endsAt },
            endsAt: { gt: showcase.startsAt },
          },
          select: { startsAt: true, endsAt: true },
        });
        if (peakConcurrency([...others, showcase]) > session.showcaseOverlapLimit) {
          throw new AppError("CONFLICT", "showcaseOverlapLimit", undefined, { limit: session.showcaseOverlapLimit });
        }
      }
    }
    return tx.showcase.update({
      where: { id: showcase.id },
      data: {
        status: fields.decision,
        reviewNote: fields.reviewNote,
        isPublic: fields.decision === "APPROVED" ? fields.isPublic : false,
        reviewedAt: now,
        reviewedById: actor.id,
      },
      select: { id: true, sessionId: true, status: true, organizationId: true },
    });
  });
}

/**
 * One "showcaseReviewed" mail per active member of the supplier. Never throws: the decision
 * stands when the queue is down (logged), and the supplier's page shows it either way.
 */
async function mailDecision(showcase: { id: string; organizationId: string }): Promise<void> {
  try {
    const members = await recipientsOf(dbClient, [showcase.organizationId]);
    if (members.length === 0) return;
    const boss = await mailBoss("sender");
    await boss.insert(
      members.map((member) => ({
        name: MAIL_QUEUE,
        data: { kind: "showcaseReviewed", recipientId: member, showcaseId: showcase.id } satisfies ShowcaseMailJob,
      })),
    );
  } catch (error) {
    log.warn("showcases: could not queue the review mail", { showcaseId: showcase.id, err: error });
  }
}

/** The organizer sets (or clears) how many approved showcases of a session may run at once. */
export async function setShowcaseOverlapLimit(actor: Actor, input: unknown) {
  const fields = overlapLimitSchema.parse(input);
  const session = await requireHostedSession(actor, fields.sessionId, { query: { select: { id: true } } });
  return db.fairSession.update({
    where: { id: session.id },
    data: { showcaseOverlapLimit: fields.limit },
    select: { id: true, showcaseOverlapLimit: true },
  });
}
