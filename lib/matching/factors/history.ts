import type { OutcomeCounts } from "../scoring-inputs";
import { clamp01, factorValue, type FactorValue } from "./factor-value";

/**
 * What came of the supplier's earlier completed meetings: an order counts fully,
 * a follow-up half, no deal nothing. Null when it has no recorded outcome yet.
 */
export function historyFactor(outcomes: OutcomeCounts): FactorValue {
  const meetings = outcomes.ORDER_PLACED + outcomes.FOLLOW_UP + outcomes.NO_DEAL;
  if (meetings === 0) return factorValue("history", null, "history.none");
  const value = historyValue(outcomes)!;
  const params = { orders: outcomes.ORDER_PLACED, meetings };
  return factorValue("history", value, outcomes.ORDER_PLACED > 0 ? "history.orders" : "history.noOrders", params);
}

export function historyValue(outcomes: OutcomeCounts): number | null {
  const meetings = outcomes.ORDER_PLACED + outcomes.FOLLOW_UP + outcomes.NO_DEAL;
  return meetings === 0 ? null : clamp01((outcomes.ORDER_PLACED + 0.5 * outcomes.FOLLOW_UP) / meetings);
}
