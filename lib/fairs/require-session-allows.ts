import "server-only";
import { AppError } from "@/lib/errors";
import type { DbClient } from "@/lib/scheduling/db-client";
import {
  lifecycleRefusal,
  sessionLifecycleSelect,
  toLifecycleInput,
  type SessionAction,
  type SessionLifecycleInput,
} from "./lifecycle";

/**
 * The one gate every domain function passes before it registers, requests,
 * proposes, accepts, schedules or targets a session: a localized 422
 * (`sessionEnded`, `registrationClosed`) when the lifecycle forbids it now, and
 * NOT_FOUND for a session of an unpublished fair, as if it did not exist.
 */
export function assertSessionAllows(session: SessionLifecycleInput, action: SessionAction, now: Date): void {
  const refusal = lifecycleRefusal(session, action, now);
  if (refusal === "sessionNotPublished") throw new AppError("NOT_FOUND", "sessionNotFound");
  if (refusal === "sessionEnded") throw new AppError("SESSION_ENDED", "sessionEnded");
  if (refusal === "registrationClosed") throw new AppError("REGISTRATION_CLOSED", "registrationClosed");
}

export async function requireSessionAllows(
  client: DbClient,
  sessionId: string,
  action: SessionAction,
  now: Date,
): Promise<void> {
  const session = await client.fairSession.findUnique({ where: { id: sessionId }, select: sessionLifecycleSelect });
  if (!session) throw new AppError("NOT_FOUND", "sessionNotFound");
  assertSessionAllows(toLifecycleInput(session), action, now);
}
