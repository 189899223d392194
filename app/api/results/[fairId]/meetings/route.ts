import { guardedRoute } from "@/lib/http/guarded-route";
import { answerResultsExport } from "@/lib/results/export-route";

/** The fair's meeting list with outcomes as CSV or Excel, streamed (`?format=csv|xlsx&lang=…` plus the filters). */
export const GET = guardedRoute<{ fairId: string }>((request, { fairId }) =>
  answerResultsExport(request, fairId, "meetings"),
);
