import { AppError } from "@/lib/errors";
import { unstorableField } from "@/lib/validation/storable-text";

/**
 * Refuses path parameters and query values (and their names) that PostgreSQL cannot
 * store, with a 422 naming the field, before any of them reaches a query. The proxy
 * already refuses such URLs; this holds for any way a handler is reached.
 */
export function assertStorableRequestInput(request: Request, params: unknown): void {
  const query: Record<string, string[]> = {};
  for (const [name, value] of new URL(request.url).searchParams) (query[name] ??= []).push(value);
  const field = unstorableField(params ?? {}) ?? unstorableField(query)?.replace(/\.\d+$/, "");
  if (field) throw new AppError("VALIDATION", "checkFields", { [field]: "unstorableText" });
}
