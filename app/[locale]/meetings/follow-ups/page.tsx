import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { listOpenFollowUps } from "@/lib/follow-ups/list-follow-ups";
import { dayIn } from "@/lib/follow-ups/meeting-day";
import { formatDateTime } from "@/lib/time/format";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { FollowUpItem } from "@/components/follow-ups/follow-up-item";

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "followUps.list" });
  return { title: t("title") };
}

/** The organization's follow-ups not yet done, earliest due first, each with its meeting. */
export default async function FollowUpsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, "/meetings/follow-ups", "manage:followUp:own");
  if (!actor) return <Forbidden />;
  const t = await getTranslations("followUps.list");
  if (actor.organization?.status !== "APPROVED") {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Alert tone="warning" role="status">
          {t("notApproved")}
        </Alert>
      </div>
    );
  }
  const followUps = await listOpenFollowUps(actor);
  const today = dayIn(new Date(), actor.timeZone);

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <Link href="/meetings" className="text-sm text-brand-700 hover:underline">
          ← {t("back")}
        </Link>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-600">{t("intro")}</p>
      </header>
      {followUps.length === 0 ? (
        <Card>
          <p className="text-slate-600" data-testid="follow-ups-empty">
            {t("empty")}
          </p>
        </Card>
      ) : (
        <Card>
          <ul
            className="space-y-2"
            aria-label={t("listLabel", { count: followUps.length })}
            data-testid="follow-ups-due"
          >
            {followUps.map((followUp) => (
              <FollowUpItem key={followUp.id} followUp={followUp} locale={locale} today={today}>
                <p className="text-xs text-slate-600">
                  <Link href={`/meetings/${followUp.meeting.id}`} className="text-brand-700 hover:underline">
                    {t("meeting", {
                      counterpart: localized(followUp.meeting.counterpart, "name", locale),
                      time: formatDateTime(followUp.meeting.startsAt, locale, actor.timeZone),
                    })}
                  </Link>{" "}
                  · {localized(followUp.meeting.fair, "name", locale)}
                </p>
              </FollowUpItem>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
