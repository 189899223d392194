import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** The audit actions that are sanctions short of suspension (suspension is the organization's status). */
export const warningAction = "organization.warn";
export const exclusionAction = "registration.exclude";

/**
 * The facts of each organization's credit (lib/credit/credit-score.ts), one row per id:
 * kind, status, verification; certificates on file and those not expired on `now`'s day;
 * its meetings that ended by `now` (not cancelled), those its side missed (no-show flag),
 * those it attended and those of these it reported an outcome for; product saves the
 * negative list refused; complaints against it an organizer upheld; warnings and session
 * exclusions recorded in the audit log. Counts are across the whole platform: credit is
 * the organization's record, not one fair's.
 */
export function creditFactsSql(organizationIds: string[], now: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT o.id, o.kind::text AS kind, o.status::text AS status, o."verifiedAt" IS NOT NULL AS verified,
      (SELECT count(*)::int FROM "Certificate" c WHERE c."organizationId" = o.id) AS "certificatesTotal",
      (SELECT count(*)::int FROM "Certificate" c
        WHERE c."organizationId" = o.id AND (c."expiresOn" IS NULL OR c."expiresOn" >= (${now}::timestamptz AT TIME ZONE 'UTC')::date))
        AS "certificatesValid",
      m.ended, m."noShows", m.held, m.reported,
      (SELECT count(*)::int FROM "NegativeListAttempt" a WHERE a."organizationId" = o.id) AS "negativeListAttempts",
      (SELECT count(*)::int FROM "Complaint" k WHERE k."respondentOrgId" = o.id AND k.status = 'UPHELD')
        AS "upheldComplaints",
      (SELECT count(*)::int FROM "AuditLog" l WHERE l."organizationId" = o.id AND l.action = ${warningAction}) AS warnings,
      (SELECT count(*)::int FROM "AuditLog" l WHERE l."organizationId" = o.id AND l.action = ${exclusionAction})
        AS exclusions
    FROM "Organization" o
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS ended,
        count(*) FILTER (WHERE own."noShow")::int AS "noShows",
        count(*) FILTER (WHERE NOT own."noShow")::int AS held,
        count(*) FILTER (WHERE NOT own."noShow" AND EXISTS (
          SELECT 1 FROM "MeetingOutcomeReport" r WHERE r."meetingId" = own.id AND r."organizationId" = o.id))::int
          AS reported
      FROM (
        SELECT mt.id, mt."supplierNoShow" AS "noShow" FROM "Meeting" mt
        WHERE mt."supplierOrgId" = o.id AND mt.status <> 'CANCELLED' AND mt."endsAt" <= ${now}::timestamptz
        UNION ALL
        SELECT mt.id, mt."buyerNoShow" FROM "Meeting" mt
        WHERE mt."buyerOrgId" = o.id AND mt.status <> 'CANCELLED' AND mt."endsAt" <= ${now}::timestamptz
      ) own
    ) m
    WHERE o.id = ANY(${organizationIds}::text[]) AND o.kind <> 'ORGANIZER'`;
}

export type CreditFactsRow = {
  id: string;
  kind: "SUPPLIER" | "BUYER";
  status: string;
  verified: boolean;
  certificatesTotal: number;
  certificatesValid: number;
  ended: number;
  noShows: number;
  held: number;
  reported: number;
  negativeListAttempts: number;
  upheldComplaints: number;
  warnings: number;
  exclusions: number;
};

/**
 * Of these organizations, those the organizer's organization supervises: registered for
 * (or meeting in) a session of a fair it hosts. The tenant scope of credit records.
 */
export function supervisedOrganizationsSql(hostOrganizationId: string, organizationIds: string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT o.id FROM "Organization" o
    WHERE o.id = ANY(${organizationIds}::text[])
      AND (EXISTS (
        SELECT 1 FROM "SessionRegistration" sr
        JOIN "FairSession" s ON s.id = sr."sessionId" JOIN "Fair" f ON f.id = s."fairId"
        WHERE sr."organizationId" = o.id AND f."hostOrganizationId" = ${hostOrganizationId})
      OR EXISTS (
        SELECT 1 FROM "Meeting" mt
        JOIN "FairSession" s ON s.id = mt."sessionId" JOIN "Fair" f ON f.id = s."fairId"
        WHERE (mt."supplierOrgId" = o.id OR mt."buyerOrgId" = o.id) AND f."hostOrganizationId" = ${hostOrganizationId}))`;
}
