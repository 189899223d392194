import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { sessionHeadingSelect } from "./session-select";

/** Every fair the organizer's organization hosts (drafts too), newest first, with its sessions. */
export async function listHostedFairs(actor: Actor) {
  requirePermission(actor, "fair:manage");
  return db.fair.findMany({
    where: { hostOrganizationId: actor.organizationId ?? "" },
    orderBy: [{ startDate: "desc" }, { id: "asc" }],
    include: {
      sessions: {
        orderBy: [{ position: "asc" }, { startDate: "asc" }],
        select: {
          ...sessionHeadingSelect,
          _count: { select: { registrations: true, meetings: { where: { status: { not: "CANCELLED" } } } } },
        },
      },
    },
  });
}

/** A hosted fair with its sessions, for the edit page; NOT_FOUND for anyone else's. */
export async function getHostedFair(actor: Actor, fairId: string) {
  requirePermission(actor, "fair:manage");
  const fair = await db.fair.findFirst({
    where: { id: fairId, hostOrganizationId: actor.organizationId ?? "" },
    include: {
      sessions: {
        orderBy: [{ position: "asc" }, { startDate: "asc" }],
        select: { ...sessionHeadingSelect, slug: true },
      },
    },
  });
  if (!fair) throw new AppError("NOT_FOUND", "fairNotFound");
  return fair;
}

/** A hosted session with its fair, breaks and categories, for the console; NOT_FOUND for anyone else's. */
export async function getHostedSession(actor: Actor, sessionId: string) {
  requirePermission(actor, "fair:manage");
  const session = await db.fairSession.findFirst({
    where: { id: sessionId, fair: { hostOrganizationId: actor.organizationId ?? "" } },
    include: {
      fair: true,
      breaks: { orderBy: { startMinute: "asc" } },
      categories: { include: { category: { select: { slug: true } } } },
    },
  });
  if (!session) throw new AppError("NOT_FOUND", "sessionNotFound");
  return session;
}

/** Every category, for the session form's checkboxes (top level first, then by position). */
export async function listCategoryChoices() {
  return db.category.findMany({
    orderBy: [{ parentId: { sort: "asc", nulls: "first" } }, { position: "asc" }],
    select: { slug: true, nameEn: true, nameZh: true, nameRu: true, parentId: true },
  });
}

/** The registrations of a hosted session, pending first, with the organizations. */
export async function listSessionRegistrations(actor: Actor, sessionId: string) {
  requirePermission(actor, "organization:review");
  return db.sessionRegistration.findMany({
    where: { sessionId, session: { fair: { hostOrganizationId: actor.organizationId ?? "" } } },
    orderBy: [{ status: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      status: true,
      createdAt: true,
      organization: {
        select: {
          id: true,
          kind: true,
          status: true,
          nameEn: true,
          nameZh: true,
          nameRu: true,
          city: true,
          country: true,
        },
      },
    },
  });
}
