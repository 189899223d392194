import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import type { OrganizationKind, OrganizationStatus } from "@/lib/generated/prisma/enums";

export type OrganizationFilter = { status?: OrganizationStatus; kind?: Exclude<OrganizationKind, "ORGANIZER"> };

/** The organizer's review queue, oldest applications first. */
export async function listOrganizationsForReview(actor: Actor, filter: OrganizationFilter) {
  requirePermission(actor, "read:organization:any");
  return db.organization.findMany({
    where: { kind: filter.kind ?? { in: ["SUPPLIER", "BUYER"] }, ...(filter.status ? { status: filter.status } : {}) },
    orderBy: [{ createdAt: "asc" }],
    take: 500,
    include: { users: { select: { id: true, name: true, email: true }, take: 3 } },
  });
}

export async function countOrganizationsByStatus(actor: Actor) {
  requirePermission(actor, "read:organization:any");
  const rows = await db.organization.groupBy({
    by: ["status"],
    where: { kind: { in: ["SUPPLIER", "BUYER"] } },
    _count: { _all: true },
  });
  return Object.fromEntries(rows.map((row) => [row.status, row._count._all])) as Partial<
    Record<OrganizationStatus, number>
  >;
}
