import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { ownOrganizationId } from "@/lib/tenancy/tenant-scope";
import { creditOf, requireSupervisedOrganization } from "./load-credit";
import { exclusionAction, warningAction } from "./credit-facts-sql";

const sanctionActions = [warningAction, exclusionAction, "organization.suspend", "organization.reinstate"] as const;
export type SanctionAction = (typeof sanctionActions)[number];

const sessionTitle = { select: { id: true, titleEn: true, titleZh: true, titleRu: true } } as const;
const orgNames = { select: { id: true, nameEn: true, nameZh: true, nameRu: true } } as const;

/**
 * The console's credit page of one organization, for an organizer who supervises it: the
 * score with each factor's contribution, certificates, the complaints filed about its
 * meetings in the organizer's fairs (with evidence), the sanctions on record and the
 * hosted sessions it is registered for (where it can be excluded). A fixed number of
 * statements, whatever the organization's history.
 */
export async function loadCreditRecord(actor: Actor, organizationId: string, { now = new Date() } = {}) {
  await requireSupervisedOrganization(actor, organizationId);
  const host = ownOrganizationId(actor);
  const inHostedFair = { session: { fair: { hostOrganizationId: host } } };
  const [organization, credit, complaints, sanctions, registrations, attempts] = await Promise.all([
    db.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: {
        id: true,
        kind: true,
        status: true,
        statusReason: true,
        nameEn: true,
        nameZh: true,
        nameRu: true,
        city: true,
        verifiedAt: true,
        certificates: {
          select: {
            id: true,
            number: true,
            expiresOn: true,
            type: { select: { nameEn: true, nameZh: true, nameRu: true } },
          },
          orderBy: { createdAt: "asc" },
        },
      },
    }),
    creditOf([organizationId], now),
    db.complaint.findMany({
      where: {
        OR: [{ respondentOrgId: organizationId }, { complainantOrgId: organizationId }],
        meeting: inHostedFair,
      },
      select: {
        id: true,
        text: true,
        status: true,
        reviewNote: true,
        reviewedAt: true,
        createdAt: true,
        respondentOrgId: true,
        complainantOrg: orgNames,
        respondentOrg: orgNames,
        author: { select: { name: true } },
        reviewedBy: { select: { name: true } },
        meeting: { select: { id: true, startsAt: true, session: sessionTitle } },
        evidence: {
          select: { id: true, storageKey: true, fileName: true, byteSize: true },
          orderBy: { createdAt: "asc" },
        },
      },
      orderBy: { createdAt: "desc" },
      take: 200,
    }),
    db.auditLog.findMany({
      where: { organizationId, action: { in: [...sanctionActions] } },
      select: { id: true, action: true, reason: true, data: true, createdAt: true, actor: { select: { name: true } } },
      orderBy: { createdAt: "desc" },
      take: 100,
    }),
    db.sessionRegistration.findMany({
      where: { organizationId, ...inHostedFair },
      select: { id: true, status: true, session: { select: { ...sessionTitle.select, startDate: true } } },
      orderBy: { session: { startDate: "desc" } },
    }),
    db.negativeListAttempt.findMany({
      where: { organizationId },
      select: { id: true, hsCode: true, createdAt: true },
      orderBy: { createdAt: "desc" },
      take: 20,
    }),
  ]);
  return {
    organization,
    credit: credit.get(organizationId)!,
    complaints: complaints.map((complaint) => ({
      ...complaint,
      against: complaint.respondentOrgId === organizationId,
    })),
    sanctions: sanctions.map((entry) => ({ ...entry, action: entry.action as SanctionAction })),
    registrations,
    attempts,
  };
}

export type CreditRecord = Awaited<ReturnType<typeof loadCreditRecord>>;
