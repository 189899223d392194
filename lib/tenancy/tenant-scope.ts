import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";

/**
 * The actor's own organization id, or FORBIDDEN for an actor without one (an interpreter).
 * Never `actor.organizationId ?? ""`: a made-up id hides the mistake, and an `undefined`
 * one would match every row (lib/db.ts refuses that `where`).
 */
export function ownOrganizationId(actor: Actor): string {
  if (!actor.organizationId) throw new AppError("FORBIDDEN", "forbidden");
  return actor.organizationId;
}

// The `where` fragments of "rows this actor may touch"; spread them into a query's `where`.

/** Rows of the actor's own organization (its registrations, requirements, …). */
export function ofOwnOrganization(actor: Actor) {
  return { organizationId: ownOrganizationId(actor) };
}

/** Fairs the actor's organization hosts. */
export function hostedFairs(actor: Actor) {
  return { hostOrganizationId: ownOrganizationId(actor) };
}

/** Sessions of the fairs the actor's organization hosts. */
export function hostedSessions(actor: Actor) {
  return { fair: hostedFairs(actor) };
}

/** Rows that belong to a session the actor's organization hosts (drafts, proposals, registrations). */
export function inHostedSessions(actor: Actor) {
  return { session: hostedSessions(actor) };
}
