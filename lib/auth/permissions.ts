import type { Role } from "@/lib/generated/prisma/enums";

/** `any` reaches every record; `own` only records of the actor's own organization (or the actor). */
type Access = "own" | "any";

/**
 * What each role may do, as `action:entity:access`. The one map every action, page, layout,
 * header link and domain function asks through `can`/`canOn`; a role is never compared elsewhere.
 */
export const permissionsByRole = {
  ORGANIZER: [
    "review:organization:any",
    "read:organization:any",
    "read:audit:any",
    "manage:interpreter:any",
    "manage:fair:any",
    "update:profile:own",
    "manage:negativeList:any",
    "manage:match:any",
    "oversee:meeting:any",
    "read:report:any",
    "read:file:any",
    "read:buyerRecommendation:any",
    "read:supplierRecommendation:any",
    "read:credit:any",
    "review:complaint:any",
    "manage:sanction:any",
    "review:showcase:any",
    "manage:category:any",
  ],
  SUPPLIER: [
    "update:profile:own",
    "manage:catalogue:own",
    "register:session:own",
    "request:meeting:own",
    "attend:meeting:own",
    "react:match:own",
    "read:file:own",
    "read:buyerRecommendation:own",
    "read:report:own",
    "create:complaint:own",
    "manage:followUp:own",
    "manage:showcase:own",
    "watch:showcase:own",
  ],
  BUYER: [
    "update:profile:own",
    "update:buyerProfile:own",
    "manage:requirement:own",
    "register:session:own",
    "request:meeting:own",
    "attend:meeting:own",
    "react:match:own",
    "read:file:own",
    "read:supplierRecommendation:own",
    "read:report:own",
    "create:complaint:own",
    "manage:followUp:own",
    "watch:showcase:own",
    "follow:showcase:own",
  ],
  INTERPRETER: ["update:profile:own", "interpret:meeting:own", "attend:meeting:own"],
} as const satisfies Record<Role, readonly `${string}:${string}:${Access}`[]>;

export type Permission = (typeof permissionsByRole)[Role][number];

/** A permission without its access, e.g. `read:file`: what `canOn` decides per record. */
export type PermissionSubject = Permission extends `${infer Action}:${infer Entity}:${Access}`
  ? `${Action}:${Entity}`
  : never;

type Holder = { role: Role } | null | undefined;

function holds(holder: Holder, permission: string): boolean {
  return holder != null && (permissionsByRole[holder.role] as readonly string[]).includes(permission);
}

/** Whether the actor (or any user with a role) has exactly this permission; nobody signed in has none. */
export function can(holder: Holder, permission: Permission): boolean {
  return holds(holder, permission);
}

/**
 * Whether the actor may act on one record: with `…:any` always, with `…:own` when the
 * record belongs to the actor's organization.
 */
export function canOn(
  actor: { role: Role; organizationId: string | null } | null | undefined,
  subject: PermissionSubject,
  record: { organizationId: string | null },
): boolean {
  if (holds(actor, `${subject}:any`)) return true;
  return (
    holds(actor, `${subject}:own`) && actor?.organizationId != null && actor.organizationId === record.organizationId
  );
}
