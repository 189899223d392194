import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { listedProductWhere } from "@/lib/catalogue/visible-product";
import { loadShowcaseAccess, showcaseSeatOf, type ShowcaseAccessRow, type ShowcaseSeat } from "./access";
import { runShowcaseReminders, SHOWCASE_REMINDER_MINUTES } from "./reminders";
import { moderateMessageSchema, pinProductSchema, postMessageSchema, showcaseIdSchema } from "./schemas";

/** A viewer counts as watching while its page sent a heartbeat this recently. */
export const VIEWER_FRESH_MS = 30_000;

export const showcaseNotFound = () => new AppError("NOT_FOUND", "showcaseNotFound");

/**
 * The showcase and the actor's seat in it; NOT_FOUND both for a missing showcase and one
 * the actor may not watch (a guessed id reveals nothing).
 */
export async function requireShowcaseSeat(
  actor: Actor | null,
  showcaseId: string,
): Promise<{ showcase: ShowcaseAccessRow; seat: ShowcaseSeat }> {
  const { showcaseId: id } = showcaseIdSchema.parse({ showcaseId });
  const showcase = await loadShowcaseAccess(id);
  if (!showcase) throw showcaseNotFound();
  const seat = await showcaseSeatOf(actor, showcase);
  if (!seat) throw showcaseNotFound();
  return { showcase, seat };
}

/** A buyer follows (or stops following) an approved showcase it may watch that has not ended. */
export async function followShowcase(actor: Actor, input: { showcaseId: string; follow: boolean }, now = new Date()) {
  requirePermission(actor, "follow:showcase:own");
  const { showcase, seat } = await requireShowcaseSeat(actor, input.showcaseId);
  if (seat !== "participant" && seat !== "public") throw showcaseNotFound();
  if (input.follow) {
    if (showcase.status !== "APPROVED" || showcase.endsAt <= now) {
      throw new AppError("INVALID_STATE", "showcaseNotFollowable");
    }
    await db.showcaseFollow.upsert({
      where: { showcaseId_userId: { showcaseId: showcase.id, userId: actor.id } },
      create: { showcaseId: showcase.id, userId: actor.id },
      update: {},
    });
    // Following a showcase that starts sooner than the reminder lead: the reminder goes now.
    if (showcase.startsAt.getTime() - now.getTime() <= SHOWCASE_REMINDER_MINUTES * 60_000) {
      await runShowcaseReminders({ now, showcaseId: showcase.id });
    }
  } else {
    await db.showcaseFollow.deleteMany({ where: { showcaseId: showcase.id, userId: actor.id } });
  }
  return { following: input.follow, sessionId: showcase.sessionId };
}

/**
 * A signed-in viewer (or the supplier itself) posts a chat line or a question. During and
 * before the stream it belongs to the live chat, after the end to the replay's.
 */
export async function postShowcaseMessage(actor: Actor, showcaseId: string, input: unknown, now = new Date()) {
  const { showcase } = await requireShowcaseSeat(actor, showcaseId);
  if (showcase.status !== "APPROVED") throw new AppError("INVALID_STATE", "showcaseChatClosed");
  const fields = postMessageSchema.parse(input);
  const ended = await db.showcase.findUniqueOrThrow({
    where: { id: showcase.id },
    select: { liveEndedAt: true, endsAt: true },
  });
  const phase = ended.liveEndedAt != null || ended.endsAt <= now ? "REPLAY" : "LIVE";
  return db.showcaseMessage.create({
    data: { showcaseId: showcase.id, authorId: actor.id, kind: fields.kind, text: fields.text, phase, createdAt: now },
    select: { id: true, kind: true, phase: true },
  });
}

/** Only the showcase's own supplier moderates and pins. */
async function requireOwnShowcase(actor: Actor, showcaseId: string) {
  requirePermission(actor, "manage:showcase:own");
  const { showcase, seat } = await requireShowcaseSeat(actor, showcaseId);
  if (seat !== "supplier") throw new AppError("FORBIDDEN", "forbidden");
  return showcase;
}

