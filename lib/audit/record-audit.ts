import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction } from "./actions";

export type AuditEntry = {
  actorId: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  organizationId?: string | null;
  reason?: string | null;
  data?: Prisma.InputJsonValue;
};

/** Written inside the caller's transaction so the decision and its record commit together. */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: { ...entry, organizationId: entry.organizationId ?? null } });
}
