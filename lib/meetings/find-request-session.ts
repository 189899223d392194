import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { isSessionOver, sessionLifecycleSelect, toLifecycleInput } from "@/lib/fairs/lifecycle";

/**
 * Where a signed-in buyer may ask a supplier for a meeting: a session of a
 * published fair, not yet over, in which both organizations are approved and
 * registered. `preferredSessionId` wins when it qualifies (the session a page
 * shows); otherwise the soonest. Null for anyone else (signed out, not an approved
 * buyer) or when they share no open session.
 */
export async function findRequestSession(
  actor: Actor | null,
  supplierOrgId: string,
  { preferredSessionId, now = new Date() }: { preferredSessionId?: string; now?: Date } = {},
) {
  // Asking from a supplier's page is the buyer side of a meeting request: the side is the organization's kind.
  const organization = can(actor, "request:meeting:own") ? actor?.organization : null;
  const buyer = organization?.kind === "BUYER" && organization.status === "APPROVED" ? organization : null;
  if (!buyer) return null;
  const registered = (organizationId: string) => ({
    some: { organizationId, status: "APPROVED" as const, organization: { status: "APPROVED" as const } },
  });
  const sessions = await db.fairSession.findMany({
    where: {
      fair: { status: "PUBLISHED" },
      // A cheap pre-filter (a day's grace covers every zone); the lifecycle decides below.
      endDate: { gte: new Date(now.getTime() - 86_400_000) },
      AND: [{ registrations: registered(buyer.id) }, { registrations: registered(supplierOrgId) }],
    },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    select: { id: true, titleEn: true, titleZh: true, titleRu: true, ...sessionLifecycleSelect },
  });
  const open = sessions.filter((session) => !isSessionOver(toLifecycleInput(session), now));
  return open.find((session) => session.id === preferredSessionId) ?? open[0] ?? null;
}
