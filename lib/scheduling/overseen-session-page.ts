import "server-only";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/page-guard";
import { AppError } from "@/lib/errors";
import { sessionHeadingSelect } from "@/lib/fairs/session-select";
import { requireHostedSession } from "@/lib/tenancy/hosted";

/** What an organizer page of one session shows of it: title, dates, its fair and zone. */
const overseenSessionQuery = {
  select: {
    ...sessionHeadingSelect,
    fair: { select: { id: true, nameEn: true, nameZh: true, nameRu: true, timeZone: true } },
  },
} as const;

/** For `.catch` on a page's reads: NOT_FOUND renders the 404 page, anything else still throws. */
export function notFoundIfMissing(error: unknown): never {
  if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
  throw error;
}

/**
 * The start of every organizer page under /admin/sessions/[sessionId]/<page>: the
 * signed-in organizer and the session they oversee. `null` for any other role (the
 * page renders Forbidden); a 404 for a session of a fair they do not host.
 */
export async function loadOverseenSessionPage(locale: string, sessionId: string, page: "meetings" | "outcomes") {
  const actor = await requirePageActor(locale, `/admin/sessions/${sessionId}/${page}`, "oversee:meeting:any");
  if (!actor) return null;
  const session = await requireHostedSession(actor, sessionId, { query: overseenSessionQuery }).catch(
    notFoundIfMissing,
  );
  return { actor, session };
}
