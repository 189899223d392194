import "server-only";
import { db } from "@/lib/db";

/** Public pages only ever show published fairs. */
export async function listPublishedFairs() {
  return db.fair.findMany({
    where: { status: "PUBLISHED" },
    orderBy: { startDate: "desc" },
    include: {
      hostOrganization: { select: { nameEn: true, nameZh: true, nameRu: true } },
      sessions: {
        orderBy: { position: "asc" },
        select: { id: true, slug: true, titleEn: true, titleZh: true, titleRu: true, startDate: true, endDate: true },
      },
    },
  });
}

export async function getPublishedFair(slug: string) {
  return db.fair.findFirst({
    where: { slug, status: "PUBLISHED" },
    include: {
      hostOrganization: { select: { nameEn: true, nameZh: true, nameRu: true } },
      sessions: {
        orderBy: { position: "asc" },
        include: {
          categories: { include: { category: true } },
          _count: {
            select: { registrations: { where: { status: "APPROVED", organization: { status: "APPROVED" } } } },
          },
        },
      },
    },
  });
}

/** A session with its window, breaks, categories and the approved participants. */
/**
 * How many approved participants of each side a session's page lists (earliest registered
 * first); the rest are counted. A session of a large fair has thousands: listing them all cost
 * ~230 ms of server CPU per page view at 2,222 suppliers (docs/benchmarks.md, issue 16). The
 * catalogue's supplier list searches and pages through all of them.
 */
export const SESSION_PARTICIPANTS_LISTED = 30;

const participantSelect = {
  id: true,
  nameEn: true,
  nameZh: true,
  nameRu: true,
  city: true,
  country: true,
  timeZone: true,
} as const;

/** The approved registrations of one side whose organization is approved too. */
const approvedOf = (kind: "SUPPLIER" | "BUYER") =>
  ({ status: "APPROVED", organization: { status: "APPROVED", kind } }) as const;

export async function getPublishedSession(fairSlug: string, sessionSlug: string) {
  const session = await db.fairSession.findFirst({
    where: { slug: sessionSlug, fair: { slug: fairSlug, status: "PUBLISHED" } },
    include: {
      fair: { include: { hostOrganization: { select: { nameEn: true, nameZh: true, nameRu: true } } } },
      breaks: { orderBy: { startMinute: "asc" } },
      categories: { include: { category: true }, orderBy: { category: { position: "asc" } } },
    },
  });
  if (!session) return null;
  const side = async (kind: "SUPPLIER" | "BUYER") => {
    const where = { sessionId: session.id, ...approvedOf(kind) };
    const [listed, total] = await Promise.all([
      db.sessionRegistration.findMany({
        where,
        select: { organization: { select: participantSelect } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: SESSION_PARTICIPANTS_LISTED,
      }),
      db.sessionRegistration.count({ where }),
    ]);
    return { listed: listed.map((registration) => registration.organization), total };
  };
  const [suppliers, buyers] = await Promise.all([side("SUPPLIER"), side("BUYER")]);
  return { ...session, suppliers, buyers };
}
