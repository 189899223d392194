import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireApprovedOrganization, requirePermission, type Actor } from "@/lib/auth/actor";
import { listedProductWhere } from "@/lib/catalogue/visible-product";
import { sessionSchedule, toLifecycleInput, sessionLifecycleSelect } from "@/lib/fairs/lifecycle";
import { assertSessionAllows } from "@/lib/fairs/require-session-allows";
import { zonedInstant } from "@/lib/time/session-window";
import { ofOwnOrganization } from "@/lib/tenancy/tenant-scope";
import { isShowcaseEditable, isShowcaseOpen } from "./showcase-state";
import type { DbClient } from "@/lib/scheduling/db-client";
import {
  isShowcaseOutsideSessionViolation,
  isShowcaseOverlapViolation,
  isShowcaseProductOwnerViolation,
} from "./db-violations";
import { scheduleShowcaseSchema, updateShowcaseSchema, showcaseIdSchema } from "./schemas";
import type { z } from "zod";

type Fields = z.output<typeof scheduleShowcaseSchema>;

/** The instant of "YYYY-MM-DDTHH:mm" read on the clock of `zone`. */
export function instantOfLocal(local: string, zone: string): Date {
  const [day, clock] = local.split("T");
  const [hours, minutes] = clock.split(":").map(Number);
  return zonedInstant(day, hours * 60 + minutes, zone);
}

/**
 * The session the supplier may schedule in: its organization registered and approved for it.
 * Another tenant's or an unregistered session answers as not registered (nothing revealed).
 */
async function sessionForSupplier(tx: DbClient, organizationId: string, sessionId: string) {
  const registration = await tx.sessionRegistration.findFirst({
    where: { sessionId, organizationId, status: "APPROVED" },
    select: { session: { select: { id: true, ...sessionLifecycleSelect } } },
  });
  if (!registration) throw new AppError("FORBIDDEN", "showcaseNotRegistered");
  return registration.session;
}

