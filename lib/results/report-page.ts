import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { notFoundIfMissing } from "@/lib/scheduling/overseen-session-page";
import { filtersOfQuery } from "./filters";
import { loadFairReport } from "./load-fair-report";

/**
 * The report for a page's URL: its filters parsed (zod); filters that cannot be read, or name a
 * session or category the fair does not have, fall back to the whole fair with
 * `filtersInvalid` set so the page says so. Another host's fair is the 404 page.
 */
export async function loadReportForPage(
  actor: Actor,
  fairId: string,
  query: Record<string, string | string[] | undefined>,
) {
  const parsed = filtersOfQuery(query);
  if (parsed.success) {
    try {
      return { report: await loadFairReport(actor, fairId, parsed.data), filtersInvalid: false };
    } catch (error) {
      if (!(error instanceof AppError && error.code === "VALIDATION")) return notFoundIfMissing(error);
    }
  }
  const report = await loadFairReport(actor, fairId, {}).catch(notFoundIfMissing);
  return { report, filtersInvalid: true };
}
