import "server-only";
import { log } from "@/lib/log";
import { db } from "@/lib/db";
import { getBoss, MATCH_TABLE_QUEUE } from "./boss";

/** Changes within this many seconds collapse into one computation (MATCH_TABLE_DEBOUNCE_SECONDS, default 2). */
function debounceSeconds(): number {
  const configured = Number(process.env.MATCH_TABLE_DEBOUNCE_SECONDS);
  return Number.isFinite(configured) && configured >= 0 ? configured : 2;
}

export type MatchTableJob = { sessionId: string };

/**
 * Asks for the session's match table to be recomputed in the background. Debounced
 * per session: the queue's "stately" policy keeps at most one waiting job per
 * session (singletonKey), so a burst of product edits costs one computation; a
 * change during a run queues exactly one more. Never throws: the caller's action
 * has committed already and must not fail because the queue is down (logged).
 */
export async function requestMatchTableRefresh(sessionId: string): Promise<void> {
  try {
    const now = new Date();
    await db.matchTableRun.upsert({
      where: { sessionId },
      create: { sessionId, status: "QUEUED", requestedAt: now },
      update: { status: "QUEUED", requestedAt: now, error: null },
    });
    const boss = await getBoss("sender");
    await boss.send(MATCH_TABLE_QUEUE, { sessionId } satisfies MatchTableJob, {
      singletonKey: sessionId,
      startAfter: debounceSeconds(),
    });
  } catch (error) {
    log.warn("match table: could not queue a session refresh", { sessionId, err: error });
  }
}

/**
 * Refreshes every session an organization takes part in (approved registrations, and
 * sessions its requirements name): its products, requirements or status changed.
 */
export async function requestMatchTableRefreshForOrganizations(organizationIds: string[]): Promise<void> {
  try {
    if (organizationIds.length === 0) return;
    const ids = [...new Set(organizationIds)];
    const [registrations, requirements] = await Promise.all([
      db.sessionRegistration.findMany({
        where: { organizationId: { in: ids }, status: "APPROVED" },
        select: { sessionId: true },
        distinct: ["sessionId"],
      }),
      // A buyer's requirement may name a session the buyer is not registered for.
      db.purchasingRequirement.findMany({
        where: { organizationId: { in: ids }, sessionId: { not: null } },
        select: { sessionId: true },
        distinct: ["sessionId"],
      }),
    ]);
    const sessionIds = new Set([...registrations, ...requirements].map((row) => row.sessionId!));
    for (const sessionId of sessionIds) await requestMatchTableRefresh(sessionId);
  } catch (error) {
    log.warn("match table: could not queue refreshes for organizations", { err: error });
  }
}

/** Refreshes the session a requirement is matched in (its own, else every session its buyer is approved for). */
export async function requestMatchTableRefreshForRequirement(requirementId: string): Promise<void> {
  try {
    const requirement = await db.purchasingRequirement.findUnique({
      where: { id: requirementId },
      select: { sessionId: true, organizationId: true },
    });
    if (!requirement) return;
    if (requirement.sessionId) await requestMatchTableRefresh(requirement.sessionId);
    else await requestMatchTableRefreshForOrganizations([requirement.organizationId]);
  } catch (error) {
    log.warn("match table: could not queue a refresh for a requirement", { requirementId, err: error });
  }
}

/** Refreshes the sessions of the suppliers owning these products (negative-list blocking and unblocking). */
export async function requestMatchTableRefreshForProducts(productIds: string[]): Promise<void> {
  try {
    if (productIds.length === 0) return;
    const owners = await db.product.findMany({
      where: { id: { in: productIds } },
      select: { organizationId: true },
      distinct: ["organizationId"],
    });
    await requestMatchTableRefreshForOrganizations(owners.map((owner) => owner.organizationId));
  } catch (error) {
    log.warn("match table: could not queue refreshes for products", { err: error });
  }
}
