import "server-only";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { routing } from "@/lib/i18n/routing";
import { localDay } from "@/lib/time/format";
import { meetingListStream, reportFileStream } from "./export-files";
import { filtersOfQuery } from "./filters";

const exportQuerySchema = z.object({
  format: z.enum(["csv", "xlsx"], "invalid"),
  lang: z.enum(routing.locales, "invalid").optional(),
});

const contentType = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/**
 * A download of the fair report or its meeting list (the route handlers under
 * app/api/results/[fairId]): the signed-in organizer hosting the fair, the format and
 * language (default: the viewer's own) and the report's filters from the query, all checked
 * before the first byte; the file is streamed as it is written.
 */
export async function answerResultsExport(request: Request, fairId: string, what: "report" | "meetings") {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "unauthenticated");
  const query = new URL(request.url).searchParams;
  const { format, lang } = exportQuerySchema.parse({
    format: query.get("format") ?? undefined,
    lang: query.get("lang") ?? undefined,
  });
  const filters = filtersOfQuery(query);
  if (!filters.success) throw filters.error;
  const locale = lang ?? actor.locale;
  const open = what === "report" ? reportFileStream : meetingListStream;
  const body = await open(actor, fairId, filters.data, { format, locale });
  const name = `fairbridge-${what}-${localDay(new Date(), "UTC")}.${format}`;
  return new Response(body, {
    headers: {
      "Content-Type": contentType[format],
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
