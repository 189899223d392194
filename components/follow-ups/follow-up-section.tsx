import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { listMeetingFollowUps } from "@/lib/follow-ups/list-follow-ups";
import { dayIn } from "@/lib/follow-ups/meeting-day";
import type { AppLocale } from "@/lib/i18n/routing";
import { Card, CardTitle } from "@/components/ui/card";
import { FollowUpForm } from "./follow-up-form";
import { FollowUpItem } from "./follow-up-item";

type Props = {
  actor: Actor;
  meeting: { id: string; status: string; startsAt: Date; viewerRole: string };
  locale: AppLocale;
};

/**
 * The meeting page's follow-ups: the viewer's organization's own (open and done) and a form
 * to set one. Only the two parties see it; a cancelled meeting takes none.
 */
export async function FollowUpSection({ actor, meeting, locale }: Props) {
  if (meeting.viewerRole !== "supplier" && meeting.viewerRole !== "buyer") return null;
  if (!can(actor, "manage:followUp:own") || actor.organization?.status !== "APPROVED") return null;
  const followUps = await listMeetingFollowUps(actor, meeting.id);
  if (meeting.status === "CANCELLED" && followUps.length === 0) return null;
  const t = await getTranslations("followUps.section");
  const today = dayIn(new Date(), actor.timeZone);
  return (
    <Card className="space-y-3" data-testid="follow-up-section">
      <CardTitle>{t("title")}</CardTitle>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      {followUps.length ? (
        <ul className="space-y-2" aria-label={t("listLabel")}>
          {followUps.map((followUp) => (
            <FollowUpItem key={followUp.id} followUp={followUp} locale={locale} today={today} />
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-500">{t("empty")}</p>
      )}
      {meeting.status === "CANCELLED" ? null : (
        <FollowUpForm meetingId={meeting.id} minDay={dayIn(meeting.startsAt, actor.timeZone)} />
      )}
    </Card>
  );
}
