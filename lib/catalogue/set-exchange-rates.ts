import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { requireHostedFair } from "@/lib/tenancy/hosted";
import type { Currency } from "@/lib/generated/prisma/enums";
import { USD_PER_USD_CENT_MICROS, formatRate, parseRate } from "./money";
import { setExchangeRatesSchema, type SetExchangeRatesInput } from "./schemas";

/**
 * An organizer of the host organization sets the rates the catalogue of one fair
 * compares prices with. USD is the base and always 1. Audited with before/after.
 */
export async function setExchangeRates(actor: Actor, raw: SetExchangeRatesInput) {
  const input = setExchangeRatesSchema.parse(raw);
  const fair = await requireHostedFair(actor, input.fairId);
  const wanted: [Currency, bigint][] = [
    ["USD", USD_PER_USD_CENT_MICROS],
    ["CNY", parseRate(input.CNY)!],
    ["RUB", parseRate(input.RUB)!],
  ];

  return db.$transaction(async (tx) => {
    const before = await tx.exchangeRate.findMany({ where: { fairId: fair.id } });
    for (const [currency, perUsdCentMicros] of wanted) {
      await tx.exchangeRate.upsert({
        where: { fairId_currency: { fairId: fair.id, currency } },
        create: { fairId: fair.id, currency, perUsdCentMicros },
        update: { perUsdCentMicros },
      });
    }
    // Rates as typed ("7.20"): JSON has no bigint, and the log reads like the form.
    const asText = (rates: { currency: Currency; perUsdCentMicros: bigint }[]) =>
      Object.fromEntries(rates.map((rate) => [rate.currency, formatRate(rate.perUsdCentMicros)]));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "exchangeRates.set",
      entityType: "Fair",
      entityId: fair.id,
      organizationId: actor.organizationId,
      data: {
        before: asText(before),
        after: asText(wanted.map(([currency, perUsdCentMicros]) => ({ currency, perUsdCentMicros }))),
      },
    });
  });
}
