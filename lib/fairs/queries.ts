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
export async function getPublishedSession(fairSlug: string, sessionSlug: string) {
  const session = await db.fairSession.findFirst({
    where: { slug: sessionSlug, fair: { slug: fairSlug, status: "PUBLISHED" } },
    include: {
      fair: { include: { hostOrganization: { select: { nameEn: true, nameZh: true, nameRu: true } } } },
      breaks: { orderBy: { startMinute: "asc" } },
      categories: { include: { category: true }, orderBy: { category: { position: "asc" } } },
      registrations: {
        where: { status: "APPROVED", organization: { status: "APPROVED" } },
        include: {
          organization: {
            select: {
              id: true,
              kind: true,
              nameEn: true,
              nameZh: true,
              nameRu: true,
              city: true,
              country: true,
              timeZone: true,
            },
          },
        },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!session) return null;
  const participants = session.registrations.map((r) => r.organization);
  return {
    ...session,
    suppliers: participants.filter((o) => o.kind === "SUPPLIER"),
    buyers: participants.filter((o) => o.kind === "BUYER"),
  };
}
