import type { CreditLevel } from "@/lib/credit/credit-score";

export const complaintStatusTone = { OPEN: "warning", UPHELD: "danger", DISMISSED: "neutral" } as const;

export const creditLevelTone: Record<CreditLevel, "success" | "info" | "warning" | "danger"> = {
  A: "success",
  B: "info",
  C: "warning",
  D: "danger",
};
