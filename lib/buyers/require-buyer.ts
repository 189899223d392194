import "server-only";
import { AppError } from "@/lib/errors";
import { requireApprovedOrganization, type Actor } from "@/lib/auth/actor";

/** The actor's own buyer organization, whatever its status (its data stays its own). */
export function requireOwnBuyerOrganization(actor: Actor): NonNullable<Actor["organization"]> {
  const organization = actor.organization;
  if (!organization || organization.kind !== "BUYER") throw new AppError("FORBIDDEN", "forbidden");
  return organization;
}

/** Only buyers the enterprise access system approved may post or change requirements. */
export function requireApprovedBuyer(actor: Actor): NonNullable<Actor["organization"]> {
  requireOwnBuyerOrganization(actor);
  return requireApprovedOrganization(actor);
}
