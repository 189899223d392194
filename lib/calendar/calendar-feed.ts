import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { loadActor, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { isAppLocale } from "@/lib/i18n/routing";
import { visibleMeetingsWhere } from "@/lib/meetings/meeting-access";
import { calendarMeetingSelect } from "./calendar-meeting";
import { meetingsFeedIcs } from "./meeting-ics";
import { appUrl } from "./room-url";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The feed's address; calendar apps subscribe to it (the token is its only secret). */
export function calendarFeedUrl(token: string): string {
  return `${appUrl()}/api/calendar/${token}`;
}

/**
 * Creates the actor's private calendar feed, replacing (revoking) any earlier one.
 * The token is returned once and only its SHA-256 is stored, as for API tokens.
 */
export async function createCalendarFeed(actor: Actor): Promise<{ token: string; url: string }> {
  visibleMeetingsWhere(actor); // FORBIDDEN for those who have no meetings to show
  const token = randomBytes(32).toString("base64url");
  const now = new Date();
  await db.$transaction(async (tx) => {
    const replaced = await tx.calendarFeedToken.updateMany({
      where: { userId: actor.id, revokedAt: null },
      data: { revokedAt: now },
    });
    const feed = await tx.calendarFeedToken.create({ data: { userId: actor.id, tokenHash: hashToken(token) } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "calendarFeed.created",
      entityType: "CalendarFeedToken",
      entityId: feed.id,
      organizationId: actor.organizationId,
      data: { replaced: replaced.count },
    });
  });
  return { token, url: calendarFeedUrl(token) };
}

/** Revokes the actor's feed: its URL answers 404 from now on. Returns whether one was active. */
export async function revokeCalendarFeed(actor: Actor): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const active = await tx.calendarFeedToken.findMany({
      where: { userId: actor.id, revokedAt: null },
      select: { id: true },
    });
    if (active.length === 0) return false;
    await tx.calendarFeedToken.updateMany({
      where: { id: { in: active.map((feed) => feed.id) }, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    for (const feed of active) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: "calendarFeed.revoked",
        entityType: "CalendarFeedToken",
        entityId: feed.id,
        organizationId: actor.organizationId,
      });
    }
    return true;
  });
}

/** Whether the actor has an active feed (its URL cannot be shown again, only replaced). */
export async function hasCalendarFeed(actor: Actor): Promise<boolean> {
  return (await getCalendarFeedStatus(actor)) !== null;
}

/** The actor's active feed (when it was made, when a calendar app last fetched it), or null. */
export async function getCalendarFeedStatus(actor: Actor) {
  return db.calendarFeedToken.findFirst({
    where: { userId: actor.id, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, lastUsedAt: true },
  });
}

/**
 * The feed behind a token: every meeting the user may see (as in their schedule),
 * cancelled ones as STATUS:CANCELLED so subscribed calendars drop them, in the
 * user's language. Null for an unknown or revoked token or a disabled user, or
 * one whose organization may no longer hold meetings.
 */
export async function calendarFeedFor(rawToken: string, { now = new Date() }: { now?: Date } = {}) {
  const token = rawToken.replace(/\.ics$/i, "");
  if (!/^[\w-]{20,100}$/.test(token)) return null;
  const feed = await db.calendarFeedToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!feed || feed.revokedAt) return null;
  const actor = await loadActor(feed.userId);
  if (!actor) return null;
  let visible;
  try {
    visible = visibleMeetingsWhere(actor);
  } catch {
    return null;
  }
  const meetings = await db.meeting.findMany({
    where: visible,
    select: calendarMeetingSelect,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  // At most one write an hour per feed: calendar apps poll often.
  if (!feed.lastUsedAt || now.getTime() - feed.lastUsedAt.getTime() > 3_600_000) {
    await db.calendarFeedToken.update({ where: { id: feed.id }, data: { lastUsedAt: now } });
  }
  return meetingsFeedIcs(meetings, isAppLocale(actor.locale) ? actor.locale : "en");
}
