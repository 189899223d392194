import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { ApiError } from "@/lib/api/api-error";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import {
  isShowcaseSupplier,
  loadShowcaseAccess,
  mayPublishShowcase,
  mayWatchShowcase,
  type ShowcaseAccessRow,
} from "@/lib/showcases/access";
import { PUBLISH_OPENS_BEFORE_MS } from "@/lib/showcases/access-window";
import { JanusApi, JanusUnreachableError } from "./janus-api";
import { janusSettings, type JanusSettings } from "./janus-settings";
import {
  isExpiredMediaToken,
  isMintedFeedId,
  mintFeedId,
  mintMediaToken,
  randomRoomId,
  roomSecret,
} from "./media-tokens";
import { queueRecordingProcessing } from "./recording-queue";

/**
 * Live showcases through Janus: the app decides who may publish and watch (lib/showcases/access.ts)
 * and hands out per-person credentials for the showcase's room: a short-lived Janus token that is
 * both in Janus's token list (to open a session) and in the room's `allowed` list (to join). A
 * guessed room id is not enough, and browsers never hold a secret that outlives their token.
 * Media flows between the browsers and Janus only; none of it passes through Next.js.
 */

export type PublishCredentials = {
  janusUrl: string;
  room: string;
  token: string;
  /** The publisher id to join with: minted by the app, so viewers subscribe to this feed only. */
  feedId: string;
  expiresAt: string;
};

export type WatchCredentials =
  | { state: "waiting" | "ended" }
  | { state: "live"; janusUrl: string; room: string; token: string; feedId: string; expiresAt: string };

type MediaShowcase = ShowcaseAccessRow & {
  janusRoomId: bigint | null;
  liveStartedAt: Date | null;
  liveEndedAt: Date | null;
  titleEn: string | null;
};

const unavailable = () =>
  new ApiError(503, "SERVICE_UNAVAILABLE", "janusUnreachable", undefined, { "Retry-After": "10" });

function requireSettings(): JanusSettings {
  const settings = janusSettings();
  if (!settings) throw unavailable();
  return settings;
}

/** Runs Janus calls; an unreachable Janus becomes a 503 "janusUnreachable" for the route to answer. */
async function withJanus<T>(run: (api: JanusApi, settings: JanusSettings) => Promise<T>): Promise<T> {
  const settings = requireSettings();
  try {
    return await run(new JanusApi(settings), settings);
  } catch (error) {
    if (error instanceof JanusUnreachableError) {
      log.warn("showcase media: Janus unreachable", { err: error });
      throw unavailable();
    }
    throw error;
  }
}

async function loadMediaShowcase(showcaseId: string): Promise<MediaShowcase> {
  const access = await loadShowcaseAccess(showcaseId);
  if (!access) throw new AppError("NOT_FOUND", "notFound");
  const media = await db.showcase.findUniqueOrThrow({
    where: { id: showcaseId },
    select: { janusRoomId: true, liveStartedAt: true, liveEndedAt: true, titleEn: true },
  });
  return { ...access, ...media };
}

/** The showcase's room in Janus, created on first use (again after a Janus restart) with the same id. */
async function ensureRoom(api: JanusApi, settings: JanusSettings, showcase: MediaShowcase): Promise<bigint> {
  let room = showcase.janusRoomId;
  if (room == null) {
    const candidate = randomRoomId();
    // Two publish requests at once: only one id is kept; the other request uses the kept one.
    const claimed = await db.showcase.updateMany({
      where: { id: showcase.id, janusRoomId: null },
      data: { janusRoomId: candidate },
    });
    room = claimed.count
      ? candidate
      : (await db.showcase.findUniqueOrThrow({ where: { id: showcase.id }, select: { janusRoomId: true } }))
          .janusRoomId!;
  }
  if (!(await api.roomExists(String(room)))) {
    await api
      .createRoom({
        room: String(room),
        secret: roomSecret(settings.signingKey, room),
        description: `showcase ${showcase.id}`,
        allowed: [],
        record: true,
        recDir: settings.recordingsDir,
      })
      .catch(async (error) => {
        // Created by a concurrent request in the meantime: fine.
        if (!(await api.roomExists(String(room)))) throw error;
      });
  }
  return room;
}

/** A fresh token in Janus's list and the room's allowed list; expired ones of ours are swept first. */
async function admit(api: JanusApi, settings: JanusSettings, room: bigint, now: Date) {
  await sweepExpiredTokens(api, now).catch((error) => log.warn("showcase media: token sweep failed", { err: error }));
  const { token, expiresAt } = mintMediaToken(now);
  await api.addToken(token);
  await api.allowTokens(String(room), roomSecret(settings.signingKey, room), [token]);
  return { token, expiresAt: expiresAt.toISOString() };
}

/** Removes our tokens whose time is up: who joined stays connected, nobody can join with them again. */
export async function sweepExpiredTokens(api: JanusApi, now: Date): Promise<number> {
  const expired = (await api.listTokens()).filter((token) => isExpiredMediaToken(token, now));
  for (const token of expired) await api.removeToken(token);
  return expired.length;
}

