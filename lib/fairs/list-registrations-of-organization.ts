import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";

/** The published sessions an organization may join, with its registration status for each. */
export async function listSessionsWithOwnRegistration(actor: Actor) {
  const organizationId = actor.organizationId;
  if (!organizationId) return [];
  const sessions = await db.fairSession.findMany({
    where: { fair: { status: "PUBLISHED" } },
    orderBy: [{ fair: { startDate: "desc" } }, { position: "asc" }],
    include: {
      fair: { select: { slug: true, nameEn: true, nameZh: true, nameRu: true } },
      registrations: { where: { organizationId }, select: { status: true } },
    },
  });
  return sessions.map(({ registrations, ...session }) => ({
    ...session,
    registrationStatus: registrations[0]?.status ?? null,
  }));
}
