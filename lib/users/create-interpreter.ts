import "server-only";
import { db } from "@/lib/db";
import { AppError, isConflictViolation } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { createInterpreterSchema, type CreateInterpreterInput } from "./schemas";

/** Interpreters do not sign up themselves: an organizer creates their account. */
export async function createInterpreter(actor: Actor, raw: CreateInterpreterInput) {
  requirePermission(actor, "manage:interpreter:any");
  const { password, ...input } = createInterpreterSchema.parse(raw);
  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        // An organizer typed the address for a person they hired: no confirmation link is needed.
        data: { ...input, passwordHash, role: "INTERPRETER", organizationId: null, emailVerifiedAt: new Date() },
        select: { id: true, email: true, name: true, languages: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "interpreter.created",
        entityType: "User",
        entityId: user.id,
        data: { languages: input.languages },
      });
      return user;
    });
  } catch (error) {
    if (isConflictViolation(error)) throw new AppError("CONFLICT", "emailTaken", { email: "emailTaken" });
    throw error;
  }
}

export async function listInterpreters(actor: Actor) {
  requirePermission(actor, "manage:interpreter:any");
  return db.user.findMany({
    where: { role: "INTERPRETER" },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true, languages: true, timeZone: true, disabledAt: true, createdAt: true },
  });
}
