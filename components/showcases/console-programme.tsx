import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { isShowcaseOpen, type ShowcaseState } from "@/lib/showcases/showcase-state";
import { Card } from "@/components/ui/card";
import { ReviewShowcaseForm } from "./review-showcase-form";
import { ShowcaseStateBadge } from "./showcase-state-badge";
import { ShowcaseTimes } from "./showcase-times";

type Names = { nameEn: string | null; nameZh: string | null; nameRu: string | null };

type Row = {
  id: string;
  status: string;
  state: ShowcaseState;
  isPublic: boolean;
  reviewNote: string | null;
  titleEn: string | null;
  titleZh: string | null;
  titleRu: string | null;
  startsAt: Date;
  endsAt: Date;
  peakViewers: number;
  watchingNow: number;
  organization: Names & { id: string };
  _count: { products: number; follows: number; views: number; meetingRequests: number };
};

/** The session's showcases for its organizers: times, supplier, audience and the review form. */
export function ConsoleProgramme({
  showcases,
  locale,
  viewerZone,
  fairZone,
  now,
}: {
  showcases: Row[];
  locale: AppLocale;
  viewerZone: string;
  fairZone: string;
  now: Date;
}) {
  const t = useTranslations("showcases.console");
  return (
    <ul className="space-y-3" data-testid="console-showcases">
      {showcases.map((showcase) => {
        const reviewable = isShowcaseOpen(showcase, now);
        return (
          <li key={showcase.id} id={`showcase-${showcase.id}`}>
            <Card className="grid gap-4 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]" data-testid="console-showcase">
              <div className="min-w-0 space-y-1.5">
                <div className="flex flex-wrap items-center gap-2">
                  <h3 className="font-semibold break-words">{localized(showcase, "title", locale)}</h3>
                  <ShowcaseStateBadge state={showcase.state} />
                </div>
                <p className="text-sm text-slate-700">
                  <span className="text-slate-500">{t("supplier")}:</span>{" "}
                  {localized(showcase.organization, "name", locale)}
                </p>
                <ShowcaseTimes
                  startsAt={showcase.startsAt}
                  endsAt={showcase.endsAt}
                  locale={locale}
                  viewerZone={viewerZone}
                  fairZone={fairZone}
                />
                <p className="text-sm text-slate-600 tabular-nums" data-testid="console-audience">
                  {t("audienceValue", {
                    now: showcase.watchingNow,
                    peak: showcase.peakViewers,
                    unique: showcase._count.views,
                  })}
                </p>
                <p className="text-xs text-slate-500">
                  {t("products", { count: showcase._count.products })} ·{" "}
                  {t("followers", { count: showcase._count.follows })} ·{" "}
                  {t("requests", { count: showcase._count.meetingRequests })}
                </p>
                <Link href={`/showcases/${showcase.id}`} className="text-sm text-brand-700 hover:underline">
                  {t("open")}
                </Link>
              </div>
              {reviewable ? (
                <ReviewShowcaseForm
                  showcaseId={showcase.id}
                  reviewNote={showcase.reviewNote}
                  isPublic={showcase.isPublic}
                />
              ) : showcase.reviewNote ? (
                <p className="text-sm text-slate-600">{showcase.reviewNote}</p>
              ) : null}
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
