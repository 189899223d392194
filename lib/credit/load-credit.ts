import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { ownOrganizationId } from "@/lib/tenancy/tenant-scope";
import { creditScore, type CreditBadge, type CreditFacts, type CreditScore } from "./credit-score";
import { creditFactsSql, supervisedOrganizationsSql, type CreditFactsRow } from "./credit-facts-sql";

function factsOf(row: CreditFactsRow): CreditFacts {
  return {
    kind: row.kind,
    suspended: row.status === "SUSPENDED",
    verified: row.verified,
    certificates: { total: row.certificatesTotal, valid: row.certificatesValid },
    meetings: { ended: row.ended, noShows: row.noShows, held: row.held, reported: row.reported },
    negativeListAttempts: row.negativeListAttempts,
    complaints: { upheld: row.upheldComplaints },
    sanctions: { warnings: row.warnings, exclusions: row.exclusions },
  };
}

/** Each organization's credit, computed in one statement (unscoped: callers decide who sees what). */
export async function creditOf(organizationIds: string[], now = new Date()): Promise<Map<string, CreditScore>> {
  const ids = [...new Set(organizationIds)];
  if (ids.length === 0) return new Map();
  const rows = await db.$queryRaw<CreditFactsRow[]>(creditFactsSql(ids, now));
  return new Map(rows.map((row) => [row.id, creditScore(factsOf(row))]));
}

/** What counterparts may see of these organizations: their badges only, never the score. */
export async function creditBadgesOf(organizationIds: string[]): Promise<Map<string, CreditBadge[]>> {
  const credit = await creditOf(organizationIds);
  return new Map([...credit].map(([id, score]) => [id, score.badges]));
}

/** Of these organizations, those registered for or meeting in a fair the organizer hosts. */
export async function supervisedOrganizationIds(actor: Actor, organizationIds: string[]): Promise<Set<string>> {
  requirePermission(actor, "read:credit:any");
  if (organizationIds.length === 0) return new Set();
  const rows = await db.$queryRaw<{ id: string }[]>(
    supervisedOrganizationsSql(ownOrganizationId(actor), [...new Set(organizationIds)]),
  );
  return new Set(rows.map((row) => row.id));
}

/** The organizations list's credit column: level and score of the organizations this organizer supervises. */
export async function loadCreditLevels(actor: Actor, organizationIds: string[]) {
  const supervised = await supervisedOrganizationIds(actor, organizationIds);
  const credit = await creditOf([...supervised]);
  return new Map([...credit].map(([id, score]) => [id, { level: score.level, score: score.score }]));
}

/** NOT_FOUND unless the organizer supervises the organization (the same answer as for a missing one). */
export async function requireSupervisedOrganization(actor: Actor, organizationId: string): Promise<void> {
  const supervised = await supervisedOrganizationIds(actor, [organizationId]);
  if (!supervised.has(organizationId)) throw new AppError("NOT_FOUND", "organizationNotFound");
}
