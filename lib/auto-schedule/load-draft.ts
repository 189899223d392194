import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ScheduleProblem } from "@/lib/scheduling/auto/problem";
import { inHostedSessions, ownOrganizationId } from "@/lib/tenancy/tenant-scope";
import { lockHostedDraftSql } from "./load-draft-sql";

/** An OPEN draft of a session the actor's organization hosts, read under a row lock inside `tx`. */
export async function lockOpenDraft(tx: Prisma.TransactionClient, actor: Actor, draftId: string) {
  requirePermission(actor, "oversee:meeting:any");
  const [row] = await tx.$queryRaw<{ id: string }[]>(lockHostedDraftSql(draftId, ownOrganizationId(actor)));
  if (!row) throw new AppError("NOT_FOUND", "draftNotFound");
  const draft = await tx.scheduleDraft.findUniqueOrThrow({
    where: { id: row.id },
    include: { items: { orderBy: [{ startsAt: "asc" }, { problemRequestId: "asc" }] } },
  });
  if (draft.status !== "OPEN") throw new AppError("INVALID_STATE", "draftNotOpen");
  return { ...draft, problem: draft.problem as unknown as ScheduleProblem };
}

/** The most recent draft of a session (open or not) with everything the schedule page shows. */
export async function getLatestDraft(actor: Actor, sessionId: string) {
  requirePermission(actor, "oversee:meeting:any");
  const draft = await db.scheduleDraft.findFirst({
    where: { sessionId, ...inHostedSessions(actor) },
    orderBy: { createdAt: "desc" },
    include: { items: { orderBy: [{ startsAt: "asc" }, { weight: "desc" }, { problemRequestId: "asc" }] } },
  });
  if (!draft) return null;
  const problem = draft.problem as unknown as ScheduleProblem;
  const orgIds = [...new Set(draft.items.flatMap((i) => [i.supplierOrgId, i.buyerOrgId]))];
  const interpreterIds = [...new Set(draft.items.map((i) => i.interpreterId).filter((id): id is string => !!id))];
  const [organizations, interpreters] = await Promise.all([
    db.organization.findMany({
      where: { id: { in: orgIds } },
      select: { id: true, nameEn: true, nameZh: true, nameRu: true, timeZone: true },
    }),
    db.user.findMany({ where: { id: { in: interpreterIds } }, select: { id: true, name: true } }),
  ]);
  return {
    id: draft.id,
    status: draft.status,
    createdAt: draft.createdAt,
    publishedAt: draft.publishedAt,
    solveMs: draft.solveMs,
    items: draft.items,
    slots: problem.slots.map((slot) => ({ id: slot.id, start: new Date(slot.start), end: new Date(slot.end) })),
    organizations: new Map(organizations.map((o) => [o.id, o])),
    interpreters: new Map(interpreters.map((i) => [i.id, i])),
  };
}
export type LatestDraft = NonNullable<Awaited<ReturnType<typeof getLatestDraft>>>;
