import "server-only";
import { AppError } from "@/lib/errors";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dbClient, type DbClient } from "@/lib/scheduling/db-client";
import { hostedFairs, hostedSessions } from "./tenant-scope";

/** Which columns and relations to load: by default the fair's own columns, or the session with its fair. */
export type FairQuery = { select: Prisma.FairSelect } | { include: Prisma.FairInclude };
export type SessionQuery = { select: Prisma.FairSessionSelect } | { include: Prisma.FairSessionInclude };
const fairColumns = { include: {} } as const;
const withFair = { include: { fair: true } } as const;

/** `tx`: an open transaction, to read under its locks; the shared client otherwise. */
type Options<Query> = { tx?: DbClient; query?: Query };

/**
 * The one answer to "may this organizer touch this fair/session": the permission to manage
 * fairs, then the host organization in the `where`. Another host's fair or session answers
 * NOT_FOUND, exactly as a missing one does, so ids of other tenants are not revealed.
 */
export async function requireHostedFair<const Query extends FairQuery = typeof fairColumns>(
  actor: Actor,
  fairId: string,
  { tx = dbClient, query }: Options<Query> = {},
): Promise<Prisma.FairGetPayload<Query>> {
  requirePermission(actor, "manage:fair:any");
  const args: Prisma.FairFindFirstArgs = { where: { id: fairId, ...hostedFairs(actor) }, ...(query ?? fairColumns) };
  const fair = await tx.fair.findFirst(args);
  if (!fair) throw new AppError("NOT_FOUND", "fairNotFound");
  // Prisma cannot derive the payload of a generic query; it is the payload of the `query` passed.
  return fair as Prisma.FairGetPayload<Query>;
}

/** A session of a fair the actor's organization hosts, loaded as `query` asks; see requireHostedFair. */
export async function requireHostedSession<const Query extends SessionQuery = typeof withFair>(
  actor: Actor,
  sessionId: string,
  { tx = dbClient, query }: Options<Query> = {},
): Promise<Prisma.FairSessionGetPayload<Query>> {
  requirePermission(actor, "manage:fair:any");
  const args: Prisma.FairSessionFindFirstArgs = {
    where: { id: sessionId, ...hostedSessions(actor) },
    ...(query ?? withFair),
  };
  const session = await tx.fairSession.findFirst(args);
  if (!session) throw new AppError("NOT_FOUND", "sessionNotFound");
  return session as Prisma.FairSessionGetPayload<Query>;
}
