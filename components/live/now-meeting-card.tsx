import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import type { NowMeeting } from "@/lib/live/get-now-view";
import { zonedPair } from "@/lib/time/zone-pair";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { counterpartZone } from "@/components/meetings/meeting-time";
import { MinutesUntil } from "./minutes-until";

/**
 * One of the viewer's meetings on the "Now" page: both clocks, the companies, whether the
 * room is open (or when it opens), who is already in it, and the way in.
 */
export async function NowMeetingCard({
  meeting,
  actor,
  locale,
  current,
  now,
}: {
  meeting: NowMeeting;
  actor: Actor;
  locale: AppLocale;
  current: boolean;
  now: Date;
}) {
  const t = await getTranslations("meetings.now");
  const zone = counterpartZone(actor, meeting.supplierOrg, meeting.buyerOrg);
  const time = zonedPair(meeting.startsAt, meeting.endsAt, locale, actor.timeZone, zone);
  const opens = zonedPair(meeting.opensAt, meeting.opensAt, locale, actor.timeZone, zone);
  const supplier = localized(meeting.supplierOrg, "name", locale);
  const buyer = localized(meeting.buyerOrg, "name", locale);
  const counterpart =
    meeting.viewerRole === "supplier" ? buyer : meeting.viewerRole === "buyer" ? supplier : `${supplier} · ${buyer}`;

  return (
    <Card
      className={current ? "space-y-4 border-emerald-300 ring-1 ring-emerald-200" : "space-y-3"}
      data-testid="now-meeting"
      data-meeting-id={meeting.id}
      data-state={meeting.state}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <p className="text-sm text-slate-600">{time.dayLabel}</p>
          <p className="text-lg font-semibold text-slate-900 tabular-nums">{time.mine}</p>
          {time.theirs ? <p className="text-sm text-slate-600 tabular-nums">{time.theirs}</p> : null}
        </div>
        {meeting.roomOpen ? (
          <Badge tone="success">{t("roomOpen")}</Badge>
        ) : (
          <Badge tone="info">
            <MinutesUntil at={meeting.opensAt.toISOString()} kind="opensIn" renderedAt={now.toISOString()} />
          </Badge>
        )}
      </div>
      <div className="space-y-1">
        <h3 className="text-lg font-semibold break-words text-slate-900">{t("between", { supplier, buyer })}</h3>
        <p className="text-sm text-slate-600">
          {localized(meeting.session, "title", locale)} · {localized(meeting.session.fair, "name", locale)}
        </p>
        {meeting.interpreter ? (
          <p className="text-sm text-slate-600">{t("interpreter", { name: meeting.interpreter.name })}</p>
        ) : null}
      </div>
      <p className="text-sm text-slate-700">
        {meeting.state === "inProgress" ? (
          <MinutesUntil at={meeting.endsAt.toISOString()} kind="endsIn" renderedAt={now.toISOString()} />
        ) : meeting.state === "overtime" ? (
          t("overtime")
        ) : meeting.state === "opening" ? (
          <MinutesUntil at={meeting.startsAt.toISOString()} kind="startsIn" renderedAt={now.toISOString()} />
        ) : (
          t("roomOpensAt", { time: opens.mine })
        )}
      </p>
      {meeting.roomOpen ? (
        <div className="text-sm" data-testid="now-present">
          {meeting.present.length === 0 ? (
            <p className="text-slate-500">{t("nobody")}</p>
          ) : (
            <>
              <span className="text-slate-600">{t("inRoom")}</span>
              <ul className="mt-1 flex flex-wrap gap-1.5">
                {meeting.present.map((person) => (
                  <li
                    key={person.userId}
                    className="inline-flex items-center gap-1.5 rounded-full bg-emerald-50 px-2.5 py-0.5 text-emerald-900"
                  >
                    <span aria-hidden className="h-2 w-2 rounded-full bg-emerald-500" />
                    <span className="break-all">{person.isMe ? `${person.name} (${t("you")})` : person.name}</span>
                    <span className="text-xs text-emerald-800">· {t(`role.${person.role}`)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        {meeting.roomOpen ? (
          <Button asChild size={current ? "lg" : "md"}>
            <Link
              href={`/rooms/${meeting.roomToken}`}
              aria-label={t("openRoomLabel", { name: counterpart })}
              data-testid="now-open-room"
            >
              {t("openRoom")}
            </Link>
          </Button>
        ) : null}
        <Link href={`/meetings/${meeting.id}`} className="text-sm font-medium text-brand-700 hover:underline">
          {t("details")}
        </Link>
      </div>
    </Card>
  );
}