/** Credentials for the showcase's supplier to broadcast (from 10 minutes before the start until its end). */
export async function publishCredentials(actor: Actor, showcaseId: string, now: Date): Promise<PublishCredentials> {
  const showcase = await loadMediaShowcase(showcaseId);
  if (!isShowcaseSupplier(actor, showcase)) throw new AppError("FORBIDDEN", "forbidden");
  if (showcase.liveEndedAt) throw new AppError("INVALID_STATE", "ended");
  if (!mayPublishShowcase(actor, showcase, now)) {
    const opens = showcase.startsAt.getTime() - PUBLISH_OPENS_BEFORE_MS;
    if (showcase.status === "APPROVED" && now.getTime() < opens) throw new AppError("INVALID_STATE", "tooEarly");
    if (showcase.status === "APPROVED") throw new AppError("INVALID_STATE", "ended");
    throw new AppError("INVALID_STATE", "notApproved");
  }
  return withJanus(async (api, settings) => {
    const room = await ensureRoom(api, settings, showcase);
    const admitted = await admit(api, settings, room, now);
    return {
      janusUrl: settings.publicUrl,
      room: String(room),
      feedId: mintFeedId(settings.signingKey, room),
      ...admitted,
    };
  });
}

/**
 * Credentials to watch: "waiting" until the supplier's feed is in the room, "ended" after the
 * broadcast. A publisher in the room under an id the app did not mint (a viewer publishing with
 * their own token) is kicked and never offered to anyone.
 */
export async function watchCredentials(actor: Actor | null, showcaseId: string, now: Date): Promise<WatchCredentials> {
  const showcase = await loadMediaShowcase(showcaseId);
  if (!(await mayWatchShowcase(actor, showcase))) throw new AppError("FORBIDDEN", "forbidden");
  if (showcase.liveEndedAt) return { state: "ended" };
  if (showcase.liveStartedAt && now >= showcase.endsAt) {
    await endBroadcast(showcase, now);
    return { state: "ended" };
  }
  const room = showcase.janusRoomId;
  if (room == null) return { state: "waiting" };
  return withJanus(async (api, settings) => {
    const participants = await api.participants(String(room)).catch(() => []);
    const secret = roomSecret(settings.signingKey, room);
    let feedId: string | null = null;
    for (const participant of participants.filter((p) => p.publisher)) {
      if (isMintedFeedId(settings.signingKey, room, participant.id)) feedId = participant.id;
      else await api.kick(String(room), secret, participant.id).catch(() => undefined);
    }
    if (feedId == null) return { state: "waiting" };
    const admitted = await admit(api, settings, room, now);
    return { state: "live", janusUrl: settings.publicUrl, room: String(room), feedId, ...admitted };
  });
}

/** The supplier's stream reached Janus: the showcase is live from now (the first time only). */
export async function markLive(actor: Actor, showcaseId: string, now: Date): Promise<{ liveStartedAt: string }> {
  const showcase = await loadMediaShowcase(showcaseId);
  if (!mayPublishShowcase(actor, showcase, now) || showcase.liveEndedAt)
    throw new AppError("FORBIDDEN", isShowcaseSupplier(actor, showcase) ? "ended" : "forbidden");
  await db.showcase.updateMany({ where: { id: showcase.id, liveStartedAt: null }, data: { liveStartedAt: now } });
  const { liveStartedAt } = await db.showcase.findUniqueOrThrow({
    where: { id: showcase.id },
    select: { liveStartedAt: true },
  });
  return { liveStartedAt: liveStartedAt!.toISOString() };
}

/**
 * The supplier ends the broadcast: the room closes (viewers see "ended") and the recording is
 * processed. Only a broadcast that went on air can end (a stop before it would close the
 * showcase for good before it began); stopping an ended one again answers its end.
 */
export async function stopBroadcast(actor: Actor, showcaseId: string, now: Date): Promise<{ liveEndedAt: string }> {
  const showcase = await loadMediaShowcase(showcaseId);
  if (!isShowcaseSupplier(actor, showcase)) throw new AppError("FORBIDDEN", "forbidden");
  if (!showcase.liveStartedAt) throw new AppError("INVALID_STATE", "notLive");
  const ended = await endBroadcast(showcase, now);
  return { liveEndedAt: ended.toISOString() };
}

/**
 * Closes every broadcast still on air past its announced end, exactly as the supplier's stop
 * would (room destroyed, recording queued). Run by the periodic sweep (lib/jobs/mail-worker.ts),
 * so a showcase left running ends even when nobody asks for credentials again; idempotent:
 * an ended one is not selected again, and endBroadcast changes a row only once.
 */
export async function closeOverdueShowcases({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  const overdue = await db.showcase.findMany({
    where: { liveStartedAt: { not: null }, liveEndedAt: null, endsAt: { lte: now } },
    select: { id: true },
    orderBy: { endsAt: "asc" },
  });
  let closed = 0;
  for (const { id } of overdue) {
    const showcase = await loadMediaShowcase(id);
    if ((await endBroadcast(showcase, now)).getTime() === now.getTime()) closed += 1;
  }
  return closed;
}

/** Ends once: liveEndedAt, the room destroyed (Janus closes the recording), the post-processing queued. */
async function endBroadcast(showcase: MediaShowcase, now: Date): Promise<Date> {
  const wasLive = showcase.liveStartedAt != null;
  const changed = await db.showcase.updateMany({
    where: { id: showcase.id, liveEndedAt: null },
    data: { liveEndedAt: now, ...(wasLive ? { recordingStatus: "PROCESSING" } : {}) },
  });
  const settings = janusSettings();
  if (changed.count && showcase.janusRoomId != null && settings) {
    const room = showcase.janusRoomId;
    await new JanusApi(settings)
      .destroyRoom(String(room), roomSecret(settings.signingKey, room))
      .catch((error) => log.warn("showcase media: room not destroyed", { err: error, showcaseId: showcase.id }));
  }
  if (changed.count && wasLive) await queueRecordingProcessing(showcase.id);
  if (changed.count) return now;
  const row = await db.showcase.findUniqueOrThrow({ where: { id: showcase.id }, select: { liveEndedAt: true } });
  return row.liveEndedAt!;
}
