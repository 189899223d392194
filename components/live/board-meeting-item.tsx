"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { BoardMeeting, LiveBoard } from "@/lib/live/board-types";
import { Badge } from "@/components/ui/badge";
import { clockRange, fairClockRange, partyNames, type BoardClocks } from "./board-context";
import { minutesUntil } from "./use-ticking-now";

type Variant = "room" | "late" | "noShow";

const linkClass =
  "rounded text-sm font-medium text-brand-700 underline-offset-2 hover:underline focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none";

/** One meeting on the board: its times on both clocks, the two companies, and what this list is about. */
export function BoardMeetingItem({
  board,
  meeting,
  clocks,
  now,
  variant,
}: {
  board: LiveBoard;
  meeting: BoardMeeting;
  clocks: BoardClocks;
  now: Date;
  variant: Variant;
}) {
  const t = useTranslations("console.live");
  const names = partyNames(board, meeting, clocks.locale);
  const fairClock = fairClockRange(meeting, clocks);
  return (
    <li className="space-y-2 py-3 first:pt-0 last:pb-0" data-testid={`live-${variant}`} data-meeting-id={meeting.id}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <p className="text-sm">
          <span className="font-semibold text-slate-900 tabular-nums">{clockRange(meeting, clocks.viewerZone)}</span>
          {fairClock ? (
            <span className="ml-2 text-slate-500 tabular-nums">
              {t("fairClock", { time: fairClock, city: clocks.fairCity })}
            </span>
          ) : null}
        </p>
        <StateLine meeting={meeting} now={now} variant={variant} />
      </div>
      <p className="font-medium break-words text-slate-900">
        {names.supplier} <span aria-hidden>↔</span>
        <span className="sr-only">·</span> {names.buyer}
      </p>
      {meeting.interpreter ? (
        <p className="text-sm text-slate-600">{t("interpreterName", { name: meeting.interpreter.name })}</p>
      ) : null}
      {variant === "room" ? <Presence meeting={meeting} /> : null}
      {variant !== "noShow" && meeting.waitingFor.length > 0 ? (
        <p className="flex flex-wrap items-center gap-1 text-sm" data-testid="live-waiting">
          <span className="text-slate-600">{t("rooms.waitingFor")}</span>
          {meeting.waitingFor.map((side) => (
            <Badge key={side} tone={meeting.noShow.includes(side as "supplier" | "buyer") ? "danger" : "warning"}>
              {t(`side.${side}`)}
            </Badge>
          ))}
        </p>
      ) : null}
      {variant === "noShow" ? (
        <p className="flex flex-wrap gap-1">
          {meeting.noShow.map((side) => (
            <Badge key={side} tone="danger" data-testid="live-absent">
              {t("noShows.absent", { side: t(`side.${side}`) })}
            </Badge>
          ))}
        </p>
      ) : null}
      <p className="flex flex-wrap gap-x-4 gap-y-1">
        {variant !== "noShow" && meeting.state !== "over" ? (
          <Link href={`/rooms/${meeting.roomToken}`} className={linkClass} aria-label={t("rooms.lookInLabel", names)}>
            {t("rooms.lookIn")}
          </Link>
        ) : null}
        <Link href={`/meetings/${meeting.id}`} className={linkClass} aria-label={t("rooms.detailsLabel", names)}>
          {t("rooms.details")}
        </Link>
      </p>
    </li>
  );
}

function StateLine({ meeting, now, variant }: { meeting: BoardMeeting; now: Date; variant: Variant }) {
  const t = useTranslations("console.live");
  if (variant === "noShow") return null;
  if (variant === "late") {
    const minutes = minutesUntil(now, new Date(meeting.startsAt));
    return <Badge tone="warning">{t("late.started", { minutes })}</Badge>;
  }
  if (meeting.state === "opening") {
    return <Badge tone="info">{t("state.opening", { minutes: minutesUntil(meeting.startsAt, now) })}</Badge>;
  }
  if (meeting.state === "inProgress") {
    return <Badge tone="success">{t("state.inProgress", { minutes: minutesUntil(meeting.endsAt, now) })}</Badge>;
  }
  return <Badge tone="neutral">{t("state.overtime", { minutes: minutesUntil(now, new Date(meeting.endsAt)) })}</Badge>;
}

function Presence({ meeting }: { meeting: BoardMeeting }) {
  const t = useTranslations("console.live");
  if (meeting.present.length === 0) return <p className="text-sm text-slate-500">{t("rooms.nobody")}</p>;
  return (
    <div className="text-sm">
      <span className="text-slate-600">{t("rooms.inRoom")}</span>
      <ul className="mt-1 flex flex-wrap gap-1.5" data-testid="live-present">
        {meeting.present.map((person) => (
          <li
            key={person.userId}
            className="inline-flex items-center gap-1.5 rounded-full bg-emerald-50 px-2.5 py-0.5 text-emerald-900"
          >
            <span aria-hidden className="h-2 w-2 rounded-full bg-emerald-500" />
            <span className="break-all">{person.name}</span>
            <span className="text-xs text-emerald-800">({t(`role.${person.role}`)})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
