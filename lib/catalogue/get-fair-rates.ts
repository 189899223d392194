import "server-only";
import { db } from "@/lib/db";
import type { Currency } from "@/lib/generated/prisma/enums";
import { USD_PER_USD_CENT_MICROS } from "./money";

export type FairRates = Partial<Record<Currency, bigint>>;

/** A fair's rates for converting prices on public pages; USD is always known. */
export async function getFairRates(fairId: string): Promise<FairRates> {
  const rows = await db.exchangeRate.findMany({
    where: { fairId },
    select: { currency: true, perUsdCentMicros: true },
  });
  return { ...Object.fromEntries(rows.map((r) => [r.currency, r.perUsdCentMicros])), USD: USD_PER_USD_CENT_MICROS };
}
