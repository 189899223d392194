import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Permission } from "./permissions";

/** The signed-in person as every domain function sees them, read fresh from the database. */
export type Actor = NonNullable<Awaited<ReturnType<typeof loadActor>>>;

export async function loadActor(userId: string) {
  return db.user.findFirst({
    where: { id: userId, disabledAt: null },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      locale: true,
      timeZone: true,
      languages: true,
      organizationId: true,
      organization: {
        select: {
          id: true,
          kind: true,
          status: true,
          statusReason: true,
          nameEn: true,
          nameZh: true,
          nameRu: true,
          city: true,
          timeZone: true,
        },
      },
    },
  });
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw new AppError("FORBIDDEN", "forbidden");
}

/** Suppliers and buyers may act only once the enterprise access system approved them. */
export function requireApprovedOrganization(actor: Actor): NonNullable<Actor["organization"]> {
  const organization = actor.organization;
  if (!organization) throw new AppError("FORBIDDEN", "forbidden");
  if (organization.status !== "APPROVED") throw new AppError("FORBIDDEN", `organization${organization.status}`);
  return organization;
}
