import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { requirementSessionSql } from "@/lib/matching/requirement-session-sql";

/**
 * The pairs of mutual interest in the session: one row per distinct
 * ("supplierOrgId", "buyerOrgId") where the buyer and the supplier both reacted
 * INTERESTED to the same match of a requirement that is matched in this session
 * at `now` (requirementSessionSql).
 */
export function mutualInterestPairsSql(sessionId: string, now: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT DISTINCT b."supplierOrgId", r."organizationId" AS "buyerOrgId"
    FROM "MatchReaction" b
    JOIN "MatchReaction" s ON s."requirementId" = b."requirementId" AND s."supplierOrgId" = b."supplierOrgId"
      AND s."side" = 'SUPPLIER' AND s."kind" = 'INTERESTED'
    JOIN "PurchasingRequirement" r ON r."id" = b."requirementId"
    WHERE b."side" = 'BUYER' AND b."kind" = 'INTERESTED' AND ${requirementSessionSql("r", now)} = ${sessionId}`;
}

/**
 * The session's match scores per pair: one row per ("supplierOrgId",
 * "buyerOrgId") with `score`, the best score over the buyer's requirements, as
 * an integer.
 */
export function pairScoresSql(sessionId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT m."supplierOrgId", r."organizationId" AS "buyerOrgId", max(m."score")::int AS "score"
    FROM "MatchScore" m JOIN "PurchasingRequirement" r ON r."id" = m."requirementId"
    WHERE m."sessionId" = ${sessionId}
    GROUP BY m."supplierOrgId", r."organizationId"`;
}
