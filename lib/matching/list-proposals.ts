import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireApprovedOrganization, requirePermission, type Actor } from "@/lib/auth/actor";
import { inHostedSessions } from "@/lib/tenancy/tenant-scope";

const names = { nameEn: true, nameZh: true, nameRu: true } as const;

const proposalSelect = {
  id: true,
  note: true,
  createdAt: true,
  priorityAdjustment: true,
  session: { select: { id: true, titleEn: true, titleZh: true, titleRu: true, startDate: true } },
  requirement: {
    select: {
      id: true,
      textEn: true,
      textZh: true,
      textRu: true,
      quantity: true,
      unit: true,
      category: { select: names },
    },
  },
  buyerOrg: { select: { id: true, city: true, ...names } },
  supplierOrg: { select: { id: true, city: true, ...names } },
} as const;

/**
 * The organizer's live proposals the caller is party to: a buyer sees those for its own
 * requirements (optionally one of them), a supplier those naming it. Never the priority
 * nudge's author or another party's proposals.
 */
export async function listOwnProposals(actor: Actor, options: { requirementId?: string } = {}) {
  requirePermission(actor, "react:match:own");
  const organization = requireApprovedOrganization(actor);
  if (organization.kind !== "BUYER" && organization.kind !== "SUPPLIER") throw new AppError("FORBIDDEN", "forbidden");
  return db.matchProposal.findMany({
    where: {
      withdrawnAt: null,
      ...(organization.kind === "BUYER" ? { buyerOrgId: organization.id } : { supplierOrgId: organization.id }),
      ...(options.requirementId ? { requirementId: options.requirementId } : {}),
      requirement: { status: "OPEN" },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 100,
    select: proposalSelect,
  });
}
export type OwnProposal = Awaited<ReturnType<typeof listOwnProposals>>[number];

/** Live proposals of a session (organizer view), keyed "requirementId:supplierOrgId" for the match table rows. */
export async function listSessionProposals(actor: Actor, sessionId: string) {
  requirePermission(actor, "manage:match:any");
  const rows = await db.matchProposal.findMany({
    where: { sessionId, withdrawnAt: null, ...inHostedSessions(actor) },
    select: {
      id: true,
      requirementId: true,
      supplierOrgId: true,
      note: true,
      priorityAdjustment: true,
      createdAt: true,
    },
  });
  return new Map(rows.map((row) => [`${row.requirementId}:${row.supplierOrgId}`, row]));
}
export type SessionProposal = NonNullable<ReturnType<Awaited<ReturnType<typeof listSessionProposals>>["get"]>>;
