"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { LiveBoard } from "@/lib/live/board-types";
import { clockTime } from "@/lib/time/format-window";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { cn } from "@/lib/cn";
import type { BoardClocks } from "./board-context";
import { BoardCounts } from "./board-counts";
import { BoardInterpreters } from "./board-interpreters";
import { BoardMeetingItem } from "./board-meeting-item";
import { useBoardStream, type StreamStatus } from "./use-board-stream";
import { useTickingNow } from "./use-ticking-now";

/**
 * The organizers' live board: counts, rooms live now, late starts, no-shows and
 * interpreters, redrawn whenever the session's event stream sends a new board. Every
 * action is a link (keyboard reachable in reading order); on a phone the sections stack.
 */
export function LiveBoardView({
  initial,
  clocks,
  renderedAt,
}: {
  initial: LiveBoard;
  clocks: BoardClocks;
  renderedAt: string;
}) {
  const t = useTranslations("console.live");
  const { board, status } = useBoardStream(initial.sessionId, initial);
  const now = useTickingNow(new Date(renderedAt));
  const empty = board.counts.meetings === 0 && board.rooms.length === 0;

  return (
    <div className="space-y-6" data-testid="live-board" data-version={board.version}>
      <ConnectionLine status={status} updated={clockTime(new Date(board.at), clocks.viewerZone)} />
      <BoardCounts counts={board.counts} />
      {empty ? (
        <Card data-testid="live-empty" className="space-y-2">
          <CardTitle>{t("emptyTitle")}</CardTitle>
          <p className="text-slate-600">{t("emptyText")}</p>
        </Card>
      ) : (
        <div className="grid gap-6 lg:grid-cols-5">
          <Section id="live-rooms" title={t("rooms.heading")} count={board.rooms.length} className="lg:col-span-3">
            {board.rooms.length === 0 ? (
              <p className="text-sm text-slate-500">{t("rooms.empty")}</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {board.rooms.map((meeting) => (
                  <BoardMeetingItem key={meeting.id} {...{ board, meeting, clocks, now }} variant="room" />
                ))}
              </ul>
            )}
          </Section>
          <div className="space-y-6 lg:col-span-2">
            <Section id="live-late" title={t("late.heading")} count={board.late.length}>
              {board.late.length === 0 ? (
                <p className="text-sm text-slate-500">{t("late.empty")}</p>
              ) : (
                <ul className="divide-y divide-slate-100">
                  {board.late.map((meeting) => (
                    <BoardMeetingItem key={meeting.id} {...{ board, meeting, clocks, now }} variant="late" />
                  ))}
                </ul>
              )}
            </Section>
            <Section id="live-no-shows" title={t("noShows.heading")} count={board.noShows.length}>
              {board.noShows.length === 0 ? (
                <p className="text-sm text-slate-500">{t("noShows.empty")}</p>
              ) : (
                <ul className="divide-y divide-slate-100">
                  {board.noShows.map((meeting) => (
                    <BoardMeetingItem key={meeting.id} {...{ board, meeting, clocks, now }} variant="noShow" />
                  ))}
                </ul>
              )}
            </Section>
            <Section id="live-interpreters" title={t("interpreters.heading")} count={board.interpreters.length}>
              <BoardInterpreters board={board} clocks={clocks} />
            </Section>
          </div>
        </div>
      )}
    </div>
  );
}

function Section({
  id,
  title,
  count,
  className,
  children,
}: {
  id: string;
  title: string;
  count: number;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Card aria-labelledby={`${id}-heading`} className={cn("space-y-3 p-4 sm:p-5", className)} data-testid={id}>
      <CardTitle id={`${id}-heading`} className="flex items-center gap-2 text-base sm:text-lg">
        {title}
        <span className="rounded-full bg-slate-100 px-2 text-sm font-medium text-slate-700 tabular-nums">{count}</span>
      </CardTitle>
      {children}
    </Card>
  );
}

const dot: Record<StreamStatus, string> = {
  connecting: "bg-slate-400",
  live: "bg-emerald-500 motion-safe:animate-pulse",
  reconnecting: "bg-amber-500",
  offline: "bg-red-600",
};

function ConnectionLine({ status, updated }: { status: StreamStatus; updated: string }) {
  const t = useTranslations("console.live");
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm text-slate-600">
      <p
        role="status"
        className="inline-flex items-center gap-2 font-medium text-slate-800"
        data-testid="live-status"
        data-status={status}
      >
        <span aria-hidden className={cn("h-2.5 w-2.5 rounded-full", dot[status])} />
        {t(`connection.${status}`)}
      </p>
      <span className="tabular-nums">{t("updatedAt", { time: updated })}</span>
      {status === "offline" ? (
        <Button size="sm" variant="secondary" onClick={() => window.location.reload()}>
          {t("connection.reload")}
        </Button>
      ) : null}
    </div>
  );
}
