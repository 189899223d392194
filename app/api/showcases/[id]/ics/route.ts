import { isAppLocale } from "@/lib/i18n/routing";
import { loadShowcaseIcs } from "@/lib/showcases/load-showcase-ics";
import { showcaseRoute } from "@/lib/showcases/showcase-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** One showcase as an .ics file, for anyone who may see it in the programme (approved) or watch it. */
export const GET = showcaseRoute(
  async ({ actor, showcaseId, request }) => {
    const requested = new URL(request.url).searchParams.get("locale");
    const locale = isAppLocale(requested) ? requested : (actor?.locale ?? "en");
    const body = await loadShowcaseIcs(actor, showcaseId, isAppLocale(locale) ? locale : "en");
    return new Response(body, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="showcase-${showcaseId}.ics"`,
        "Cache-Control": "private, no-store",
      },
    });
  },
  { signedIn: false },
);
