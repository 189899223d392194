import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { listSessionLiveShowcases } from "@/lib/showcases/list-live-showcases";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ShowcaseStateBadge } from "./showcase-state-badge";

/** The session page's way into its showcase programme, with the showcases live now. */
export async function ShowcaseProgrammeLink({
  sessionId,
  fairSlug,
  sessionSlug,
  locale,
}: {
  sessionId: string;
  fairSlug: string;
  sessionSlug: string;
  locale: AppLocale;
}) {
  const t = await getTranslations("showcases.programme");
  const live = await listSessionLiveShowcases(sessionId);
  return (
    <Card aria-labelledby="showcase-programme-heading" className="space-y-3" data-testid="showcase-programme-link">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
        <div className="min-w-0 space-y-1">
          <h2 id="showcase-programme-heading" className="text-lg font-semibold">
            {t("link")}
          </h2>
          <p className="text-sm text-slate-600">{t("linkHint")}</p>
        </div>
        <Button asChild variant="secondary" className="shrink-0">
          <Link href={`/fairs/${fairSlug}/${sessionSlug}/showcases`}>{t("title")}</Link>
        </Button>
      </div>
      {live.length > 0 ? (
        <ul className="space-y-1" data-testid="session-live-showcases">
          {live.map((showcase) => (
            <li key={showcase.id} className="flex flex-wrap items-center gap-2 text-sm">
              <ShowcaseStateBadge state={showcase.state} />
              <Link href={`/showcases/${showcase.id}`} className="font-medium text-brand-700 hover:underline">
                {localized(showcase, "title", locale)}
              </Link>
              <span className="text-slate-500">{localized(showcase.organization, "name", locale)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
