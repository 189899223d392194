import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { isShowcaseEditable, isShowcaseOpen, type ShowcaseState } from "@/lib/showcases/showcase-state";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CancelShowcaseButton } from "./cancel-showcase-button";
import { ShowcaseStateBadge } from "./showcase-state-badge";
import { ShowcaseTimes } from "./showcase-times";

type Names = { nameEn: string | null; nameZh: string | null; nameRu: string | null };

type Row = {
  id: string;
  status: string;
  state: ShowcaseState;
  reviewNote: string | null;
  titleEn: string | null;
  titleZh: string | null;
  titleRu: string | null;
  startsAt: Date;
  endsAt: Date;
  liveStartedAt: Date | null;
  peakViewers: number;
  questions: number;
  session: { titleEn: string; titleZh: string; titleRu: string; fair: Names & { timeZone: string } };
  _count: { views: number; meetingRequests: number; follows: number };
};

/** The supplier's showcases with their state, times and what came of each. */
export function SupplierShowcaseList({
  showcases,
  locale,
  viewerZone,
  now,
}: {
  showcases: Row[];
  locale: AppLocale;
  viewerZone: string;
  now: Date;
}) {
  const t = useTranslations("showcases.supplier");
  return (
    <ul className="space-y-3" data-testid="supplier-showcases">
      {showcases.map((showcase) => {
        const changeable = isShowcaseEditable(showcase, now);
        const cancellable = isShowcaseOpen(showcase, now);
        const stats = [
          { key: "viewers", value: showcase._count.views },
          { key: "peak", value: showcase.peakViewers },
          { key: "questions", value: showcase.questions },
          { key: "requests", value: showcase._count.meetingRequests },
          { key: "followers", value: showcase._count.follows },
        ] as const;
        return (
          <li key={showcase.id}>
            <Card className="space-y-3" data-testid="supplier-showcase">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="min-w-0 space-y-1">
                  <h3 className="font-semibold break-words">{localized(showcase, "title", locale)}</h3>
                  <p className="text-sm text-slate-600">
                    {localized(showcase.session.fair, "name", locale)} · {localized(showcase.session, "title", locale)}
                  </p>
                  <ShowcaseTimes
                    startsAt={showcase.startsAt}
                    endsAt={showcase.endsAt}
                    locale={locale}
                    viewerZone={viewerZone}
                    fairZone={showcase.session.fair.timeZone}
                  />
                </div>
                <ShowcaseStateBadge state={showcase.state} />
              </div>
              {showcase.reviewNote ? (
                <p className="text-sm text-slate-700">{t("reviewNote", { note: showcase.reviewNote })}</p>
              ) : null}
              <dl className="grid grid-cols-3 gap-2 text-center sm:grid-cols-5" data-testid="showcase-stats">
                {stats.map((stat) => (
                  <div key={stat.key} className="rounded-md bg-slate-50 px-2 py-1.5">
                    <dt className="text-xs text-slate-500">{t(`stats.${stat.key}`)}</dt>
                    <dd className="font-semibold tabular-nums" data-testid={`stat-${stat.key}`}>
                      {stat.value}
                    </dd>
                  </div>
                ))}
              </dl>
              <div className="flex flex-wrap items-start gap-2">
                <Button asChild size="sm" variant="secondary">
                  <Link href={`/showcases/${showcase.id}`}>{t("open")}</Link>
                </Button>
                {changeable ? (
                  <Button asChild size="sm" variant="secondary">
                    <Link href={`/supplier/showcases/${showcase.id}/edit`}>{t("edit")}</Link>
                  </Button>
                ) : null}
                {cancellable ? <CancelShowcaseButton showcaseId={showcase.id} /> : null}
              </div>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
