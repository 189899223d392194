import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";

export async function listAuditEntries(actor: Actor, options: { organizationId?: string; take?: number } = {}) {
  requirePermission(actor, "read:audit:any");
  return db.auditLog.findMany({
    where: options.organizationId ? { organizationId: options.organizationId } : {},
    orderBy: { createdAt: "desc" },
    take: Math.min(options.take ?? 100, 500),
    include: {
      actor: { select: { name: true, email: true, role: true } },
      organization: { select: { nameEn: true, nameZh: true, nameRu: true } },
    },
  });
}
