import "server-only";
import { AppError } from "@/lib/errors";
import { requirePermission, type Actor } from "@/lib/auth/actor";

/**
 * The supplier's own organization (from the session, never from input). A pending
 * supplier may already complete its profile; rejected or suspended ones may not.
 */
export function requireOwnSupplierOrganization(actor: Actor) {
  requirePermission(actor, "manage:catalogue:own");
  const organization = actor.organization;
  if (!organization || organization.kind !== "SUPPLIER") throw new AppError("FORBIDDEN", "forbidden");
  if (organization.status !== "APPROVED" && organization.status !== "PENDING") {
    throw new AppError("FORBIDDEN", `organization${organization.status}`);
  }
  return organization;
}