/** The supplier hides (or shows again) a message, or pins (unpins) a question. */
export async function moderateShowcaseMessage(actor: Actor, showcaseId: string, input: unknown, now = new Date()) {
  const showcase = await requireOwnShowcase(actor, showcaseId);
  const fields = moderateMessageSchema.parse(input);
  const message = await db.showcaseMessage.findFirst({
    where: { id: fields.messageId, showcaseId: showcase.id },
    select: { id: true, kind: true },
  });
  if (!message) throw new AppError("NOT_FOUND", "showcaseMessageNotFound");
  if ((fields.action === "pin" || fields.action === "unpin") && message.kind !== "QUESTION") {
    throw new AppError("VALIDATION", "showcaseOnlyQuestionsPinned");
  }
  const data =
    fields.action === "hide"
      ? { hiddenAt: now, hiddenById: actor.id, pinnedAt: null }
      : fields.action === "unhide"
        ? { hiddenAt: null, hiddenById: null }
        : fields.action === "pin"
          ? { pinnedAt: now }
          : { pinnedAt: null };
  return db.showcaseMessage.update({ where: { id: message.id }, data, select: { id: true } });
}

/**
 * The supplier pins (or unpins) a product card: only its own products buyers may see, and only
 * until the showcase ends (the replay keeps the cards pinned when it ended).
 */
export async function pinShowcaseProduct(actor: Actor, showcaseId: string, input: unknown, now = new Date()) {
  const showcase = await requireOwnShowcase(actor, showcaseId);
  const fields = pinProductSchema.parse(input);
  const { liveEndedAt } = await db.showcase.findUniqueOrThrow({
    where: { id: showcase.id },
    select: { liveEndedAt: true },
  });
  if (liveEndedAt != null || showcase.endsAt <= now) throw new AppError("INVALID_STATE", "showcaseEnded");
  if (!fields.pinned) {
    await db.showcasePin.deleteMany({ where: { showcaseId: showcase.id, productId: fields.productId } });
    return { pinned: false };
  }
  const product = await db.product.findFirst({
    where: { id: fields.productId, organizationId: showcase.organizationId, ...listedProductWhere },
    select: { id: true },
  });
  if (!product) throw new AppError("VALIDATION", "showcaseProductInvalid");
  await db.showcasePin.upsert({
    where: { showcaseId_productId: { showcaseId: showcase.id, productId: product.id } },
    create: { showcaseId: showcase.id, productId: product.id, pinnedAt: now },
    update: { pinnedAt: now },
  });
  return { pinned: true };
}

/**
 * A signed-in viewer's page says "still watching" (every ~10 s): one row per viewer keeps the
 * first and last time seen, and the showcase keeps the most viewers seen at once. The
 * supplier's and organizers' own pages do not count as viewers.
 */
export async function recordShowcaseHeartbeat(actor: Actor, showcaseId: string, now = new Date()) {
  const { showcase, seat } = await requireShowcaseSeat(actor, showcaseId);
  // Only while it is on: a replay's audience is not the stream's.
  if (seat === "supplier" || seat === "organizer" || showcase.status !== "APPROVED" || now >= showcase.endsAt) {
    return { counted: false };
  }
  await db.showcaseView.upsert({
    where: { showcaseId_userId: { showcaseId: showcase.id, userId: actor.id } },
    create: { showcaseId: showcase.id, userId: actor.id, firstSeenAt: now, lastSeenAt: now },
    update: { lastSeenAt: now },
  });
  const watching = await db.showcaseView.count({
    where: { showcaseId: showcase.id, lastSeenAt: { gt: new Date(now.getTime() - VIEWER_FRESH_MS) } },
  });
  await db.showcase.updateMany({
    where: { id: showcase.id, peakViewers: { lt: watching } },
    data: { peakViewers: watching },
  });
  return { counted: true };
}
