import "server-only";
import { db } from "@/lib/db";
import { requireApprovedOrganization, requirePermission, type Actor } from "@/lib/auth/actor";
import { sessionHeadingSelect } from "@/lib/fairs/session-select";

/**
 * The published sessions the actor's organization is registered in (APPROVED), in
 * date order, with whether it set its availability there (else the default applies).
 */
export async function listAvailabilitySessions(actor: Actor) {
  requirePermission(actor, "request:meeting:own");
  const organization = requireApprovedOrganization(actor);
  const sessions = await db.fairSession.findMany({
    where: {
      fair: { status: "PUBLISHED" },
      registrations: { some: { organizationId: organization.id, status: "APPROVED" } },
    },
    orderBy: [{ startDate: "asc" }, { position: "asc" }, { id: "asc" }],
    select: {
      ...sessionHeadingSelect,
      fair: { select: { nameEn: true, nameZh: true, nameRu: true, timeZone: true } },
      availability: { where: { organizationId: organization.id }, select: { id: true }, take: 1 },
    },
  });
  return sessions.map(({ availability, ...session }) => ({ ...session, customized: availability.length > 0 }));
}
export type AvailabilitySession = Awaited<ReturnType<typeof listAvailabilitySessions>>[number];
