import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { hostedFairs } from "@/lib/tenancy/tenant-scope";

/** The fairs whose results the organizer may read: those its organization hosts, latest first. */
export async function listReportFairs(actor: Actor) {
  requirePermission(actor, "read:report:any");
  return db.fair.findMany({
    where: hostedFairs(actor),
    orderBy: [{ startDate: "desc" }, { id: "asc" }],
    select: { id: true, nameEn: true, nameZh: true, nameRu: true, startDate: true, endDate: true, status: true },
  });
}
