import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AppLocale } from "@/lib/i18n/routing";
import { findNegativeListMatch } from "@/lib/negative-list/check-product";
import { recordNegativeListAttempt } from "@/lib/negative-list/record-attempt";
import { negativeListRefusal } from "@/lib/negative-list/refusal";
import type { ProductData } from "./schemas";

/**
 * Refuses a product the negative list forbids, naming the rule and its reason in
 * the user's language. Runs inside the saving transaction, before anything is written;
 * the attempt itself is recorded outside it (the refusal rolls the save back), since
 * blocked attempts count against the supplier's credit (lib/credit).
 */
export async function refuseNegativeListed(
  tx: Prisma.TransactionClient,
  input: ProductData,
  locale: AppLocale,
  by: { organizationId: string; userId: string },
): Promise<void> {
  const match = await findNegativeListMatch(tx, input);
  if (!match) return;
  await recordNegativeListAttempt({ ...by, entryId: match.entryId, hsCode: input.hsCode });
  throw negativeListRefusal(match, locale);
}
