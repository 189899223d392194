import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import type { AcceptableSlot } from "@/lib/meetings/list-acceptable-slots";
import type { RequestSummary } from "@/lib/meetings/load-meetings-overview";
import { formatDateTime } from "@/lib/time/format";
import { zonedPair } from "@/lib/time/zone-pair";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { slotChoices } from "./meeting-time";
import { RespondToRequest } from "./respond-to-request";
import { WithdrawRequestButton } from "./withdraw-request-button";

type Direction = "incoming" | "outgoing";
type Props = {
  requests: RequestSummary[];
  direction: Direction;
  /** The slots each open incoming request may be accepted at, by request id. */
  acceptable: Map<string, AcceptableSlot[]>;
  actor: Actor;
  locale: AppLocale;
};

const statusTone = {
  PENDING: "warning",
  ACCEPTED: "success",
  DECLINED: "danger",
  EXPIRED: "neutral",
  CANCELLED: "neutral",
} as const;

/** Meeting requests received or sent, each with what can be done with it now. */
export async function RequestList({ requests, direction, acceptable, actor, locale }: Props) {
  return (
    <ul className="space-y-3">
      {requests.map((request) => (
        <li key={request.id} data-testid={`${direction}-request`}>
          <RequestCard request={request} direction={direction} acceptable={acceptable} actor={actor} locale={locale} />
        </li>
      ))}
    </ul>
  );
}

async function RequestCard({
  request,
  direction,
  acceptable,
  actor,
  locale,
}: Omit<Props, "requests"> & {
  request: RequestSummary;
}) {
  const t = await getTranslations("meetings");
  const other = direction === "incoming" ? request.fromOrganization : request.toOrganization;
  const pending = request.status === "PENDING";
  const preferred = request.preferredStarts.map((start) => {
    const pair = zonedPair(start, start, locale, actor.timeZone, other.timeZone);
    return `${pair.dayLabel} ${pair.label}`;
  });
  return (
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
      {request.message ? <p className="break-words whitespace-pre-line text-slate-800">{request.message}</p> : null}
      {preferred.length > 0 && pending ? (
        <p className="text-sm text-slate-600">
          {t("requests.preferred")}: <span className="tabular-nums">{preferred.join("; ")}</span>
        </p>
      ) : null}
      {pending ? (
        <p className="text-xs text-slate-500">
          {t("requests.expires", { at: formatDateTime(request.expiresAt, locale, actor.timeZone) })}
        </p>
      ) : null}
      {request.status === "DECLINED" && request.declineReason ? (
        <p className="text-sm text-slate-700">{t("requests.declineReason", { reason: request.declineReason })}</p>
      ) : null}
      {request.meeting ? (
        <Link href={`/meetings/${request.meeting.id}`} className="text-sm text-brand-700 hover:underline">
          {t("requests.openMeeting")}
        </Link>
      ) : null}
      {direction === "incoming" && pending ? (
        <RespondToRequest
          requestId={request.id}
          slots={slotChoices(acceptable.get(request.id) ?? [], locale, actor.timeZone, other.timeZone)}
        />
      ) : null}
      {direction === "outgoing" && pending ? <WithdrawRequestButton requestId={request.id} /> : null}
    </Card>
  );
}
