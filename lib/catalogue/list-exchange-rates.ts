import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { hostedFairs } from "@/lib/tenancy/tenant-scope";

/** The fairs the organizer's organization hosts, each with its rates (organizer console). */
export async function listHostedFairRates(actor: Actor) {
  requirePermission(actor, "manage:fair:any");
  return db.fair.findMany({
    where: hostedFairs(actor),
    orderBy: { startDate: "desc" },
    select: {
      id: true,
      slug: true,
      nameEn: true,
      nameZh: true,
      nameRu: true,
      status: true,
      exchangeRates: { select: { currency: true, perUsdCentMicros: true, updatedAt: true } },
    },
  });
}
