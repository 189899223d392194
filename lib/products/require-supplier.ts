import "server-only";
import { AppError } from "@/lib/errors";
import { requireApprovedOrganization, requirePermission, type Actor } from "@/lib/auth/actor";

/** Only an approved supplier organization lists and changes products; returns that organization. */
export function requireApprovedSupplier(actor: Actor) {
  requirePermission(actor, "manage:catalogue:own");
  const organization = requireApprovedOrganization(actor);
  if (organization.kind !== "SUPPLIER") throw new AppError("FORBIDDEN", "forbidden");
  return organization;
}
