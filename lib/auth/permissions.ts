import type { Role } from "@/lib/generated/prisma/enums";

/** What each role may do. Checked by every action, page and API route. */
export const permissionsByRole = {
  ORGANIZER: [
    "organization:review",
    "organization:read-any",
    "audit:read",
    "interpreter:manage",
    "fair:manage",
    "profile:edit-own",
    "negativeList:manage",
    "match:manage",
    "meeting:oversee",
  ],
  SUPPLIER: ["profile:edit-own", "catalogue:manage-own", "session:register", "meeting:request", "match:react"],
  BUYER: [
    "profile:edit-own",
    "buyerProfile:edit-own",
    "requirement:manage-own",
    "session:register",
    "meeting:request",
    "match:react",
  ],
  INTERPRETER: ["profile:edit-own", "meeting:interpret"],
} as const satisfies Record<Role, readonly string[]>;

export type Permission = (typeof permissionsByRole)[Role][number];

export function roleHas(role: Role, permission: Permission): boolean {
  return (permissionsByRole[role] as readonly string[]).includes(permission);
}
