import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AppLocale } from "@/lib/i18n/routing";
import { findNegativeListMatch } from "@/lib/negative-list/check-product";
import { negativeListRefusal } from "@/lib/negative-list/refusal";
import type { ProductData } from "./schemas";

/**
 * Refuses a product the negative list forbids, naming the rule and its reason in
 * the user's language. Runs inside the saving transaction, before anything is written.
 */
export async function refuseNegativeListed(
  tx: Prisma.TransactionClient,
  input: ProductData,
  locale: AppLocale,
): Promise<void> {
  const match = await findNegativeListMatch(tx, input);
  if (match) throw negativeListRefusal(match, locale);
}
