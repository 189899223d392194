import { guardedRoute } from "@/lib/http/guarded-route";
import { answerResultsExport } from "@/lib/results/export-route";

/** The fair report's tables as CSV or Excel (`?format=csv|xlsx&lang=…` plus the report's filters). */
export const GET = guardedRoute<{ fairId: string }>((request, { fairId }) =>
  answerResultsExport(request, fairId, "report"),
);
