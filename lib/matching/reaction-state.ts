import type { Prisma } from "@/lib/generated/prisma/client";
import type { MatchReactionKind, MatchSide } from "@/lib/generated/prisma/enums";
import type { ReactionState } from "./types";

type Row = { side: MatchSide; kind: MatchReactionKind };

/** Both sides' reactions to one pair; mutual when both are INTERESTED. */
export function toReactionState(rows: Row[]): ReactionState {
  const buyer = rows.find((row) => row.side === "BUYER")?.kind ?? null;
  const supplier = rows.find((row) => row.side === "SUPPLIER")?.kind ?? null;
  return { buyer, supplier, mutual: buyer === "INTERESTED" && supplier === "INTERESTED" };
}

export async function readReactionState(
  tx: Prisma.TransactionClient,
  pair: { requirementId: string; supplierOrgId: string },
): Promise<ReactionState> {
  const rows = await tx.matchReaction.findMany({ where: pair, select: { side: true, kind: true } });
  return toReactionState(rows);
}
