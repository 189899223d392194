import { isConflictViolation } from "@/lib/errors";

/** Every message along an error's chain (Prisma wraps the driver's error in meta/cause). */
function chainText(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    const candidate = current as { message?: unknown; originalMessage?: unknown; cause?: unknown; meta?: unknown };
    for (const text of [candidate.message, candidate.originalMessage]) if (typeof text === "string") parts.push(text);
    const meta = candidate.meta as { driverAdapterError?: unknown } | undefined;
    if (meta && typeof meta === "object")
      parts.push(JSON.stringify(meta, (_key, value) => (typeof value === "bigint" ? String(value) : value)));
    current = meta?.driverAdapterError ?? candidate.cause;
  }
  return parts.join(" ");
}

/** The database refused a supplier's second overlapping showcase (EXCLUDE "Showcase_no_supplier_overlap"). */
export function isShowcaseOverlapViolation(error: unknown): boolean {
  return isConflictViolation(error) && chainText(error).includes("Showcase_no_supplier_overlap");
}

/** The database refused a showcase outside its session's days (trigger "Showcase_within_session"). */
export function isShowcaseOutsideSessionViolation(error: unknown): boolean {
  return chainText(error).includes("showcase_within_session");
}

/** The database refused a featured or pinned product of another supplier. */
export function isShowcaseProductOwnerViolation(error: unknown): boolean {
  return chainText(error).includes("showcase_product_owner");
}
