import type { Actor } from "@/lib/auth/actor";
import { setExchangeRates } from "@/lib/catalogue/set-exchange-rates";
import { demoExchangeRates } from "./demo-exchange-rates";

/** The organizer sets the demo fair's rates through the same function the console uses. */
export async function seedExchangeRates(organizer: Actor, fairId: string): Promise<void> {
  const typed = Object.fromEntries(demoExchangeRates.map((rate) => [rate.currency, rate.perUsd]));
  await setExchangeRates(organizer, { fairId, CNY: typed.CNY, RUB: typed.RUB });
}
