import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { listLiveShowcases } from "@/lib/showcases/list-live-showcases";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { ShowcaseStateBadge } from "./showcase-state-badge";
import { ShowcaseTimes } from "./showcase-times";

/** The "Now" view's showcases on air or about to start that the actor may watch (nothing when none). */
export async function LiveShowcasesNow({ actor, locale }: { actor: Actor; locale: AppLocale }) {
  const live = await listLiveShowcases(actor);
  if (live.length === 0) return null;
  const t = await getTranslations("showcases.now");
  return (
    <Card className="space-y-3" aria-labelledby="live-showcases-heading" data-testid="now-showcases">
      <CardTitle id="live-showcases-heading">{t("title")}</CardTitle>
      <ul className="divide-y divide-slate-100">
        {live.map((showcase) => (
          <li key={showcase.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
            <div className="min-w-0 space-y-0.5">
              <div className="flex flex-wrap items-center gap-2">
                <ShowcaseStateBadge state={showcase.state} />
                <span className="font-medium break-words">{localized(showcase, "title", locale)}</span>
              </div>
              <p className="text-sm text-slate-600">
                {localized(showcase.organization, "name", locale)} · {localized(showcase.session, "title", locale)}
              </p>
              <ShowcaseTimes
                startsAt={showcase.startsAt}
                endsAt={showcase.endsAt}
                locale={locale}
                viewerZone={actor.timeZone}
                fairZone={showcase.session.fair.timeZone}
              />
            </div>
            <Button asChild size="sm">
              <Link href={`/showcases/${showcase.id}`}>{t("watch")}</Link>
            </Button>
          </li>
        ))}
      </ul>
    </Card>
  );
}
