import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";

/** A session of a fair the organizer's own organization hosts, or NOT_FOUND (also for another host's session). */
export async function requireHostedSession(tx: Prisma.TransactionClient, actor: Actor, sessionId: string) {
  const session = await tx.fairSession.findFirst({
    where: { id: sessionId, fair: { hostOrganizationId: actor.organizationId ?? "" } },
    select: { id: true, fairId: true, categories: { select: { categoryId: true } } },
  });
  if (!session) throw new AppError("NOT_FOUND", "sessionNotFound");
  return session;
}
