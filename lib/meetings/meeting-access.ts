import "server-only";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/auth/permissions";
import { requireApprovedOrganization, type Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inHostedSessions } from "@/lib/tenancy/tenant-scope";

export type MeetingRole = "supplier" | "buyer" | "interpreter" | "organizer";

/**
 * The meetings an actor may see: its organization's (as supplier or buyer), its
 * own as interpreter, or those of sessions its organization hosts (organizers).
 * Used in the `where` of every meeting read, so another's meeting is never found.
 */
export function visibleMeetingsWhere(actor: Actor): Prisma.MeetingWhereInput {
  if (can(actor, "request:meeting:own")) {
    const organization = requireApprovedOrganization(actor);
    return { OR: [{ supplierOrgId: organization.id }, { buyerOrgId: organization.id }] };
  }
  if (can(actor, "interpret:meeting:own")) return { interpreterId: actor.id };
  if (can(actor, "oversee:meeting:any") && actor.organizationId) return inHostedSessions(actor);
  throw new AppError("FORBIDDEN", "forbidden");
}

/** How the actor takes part in a meeting it can see. */
export function meetingRoleOf(actor: Actor, meeting: { supplierOrgId: string; buyerOrgId: string }): MeetingRole {
  if (can(actor, "interpret:meeting:own")) return "interpreter";
  if (actor.organizationId === meeting.supplierOrgId) return "supplier";
  if (actor.organizationId === meeting.buyerOrgId) return "buyer";
  return "organizer";
}

export const meetingNotFound = () => new AppError("NOT_FOUND", "meetingNotFound");
