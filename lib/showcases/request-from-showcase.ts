import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * The showcase a meeting request says it came from: an approved showcase of the same
 * session broadcast by the organization the request goes to. Anything else is refused,
 * so a request is never credited to another supplier's stream.
 */
export async function showcaseOfRequest(showcaseId: string, sessionId: string, supplierOrgId: string): Promise<string> {
  const showcase = await db.showcase.findFirst({
    where: { id: showcaseId, sessionId, organizationId: supplierOrgId, status: "APPROVED" },
    select: { id: true },
  });
  if (!showcase) throw new AppError("VALIDATION", "showcaseNotFound", { showcaseId: "showcaseNotFound" });
  return showcase.id;
}
