import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { sessionTitleWithEdition } from "@/lib/fairs/session-title";
import type { AppLocale } from "@/lib/i18n/routing";
import { getRequest } from "@/lib/meetings/get-request";
import { listMySchedule } from "@/lib/meetings/list-my-schedule";
import { listRequests } from "@/lib/meetings/list-requests";
import { formatCalendarDay } from "@/lib/time/format-day";
import { formatDateTime } from "@/lib/time/format";
import { zoneCityName } from "@/lib/time/zone-city";
import { zonedPair } from "@/lib/time/zone-pair";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { counterpartZone, slotChoices } from "@/components/meetings/meeting-time";
import { RespondToRequest } from "@/components/meetings/respond-to-request";
import { WithdrawRequestButton } from "@/components/meetings/withdraw-request-button";

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<{ done?: string }> };

const doneKeys = ["requested", "declined", "withdrawn"] as const;
const statusTone = {
  PENDING: "warning",
  ACCEPTED: "success",
  DECLINED: "danger",
  EXPIRED: "neutral",
  CANCELLED: "neutral",
} as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meetings" });
  return { title: t("title") };
}

/** "My schedule" day by day, then the requests received and sent. */
export default async function MeetingsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { done } = await searchParams;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, "/meetings", ["SUPPLIER", "BUYER", "INTERPRETER"]);
  if (!actor) return <Forbidden />;
  const t = await getTranslations("meetings");
  const approved = actor.organization?.status === "APPROVED";
  const party = actor.role !== "INTERPRETER";
  if (party && !approved) {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Alert tone="warning" role="status">
          {t("notApproved")}
        </Alert>
      </div>
    );
  }
  const [schedule, incoming, outgoing] = await Promise.all([
    listMySchedule(actor),
    party ? listRequests(actor, { direction: "incoming" }) : [],
    party ? listRequests(actor, { direction: "outgoing" }) : [],
  ]);
  const pendingIncoming = incoming.filter((r) => r.status === "PENDING");
  const acceptable = new Map(
    await Promise.all(pendingIncoming.map(async (r) => [r.id, (await getRequest(actor, r.id)).freeSlots] as const)),
  );
  const pairOf = (start: Date, end: Date, zone: string) => zonedPair(start, end, locale, actor.timeZone, zone);

  const requestList = (requests: typeof incoming, direction: "incoming" | "outgoing") => (
    <ul className="space-y-3">
      {requests.map((request) => {
        const other = direction === "incoming" ? request.fromOrganization : request.toOrganization;
        const preferred = request.preferredStarts.map((start) => {
          const pair = pairOf(start, start, other.timeZone);
          return `${pair.dayLabel} ${pair.label}`;
        });
        return (
          <li key={request.id} data-testid={`${direction}-request`}>
            <Card className="space-y-3">
              <div className="flex flex-wrap items-center gap-2">
                <h3 className="font-semibold text-slate-900">{localized(other, "name", locale)}</h3>
                {request.status === "ACCEPTED" && request.meeting?.status === "CANCELLED" ? (
                  // The request was accepted, but the meeting it booked has since been called off.
                  <Badge tone="neutral" data-testid="request-meeting-cancelled">
                    {t("meetingStatus.CANCELLED")}
                  </Badge>
                ) : (
                  <Badge tone={statusTone[request.status]}>{t(`status.${request.status}`)}</Badge>
                )}
                {request.needsInterpreter ? <Badge tone="info">{t("interpreterNeeded")}</Badge> : null}
              </div>
              {request.message ? (
                <p className="break-words whitespace-pre-line text-slate-800">{request.message}</p>
              ) : null}
              {preferred.length > 0 && request.status === "PENDING" ? (
                <p className="text-sm text-slate-600">
                  {t("requests.preferred")}: <span className="tabular-nums">{preferred.join("; ")}</span>
                </p>
              ) : null}
              {request.status === "PENDING" ? (
                <p className="text-xs text-slate-500">
                  {t("requests.expires", { at: formatDateTime(request.expiresAt, locale, actor.timeZone) })}
                </p>
              ) : null}
              {request.status === "DECLINED" && request.declineReason ? (
                <p className="text-sm text-slate-700">
                  {t("requests.declineReason", { reason: request.declineReason })}
                </p>
              ) : null}
              {request.meeting ? (
                <Link href={`/meetings/${request.meeting.id}`} className="text-sm text-brand-700 hover:underline">
                  {t("requests.openMeeting")}
                </Link>
              ) : null}
              {direction === "incoming" && request.status === "PENDING" ? (
                <RespondToRequest
                  requestId={request.id}
                  slots={slotChoices(acceptable.get(request.id) ?? [], locale, actor.timeZone, other.timeZone)}
                />
              ) : null}
              {direction === "outgoing" && request.status === "PENDING" ? (
                <WithdrawRequestButton requestId={request.id} />
              ) : null}
            </Card>
          </li>
        );
      })}
    </ul>
  );

  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-slate-600">{t("intro", { zone: zoneCityName(actor.timeZone, locale) })}</p>
        {party ? (
          <Link href="/meetings/availability" className="inline-block text-sm text-brand-700 hover:underline">
            {(await getTranslations("availability"))("link")} →
          </Link>
        ) : null}
      </header>
      {done && (doneKeys as readonly string[]).includes(done) ? (
        <Alert tone="success" role="status">
          {t(`done.${done as (typeof doneKeys)[number]}`)}
        </Alert>
      ) : null}

      <section aria-labelledby="schedule-heading" className="space-y-3">
        <h2 id="schedule-heading" className="text-lg font-semibold">
          {t("schedule.title")}
        </h2>
        {schedule.length === 0 ? (
          <Card>
            <p className="text-slate-600">{t("schedule.empty")}</p>
          </Card>
        ) : (
          <ol className="space-y-4" data-testid="schedule">
            {schedule.map((day) => (
              <li key={day.day} className="space-y-2">
                <h3 className="text-sm font-semibold text-slate-700">{formatCalendarDay(day.day, locale)}</h3>
                <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
                  {day.meetings.map((meeting) => {
                    const zone = counterpartZone(actor, meeting.supplierOrg, meeting.buyerOrg);
                    const names =
                      meeting.viewerRole === "supplier"
                        ? localized(meeting.buyerOrg, "name", locale)
                        : meeting.viewerRole === "buyer"
                          ? localized(meeting.supplierOrg, "name", locale)
                          : `${localized(meeting.supplierOrg, "name", locale)} · ${localized(meeting.buyerOrg, "name", locale)}`;
                    return (
                      <li key={meeting.id} data-testid="schedule-meeting">
                        <Link
                          href={`/meetings/${meeting.id}`}
                          className="flex flex-col gap-1 px-4 py-3 hover:bg-slate-50 sm:flex-row sm:items-center sm:gap-4"
                        >
                          <span className="font-medium text-slate-900 tabular-nums">
                            {pairOf(meeting.startsAt, meeting.endsAt, zone).label}
                          </span>
                          <span className="text-slate-700">{names}</span>
                          <span className="text-xs text-slate-500 sm:ml-auto">
                            {meeting.interpreter
                              ? t("interpreterName", { name: meeting.interpreter.name })
                              : sessionTitleWithEdition(meeting.session, locale)}
                          </span>
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </section>

      {party ? (
        <>
          <section aria-labelledby="incoming-heading" className="space-y-3">
            <h2 id="incoming-heading" className="text-lg font-semibold">
              {t("requests.incoming")}
            </h2>
            {incoming.length === 0 ? (
              <Card>
                <p className="text-slate-600">{t("requests.emptyIncoming")}</p>
              </Card>
            ) : (
              requestList(incoming, "incoming")
            )}
          </section>
          <section aria-labelledby="outgoing-heading" className="space-y-3">
            <h2 id="outgoing-heading" className="text-lg font-semibold">
              {t("requests.outgoing")}
            </h2>
            {outgoing.length === 0 ? (
              <Card>
                <p className="text-slate-600">{t("requests.emptyOutgoing")}</p>
              </Card>
            ) : (
              requestList(outgoing, "outgoing")
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}
