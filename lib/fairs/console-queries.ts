import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { requireHostedFair, type SessionQuery } from "@/lib/tenancy/hosted";
import { hostedFairs, inHostedSessions } from "@/lib/tenancy/tenant-scope";
import { sessionHeadingSelect } from "./session-select";

/** Every fair the organizer's organization hosts (drafts too), newest first, with its sessions. */
export async function listHostedFairs(actor: Actor) {
  requirePermission(actor, "manage:fair:any");
  return db.fair.findMany({
    where: hostedFairs(actor),
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
  return requireHostedFair(actor, fairId, {
    query: {
      include: {
        sessions: {
          orderBy: [{ position: "asc" }, { startDate: "asc" }],
          select: { ...sessionHeadingSelect, slug: true },
        },
      },
    },
  });
}

/** What the console shows of a hosted session (`requireHostedSession(actor, id, { query: consoleSessionQuery })`). */
export const consoleSessionQuery = {
  include: {
    fair: true,
    breaks: { orderBy: { startMinute: "asc" } },
    categories: { include: { category: { select: { slug: true } } } },
  },
} as const satisfies SessionQuery;

/** Every category, for the session form's checkboxes (top level first, then by position). */
export async function listCategoryChoices() {
  return db.category.findMany({
    orderBy: [{ parentId: { sort: "asc", nulls: "first" } }, { position: "asc" }],
    select: { slug: true, nameEn: true, nameZh: true, nameRu: true, parentId: true },
  });
}

/** The registrations of a hosted session, pending first, with the organizations. */
export async function listSessionRegistrations(actor: Actor, sessionId: string) {
  requirePermission(actor, "review:organization:any");
  return db.sessionRegistration.findMany({
    where: { sessionId, ...inHostedSessions(actor) },
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
