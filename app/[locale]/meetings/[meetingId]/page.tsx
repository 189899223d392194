import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { findKnownCity } from "@/lib/geo/cities";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { sessionTitleWithEdition } from "@/lib/fairs/session-title";
import type { AppLocale } from "@/lib/i18n/routing";
import { findMeeting } from "@/lib/meetings/find-meeting";
import { listRescheduleSlots } from "@/lib/meetings/list-reschedule-slots";
import { formatDateTime } from "@/lib/time/format";
import { zoneCityName } from "@/lib/time/zone-city";
import { zonedPair } from "@/lib/time/zone-pair";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { CancelMeetingForm } from "@/components/meetings/cancel-meeting-form";
import { counterpartZone, slotChoices } from "@/components/meetings/meeting-time";
import { RescheduleMeetingForm } from "@/components/meetings/reschedule-meeting-form";
import { AttendanceSection } from "@/components/attendance/attendance-section";
import { OutcomeSection } from "@/components/outcomes/outcome-section";
import { FollowUpSection } from "@/components/follow-ups/follow-up-section";
import { ComplaintSection } from "@/components/credit/complaint-section";
import { RoomChatHistory } from "@/components/rooms/room-chat-history";

type Props = {
  params: Promise<{ locale: AppLocale; meetingId: string }>;
  searchParams: Promise<{ done?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meetings.detail" });
  return { title: t("title") };
}

const statusTone = { SCHEDULED: "success", COMPLETED: "neutral", CANCELLED: "danger" } as const;

/** One meeting: both parties, the interpreter, the agenda, the time in both zones, the room, .ics, cancel. */
export default async function MeetingPage({ params, searchParams }: Props) {
  const { locale, meetingId } = await params;
  const { done } = await searchParams;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, `/meetings/${meetingId}`);
  const meeting = await findMeeting(actor, meetingId);
  if (!meeting) notFound();
  const t = await getTranslations("meetings");
  const zone = counterpartZone(actor, meeting.supplierOrg, meeting.buyerOrg);
  const pair = zonedPair(meeting.startsAt, meeting.endsAt, locale, actor.timeZone, zone);
  const scheduled = meeting.status === "SCHEDULED";
  const now = new Date();
  const cancellable = scheduled && meeting.viewerRole !== "interpreter" && meeting.endsAt > now;
  // Only the two parties move a meeting, and only before it starts.
  const party = meeting.viewerRole === "supplier" || meeting.viewerRole === "buyer";
  const reschedulable = scheduled && party && meeting.startsAt > now;
  const rescheduleSlots = reschedulable ? await listRescheduleSlots(actor, meeting.id, { now }) : [];
  const parties = [
    { role: "supplier", org: meeting.supplierOrg },
    { role: "buyer", org: meeting.buyerOrg },
  ] as const;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <Link href="/meetings" className="text-sm text-brand-700 hover:underline">
          ← {t("back")}
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-semibold">
            {t("detail.heading", {
              supplier: localized(meeting.supplierOrg, "name", locale),
              buyer: localized(meeting.buyerOrg, "name", locale),
            })}
          </h1>
          <Badge tone={statusTone[meeting.status]} data-testid="meeting-status">
            {t(`meetingStatus.${meeting.status}`)}
          </Badge>
        </div>
        <p className="text-slate-600">{sessionTitleWithEdition(meeting.session, locale)}</p>
      </header>
      {done === "accepted" || done === "cancelled" || done === "rescheduled" ? (
        <Alert tone="success" role="status">
          {t(`done.${done}`)}
        </Alert>
      ) : null}
      {meeting.status === "CANCELLED" ? (
        <Alert tone="warning" role="status" data-testid="meeting-cancelled">
          {t("detail.cancelledAt", {
            at: meeting.cancelledAt ? formatDateTime(meeting.cancelledAt, locale, actor.timeZone) : "",
          })}
          {meeting.cancelReason ? ` ${t("detail.cancelReason", { reason: meeting.cancelReason })}` : null}
        </Alert>
      ) : null}

      <Card className="space-y-4">
        <div>
          <p className="text-sm text-slate-500">{pair.dayLabel}</p>
          <p className="text-xl font-semibold text-slate-900 tabular-nums" data-testid="meeting-time">
            {pair.mine}
          </p>
          {pair.theirs ? (
            <p className="text-slate-600 tabular-nums" data-testid="meeting-time-other">
              {t("detail.theirTime", { time: pair.theirs })}
            </p>
          ) : null}
        </div>
        <dl className="grid gap-4 text-sm sm:grid-cols-2">
          {parties.map(({ role, org }) => (
            <div key={role}>
              <dt className="text-xs text-slate-500">{t(`detail.${role}`)}</dt>
              <dd className="text-slate-900">
                {localized(org, "name", locale)}
                <span className="block text-xs text-slate-500">
                  {findKnownCity(org.city)?.name[locale] ?? org.city} · {zoneCityName(org.timeZone, locale)}
                </span>
              </dd>
            </div>
          ))}
          <div>
            <dt className="text-xs text-slate-500">{t("detail.interpreter")}</dt>
            <dd className="text-slate-900" data-testid="meeting-interpreter">
              {meeting.interpreter
                ? meeting.interpreter.name
                : meeting.needsInterpreter
                  ? t("detail.interpreterMissing")
                  : t("detail.interpreterNone")}
            </dd>
          </div>
          <div className="sm:col-span-2">
            <dt className="text-xs text-slate-500">{t("detail.agenda")}</dt>
            <dd className="break-words whitespace-pre-line text-slate-900">{meeting.agenda || t("detail.noAgenda")}</dd>
          </div>
        </dl>
        <div className="flex flex-wrap gap-2 border-t border-slate-100 pt-4">
          {/* Organizers of the hosting fair may look in. */}
          {scheduled ? (
            <Button asChild>
              <Link href={`/meetings/${meeting.id}/room`}>{t("detail.room")}</Link>
            </Button>
          ) : null}
          <Button asChild variant="secondary">
            <a href={`/api/meetings/${encodeURIComponent(meeting.id)}/ics`} download>
              {t("detail.ics")}
            </a>
          </Button>
        </div>
      </Card>

      <AttendanceSection actor={actor} meeting={meeting} locale={locale} />
      <OutcomeSection actor={actor} meeting={meeting} locale={locale} />
      <FollowUpSection actor={actor} meeting={meeting} locale={locale} />
      <ComplaintSection actor={actor} meeting={meeting} locale={locale} />
      <RoomChatHistory actor={actor} meetingId={meeting.id} locale={locale} />

      {reschedulable ? (
        <Card className="space-y-3">
          <CardTitle>{t("detail.rescheduleTitle")}</CardTitle>
          <p className="text-sm text-slate-600">{t("detail.rescheduleIntro")}</p>
          <RescheduleMeetingForm
            meetingId={meeting.id}
            slots={slotChoices(rescheduleSlots, locale, actor.timeZone, zone)}
          />
        </Card>
      ) : null}

      {cancellable ? (
        <Card className="space-y-3">
          <CardTitle>{t("detail.cancelTitle")}</CardTitle>
          <p className="text-sm text-slate-600">{t("detail.cancelIntro")}</p>
          <CancelMeetingForm meetingId={meeting.id} />
        </Card>
      ) : null}
    </div>
  );
}
