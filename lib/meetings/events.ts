import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What happened and who must be told. The domain function that made the change queues
 * the mail of its events once its transaction committed (./mail-after-commit.ts) and
 * returns them too; the mail worker renders and sends one mail per recipient.
 */
export type MeetingEvent = {
  kind:
    | "requested"
    | "accepted"
    | "declined"
    | "declinedByOrganizers"
    | "cancelled"
    | "rescheduled"
    | "expired"
    | "noShow"
    | "outcomeDue";
  /** Null for a meeting that was not booked from a request. */
  requestId: string | null;
  meetingId?: string;
  /** User ids: the active people of the organizations concerned, and the interpreter. */
  recipients: string[];
};

/** The active users of these organizations plus the given people, each once. */
export async function recipientsOf(
  client: Pick<Prisma.TransactionClient, "user">,
  organizationIds: string[],
  userIds: (string | null | undefined)[] = [],
): Promise<string[]> {
  const users = await client.user.findMany({
    where: { organizationId: { in: organizationIds }, disabledAt: null },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const extra = userIds.filter((id): id is string => Boolean(id));
  return [...new Set([...users.map((u) => u.id), ...extra])];
}
