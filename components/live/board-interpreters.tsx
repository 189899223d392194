"use client";

import { useTranslations } from "next-intl";
import { clockTime } from "@/lib/time/format-window";
import type { BoardInterpreter, InterpreterState, LiveBoard } from "@/lib/live/board-types";
import { Badge } from "@/components/ui/badge";
import { partyNames, type BoardClocks } from "./board-context";

const tone: Record<InterpreterState, "warning" | "success" | "neutral"> = {
  busy: "warning",
  free: "success",
  offShift: "neutral",
};

/** Every interpreter on shift or assigned today: busy (and in the room or not), free, or off shift. */
export function BoardInterpreters({ board, clocks }: { board: LiveBoard; clocks: BoardClocks }) {
  const t = useTranslations("console.live");
  if (board.interpreters.length === 0) return <p className="text-sm text-slate-500">{t("interpreters.empty")}</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid="live-interpreter-list">
      {board.interpreters.map((interpreter) => (
        <li
          key={interpreter.id}
          className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 py-2 first:pt-0 last:pb-0"
          data-testid="live-interpreter"
          data-state={interpreter.state}
        >
          <span className="font-medium break-words text-slate-900">{interpreter.name}</span>
          <Badge tone={tone[interpreter.state]}>{t(`interpreters.${interpreter.state}`)}</Badge>
          <span className="w-full text-sm text-slate-600">
            <Detail board={board} interpreter={interpreter} clocks={clocks} />
          </span>
        </li>
      ))}
    </ul>
  );
}

function Detail({
  board,
  interpreter,
  clocks,
}: {
  board: LiveBoard;
  interpreter: BoardInterpreter;
  clocks: BoardClocks;
}) {
  const t = useTranslations("console.live");
  const time = (iso: string) => clockTime(new Date(iso), clocks.viewerZone);
  if (interpreter.state === "busy") {
    const meeting = [...board.rooms, ...board.late].find((m) => m.id === interpreter.meetingId);
    return (
      <>
        {meeting ? t("interpreters.inMeeting", partyNames(board, meeting, clocks.locale)) : null}
        {interpreter.inRoom ? null : (
          <span className="font-medium text-amber-800"> · {t("interpreters.notInRoom")}</span>
        )}
      </>
    );
  }
  if (interpreter.state === "free") {
    return interpreter.nextAt
      ? t("interpreters.nextMeeting", { time: time(interpreter.nextAt) })
      : t("interpreters.noMoreMeetings");
  }
  return interpreter.nextAt ? t("interpreters.nextShift", { time: time(interpreter.nextAt) }) : null;
}