/** Checks times and products and answers the instants; throws field errors a form shows. */
async function checkedPlan(
  tx: DbClient,
  organizationId: string,
  sessionId: string,
  fields: Omit<Fields, "sessionId">,
  { now, exceptId }: { now: Date; exceptId?: string },
) {
  const session = await sessionForSupplier(tx, organizationId, sessionId);
  // The session's phase first: nothing is planned in an ended session or an archived fair.
  assertSessionAllows(toLifecycleInput(session), "meet", now);
  const zone = session.fair.timeZone;
  const startsAt = instantOfLocal(fields.start, zone);
  const endsAt = new Date(startsAt.getTime() + fields.durationMinutes * 60_000);
  if (Number.isNaN(startsAt.getTime()))
    throw new AppError("VALIDATION", "checkFields", { start: "showcaseStartInvalid" });
  if (startsAt <= now) throw new AppError("VALIDATION", "checkFields", { start: "showcaseInPast" });
  const bounds = sessionSchedule(toLifecycleInput(session));
  if (startsAt < bounds.startsAt || endsAt > bounds.endsAt) {
    throw new AppError("VALIDATION", "checkFields", { start: "showcaseOutsideSession" });
  }
  if (fields.productIds.length > 0) {
    const own = await tx.product.count({
      where: { id: { in: fields.productIds }, organizationId, ...listedProductWhere },
    });
    if (own !== fields.productIds.length) {
      throw new AppError("VALIDATION", "checkFields", { productIds: "showcaseProductInvalid" });
    }
  }
  const clash = await tx.showcase.findFirst({
    where: {
      organizationId,
      status: { in: ["PENDING", "APPROVED"] },
      startsAt: { lt: endsAt },
      endsAt: { gt: startsAt },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { id: true },
  });
  if (clash) throw new AppError("CONFLICT", "checkFields", { start: "showcaseOverlap" });
  return { startsAt, endsAt };
}

/** The database's last word (overlap, session days, product owner) as the same field errors. */
function refusalOf(error: unknown): never {
  if (isShowcaseOverlapViolation(error)) throw new AppError("CONFLICT", "checkFields", { start: "showcaseOverlap" });
  if (isShowcaseOutsideSessionViolation(error)) {
    throw new AppError("VALIDATION", "checkFields", { start: "showcaseOutsideSession" });
  }
  if (isShowcaseProductOwnerViolation(error)) {
    throw new AppError("VALIDATION", "checkFields", { productIds: "showcaseProductInvalid" });
  }
  throw error;
}

const texts = (fields: Omit<Fields, "sessionId">) => ({
  titleZh: fields.titleZh,
  titleRu: fields.titleRu,
  titleEn: fields.titleEn,
  descriptionZh: fields.descriptionZh,
  descriptionRu: fields.descriptionRu,
  descriptionEn: fields.descriptionEn,
});

/**
 * A supplier registered (and approved) for a session proposes a showcase: within the
 * session's days, in the future, not overlapping its other showcases, featuring only its
 * own listed products. It waits for the organizer's approval (PENDING).
 */
export async function scheduleShowcase(actor: Actor, input: unknown, { now = new Date() }: { now?: Date } = {}) {
  requirePermission(actor, "manage:showcase:own");
  requireApprovedOrganization(actor);
  const { organizationId } = ofOwnOrganization(actor);
  const fields = scheduleShowcaseSchema.parse(input);
  try {
    return await db.$transaction(async (tx) => {
      const { startsAt, endsAt } = await checkedPlan(tx, organizationId, fields.sessionId, fields, { now });
      return tx.showcase.create({
        data: {
          sessionId: fields.sessionId,
          organizationId,
          createdById: actor.id,
          ...texts(fields),
          startsAt,
          endsAt,
          products: { create: fields.productIds.map((productId, position) => ({ productId, position })) },
        },
        select: { id: true, sessionId: true, startsAt: true, endsAt: true, status: true },
      });
    });
  } catch (error) {
    return refusalOf(error);
  }
}

/** The supplier's own showcase, if `allowed` (isShowcaseEditable or isShowcaseOpen) says it may change now. */
async function ownChangeableShowcase(
  tx: DbClient,
  actor: Actor,
  showcaseId: string,
  allowed: typeof isShowcaseOpen,
  now: Date,
) {
  const showcase = await tx.showcase.findFirst({
    where: { id: showcaseId, ...ofOwnOrganization(actor) },
    select: { id: true, sessionId: true, status: true, startsAt: true, endsAt: true, liveStartedAt: true },
  });
  if (!showcase) throw new AppError("NOT_FOUND", "showcaseNotFound");
  if (!allowed(showcase, now)) throw new AppError("INVALID_STATE", "showcaseNotChangeable");
  return showcase;
}

/**
 * The supplier edits a showcase before it starts. A new start or length goes back to the
 * organizer for approval; texts and products do not.
 */
export async function updateShowcase(actor: Actor, input: unknown, { now = new Date() }: { now?: Date } = {}) {
  requirePermission(actor, "manage:showcase:own");
  requireApprovedOrganization(actor);
  const { organizationId } = ofOwnOrganization(actor);
  const fields = updateShowcaseSchema.parse(input);
  try {
    return await db.$transaction(async (tx) => {
      const current = await ownChangeableShowcase(tx, actor, fields.showcaseId, isShowcaseEditable, now);
      const { startsAt, endsAt } = await checkedPlan(tx, organizationId, current.sessionId, fields, {
        now,
        exceptId: current.id,
      });
      const moved = startsAt.getTime() !== current.startsAt.getTime() || endsAt.getTime() !== current.endsAt.getTime();
      await tx.showcaseProduct.deleteMany({ where: { showcaseId: current.id } });
      return tx.showcase.update({
        where: { id: current.id },
        data: {
          ...texts(fields),
          startsAt,
          endsAt,
          ...(moved ? { status: "PENDING", reviewedAt: null, reviewedById: null } : {}),
          products: { create: fields.productIds.map((productId, position) => ({ productId, position })) },
        },
        select: { id: true, sessionId: true, status: true },
      });
    });
  } catch (error) {
    return refusalOf(error);
  }
}

/** The supplier calls a showcase off (before it has ended); followers keep no reminder. */
export async function cancelShowcase(actor: Actor, input: unknown, { now = new Date() }: { now?: Date } = {}) {
  requirePermission(actor, "manage:showcase:own");
  const { showcaseId } = showcaseIdSchema.parse(input);
  return db.$transaction(async (tx) => {
    const current = await ownChangeableShowcase(tx, actor, showcaseId, isShowcaseOpen, now);
    return tx.showcase.update({
      where: { id: current.id },
      data: { status: "CANCELLED", cancelledAt: now },
      select: { id: true, sessionId: true },
    });
  });
}
