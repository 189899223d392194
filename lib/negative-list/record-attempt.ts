import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/log";

/**
 * Records a product save the negative list refused. Written through the shared client, not
 * the refused save's transaction: that one rolls back, and the attempt must stay on record
 * (it counts against the organization's credit, lib/credit). Never throws: the refusal the
 * user reads matters more than the record.
 */
export async function recordNegativeListAttempt(attempt: {
  organizationId: string;
  userId: string;
  entryId: string;
  hsCode: string;
}): Promise<void> {
  try {
    await db.negativeListAttempt.create({ data: { ...attempt, hsCode: attempt.hsCode.slice(0, 32) } });
  } catch (error) {
    log.warn("negative list: could not record a blocked attempt", { err: error });
  }
}
