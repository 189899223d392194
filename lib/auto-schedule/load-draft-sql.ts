import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Locks (FOR UPDATE) the draft `draftId` if a fair hosted by
 * `hostOrganizationId` holds its session, and answers its `id`; no row when the
 * draft is missing or hosted by another organization.
 */
export function lockHostedDraftSql(draftId: string, hostOrganizationId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT d."id" FROM "ScheduleDraft" d
    JOIN "FairSession" s ON s."id" = d."sessionId"
    JOIN "Fair" f ON f."id" = s."fairId"
    WHERE d."id" = ${draftId} AND f."hostOrganizationId" = ${hostOrganizationId}
    FOR UPDATE OF d`;
}
