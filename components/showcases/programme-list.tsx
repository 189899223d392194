import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import type { SessionProgramme } from "@/lib/showcases/load-programme";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FollowButton } from "./follow-button";
import { ShowcaseStateBadge } from "./showcase-state-badge";
import { ShowcaseTimes } from "./showcase-times";

/** A session's approved showcases: when (viewer's zone, fair's zone), who, follow, calendar, watch. */
export function ProgrammeList({
  programme,
  locale,
  viewerZone,
  signedIn,
  loginHref,
}: {
  programme: SessionProgramme;
  locale: AppLocale;
  viewerZone: string;
  signedIn: boolean;
  loginHref: string;
}) {
  const t = useTranslations("showcases.programme");
  return (
    <ul className="space-y-3" data-testid="showcase-programme">
      {programme.showcases.map((showcase) => {
        const over = showcase.state === "ended" || showcase.state === "replay";
        const description = localized(showcase, "description", locale);
        return (
          <li key={showcase.id}>
            <Card className="space-y-3" data-testid="programme-showcase" data-showcase-id={showcase.id}>
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="min-w-0 space-y-1">
                  <h2 className="text-lg font-semibold break-words">
                    {showcase.mayWatch ? (
                      <Link href={`/showcases/${showcase.id}`} className="hover:underline">
                        {localized(showcase, "title", locale)}
                      </Link>
                    ) : (
                      localized(showcase, "title", locale)
                    )}
                  </h2>
                  <p className="text-sm text-slate-700">
                    <Link href={`/suppliers/${showcase.organization.id}`} className="text-brand-700 hover:underline">
                      {localized(showcase.organization, "name", locale)}
                    </Link>
                    {" · "}
                    <span className="text-slate-500">{t("products", { count: showcase._count.products })}</span>
                  </p>
                  <ShowcaseTimes
                    startsAt={showcase.startsAt}
                    endsAt={showcase.endsAt}
                    locale={locale}
                    viewerZone={viewerZone}
                    fairZone={programme.session.fair.timeZone}
                  />
                </div>
                <div className="flex flex-wrap items-center gap-2">
                  {showcase.isPublic ? <Badge tone="success">{t("public")}</Badge> : null}
                  <ShowcaseStateBadge state={showcase.state} />
                </div>
              </div>
              {description ? <p className="line-clamp-3 text-sm text-slate-600">{description}</p> : null}
              <div className="flex flex-wrap items-start gap-2">
                {showcase.mayWatch ? (
                  <Button asChild size="sm" variant={showcase.state === "live" ? "primary" : "secondary"}>
                    <Link href={`/showcases/${showcase.id}`}>{t("watch")}</Link>
                  </Button>
                ) : (
                  <span className="self-center text-xs text-slate-500">{t("restricted")}</span>
                )}
                {!over && programme.mayFollow && showcase.mayWatch ? (
                  <FollowButton showcaseId={showcase.id} following={showcase.following} />
                ) : null}
                {!over && !signedIn ? (
                  <Button asChild size="sm" variant="ghost">
                    <Link href={loginHref}>{t("signInToFollow")}</Link>
                  </Button>
                ) : null}
                {!over ? (
                  <Button asChild size="sm" variant="ghost">
                    <a href={`/api/showcases/${showcase.id}/ics?locale=${locale}`} download data-testid="programme-ics">
                      {t("calendar")}
                    </a>
                  </Button>
                ) : null}
              </div>
              {showcase.following ? <p className="text-xs text-slate-500">{t("followingHint")}</p> : null}
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
